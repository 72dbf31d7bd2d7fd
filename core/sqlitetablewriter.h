#pragma once

#include "errorclass.h"
#include "sqlitestatement.h"

#include <QStringList>

namespace dw {

// Writes rows into a SQLite target table by integration key, counting exactly what happened to
// each: an INSERT … ON CONFLICT DO NOTHING, then, when the key exists, an UPDATE that only
// touches the row if its values differ. So a row is Inserted, Updated or Unchanged, and writing
// the same row twice is harmless, which is what makes re-applying a batch after a crash safe.
// Inserting first makes the common initial sync into an empty table one statement per row.
// The target needs a unique index on the key columns (map validation checks it).
class SqliteTableWriter
{
public:
    enum class Outcome { Inserted, Updated, Unchanged, Deleted, Failed };

    bool prepare(sqlite3 *db, const QString &table, const QStringList &columns,
        const QList<int> &keyColumns, QString *error);

    // Row `row` of `buffer` holds the columns in prepare() order.
    Outcome upsert(const RowBuffer &buffer, int row, ErrorClass *errorClass, QString *error);
    // Deletes by the key values found in `buffer` at `keyColumns` of prepare().
    Outcome remove(const RowBuffer &buffer, int row, ErrorClass *errorClass, QString *error);

private:
    Outcome failure(const SqliteStatement &statement, ErrorClass *errorClass, QString *error) const;

    QList<int> m_keyColumns;
    int m_columnCount = 0;
    SqliteStatement m_update;
    SqliteStatement m_insert;
    SqliteStatement m_delete;
};

} // namespace dw
