#pragma once

#include "mapplan.h"
#include "rowbuffer.h"

#include <QSqlDatabase>
#include <memory>

namespace dw {

// Reads a map's source rows from an environment in pages ordered by the source key (keyset
// paging): each page starts after the last key of the previous one, so memory stays flat in
// table size and an interrupted sync resumes from a saved key. Rows with an empty key cannot be
// identified and are counted apart. Also fetches single rows by key, for retries and live sync.
// One implementation per driver (makeSourceReader); use on the connection's thread only.
class SourceReader
{
public:
    virtual ~SourceReader() = default;

    virtual bool prepare(const MapPlan &plan, QString *error) = 0;
    // Reads up to `limit` rows after `cursor` (one row of key values; nullptr = from the start)
    // into `page` (reset to the plan's source columns).
    virtual bool readPage(const RowBuffer *cursor, int limit, RowBuffer &page, QString *error) = 0;
    // Reads the row whose key equals row `row` of `keys`; *found false when it no longer exists.
    virtual bool readByKey(
        const RowBuffer &keys, int row, RowBuffer &page, bool *found, QString *error)
        = 0;
    // The same, honouring the map's source filter: *found is false for a row that exists but
    // does not pass the filter, and *exists tells it apart from a row that is gone.
    virtual bool readByKeyFiltered(
        const RowBuffer &keys, int row, RowBuffer &page, bool *found, bool *exists, QString *error)
        = 0;
    virtual bool countRows(qint64 *rows, QString *error) = 0;
    virtual bool countRowsWithoutKey(qint64 *rows, QString *error) = 0;
};

// The reader for the connection's driver (SQLite or PostgreSQL); nullptr for any other.
std::unique_ptr<SourceReader> makeSourceReader(const QSqlDatabase &db);

} // namespace dw
