#pragma once

#include <QtGlobal>

namespace dw {

// The incremental suite: C changes caught up from a live map over a table of N rows, against the
// same C changes over a table of C rows. Live sync must cost what the changes cost, not what
// the table holds. Prints one JSON line; returns the process exit code.
int incrementalBench(qint64 rows, qint64 changes, int rounds);

} // namespace dw
