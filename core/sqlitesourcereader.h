#pragma once

#include "mapplan.h"
#include "sqlitestatement.h"

#include <QVariantList>

namespace dw {

// Reads a map's source rows from a SQLite environment in pages ordered by the source key
// (keyset paging): each page starts after the last key of the previous one, so memory stays
// flat in table size and an interrupted sync resumes from a saved key. Rows with an empty key
// cannot be identified and are counted apart. Also fetches single rows by key, for retries.
class SqliteSourceReader
{
public:
    bool prepare(sqlite3 *db, const MapPlan &plan, QString *error);

    // Reads up to `limit` rows after `cursor` (one row of key values; nullptr = from the start)
    // into `page` (reset to the plan's source columns).
    bool readPage(const RowBuffer *cursor, int limit, RowBuffer &page, QString *error);
    // Reads the row whose key equals row `row` of `keys`; *found false when it no longer exists.
    bool readByKey(const RowBuffer &keys, int row, RowBuffer &page, bool *found, QString *error);
    // The same, honouring the map's source filter: *found is false for a row that exists but
    // does not pass the filter, and *exists tells it apart from a row that is gone.
    bool readByKeyFiltered(
        const RowBuffer &keys, int row, RowBuffer &page, bool *found, bool *exists, QString *error);

    bool countRows(qint64 *rows, QString *error);
    bool countRowsWithoutKey(qint64 *rows, QString *error);

private:
    bool fill(SqliteStatement &statement, RowBuffer &page, int limit, QString *error);

    int m_columnCount = 0;
    int m_keyCount = 0;
    QVariantList m_filterValues;
    bool m_hasFilter = false;
    SqliteStatement m_first;
    SqliteStatement m_next;
    SqliteStatement m_byKey;
    SqliteStatement m_byKeyFiltered;
    SqliteStatement m_count;
    SqliteStatement m_countWithoutKey;
};

} // namespace dw
