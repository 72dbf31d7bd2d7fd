#pragma once

#include "recordquery.h"

#include <QIODevice>
#include <atomic>

namespace dw {

// Writes the records of a filter, in the list's order, as CSV (RFC 4180: a header, CRLF line
// ends, UTF-8) page by page, so a million records go out with flat memory. Works on a state
// store connection owned by the calling thread; `cancel`, when given, is checked between pages
// (a cancelled export returns false with an empty *error).
class RecordExport
{
public:
    static bool writeCsv(const QSqlDatabase &db, const RecordFilter &filter, RecordSort sort,
        bool ascending, QIODevice *out, qint64 *rows, QString *error,
        const std::atomic_bool *cancel = nullptr);

    static QString csvField(const QString &text);
};

} // namespace dw
