#pragma once

#include "sourcereader.h"
#include "sqlitestatement.h"

#include <QVariantList>

namespace dw {

// SourceReader on a SQLite environment, through the native API: the sync hot path binds and
// reads values without QVariant or QString conversions.
class SqliteSourceReader final : public SourceReader
{
public:
    explicit SqliteSourceReader(sqlite3 *db)
        : m_db(db)
    { }

    bool prepare(const MapPlan &plan, QString *error) override;
    bool readPage(const RowBuffer *cursor, int limit, RowBuffer &page, QString *error) override;
    bool readByKey(
        const RowBuffer &keys, int row, RowBuffer &page, bool *found, QString *error) override;
    bool readByKeyFiltered(const RowBuffer &keys, int row, RowBuffer &page, bool *found,
        bool *exists, QString *error) override;
    bool countRows(qint64 *rows, QString *error) override;
    bool countRowsWithoutKey(qint64 *rows, QString *error) override;

private:
    bool fill(SqliteStatement &statement, RowBuffer &page, int limit, QString *error);

    sqlite3 *m_db = nullptr;
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
