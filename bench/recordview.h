#pragma once

#include <QtGlobal>

namespace dw {

// The record_view suite: the records page's model over `records` record states of the actuals
// component, as an administrator opens it and then narrows it to failed records with a word
// of their error. Prints {"bench":"record_view","records":N,"first_rows_ms":…,"filter_ms":…,
// "rss_mb":…}; returns the process exit code.
int recordView(qint64 records);

} // namespace dw
