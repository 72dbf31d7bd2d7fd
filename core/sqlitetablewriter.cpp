#include "sqlitetablewriter.h"

#include "sqlitestatement.h"
#include "tr.h"

#include <sqlite3.h>

namespace dw {

namespace { } // namespace

bool SqliteTableWriter::prepare(sqlite3 *db, const QString &table, const QStringList &columns,
    const QList<int> &keyColumns, QString *error)
{
    m_keyColumns = keyColumns;
    m_columnCount = int(columns.size());
    QStringList assignments;
    QStringList differs;
    QStringList keyMatch;
    QStringList placeholders;
    QStringList names;
    QStringList keyNames;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString name = sqliteQuote(columns.at(i));
        const QString parameter = QStringLiteral("?%1").arg(i + 1);
        names.append(name);
        placeholders.append(parameter);
        if (keyColumns.contains(int(i))) {
            keyMatch.append(name + QStringLiteral(" = ") + parameter);
            keyNames.append(name);
        } else {
            assignments.append(name + QStringLiteral(" = ") + parameter);
            differs.append(name + QStringLiteral(" IS NOT ") + parameter);
        }
    }
    const QString quotedTable = sqliteQuote(table);
    // A map whose every column is part of the key has nothing to update.
    if (!assignments.isEmpty()) {
        const QString update
            = QStringLiteral("UPDATE %1 SET %2 WHERE %3 AND (%4)")
                  .arg(quotedTable, assignments.join(QStringLiteral(", ")),
                      keyMatch.join(QStringLiteral(" AND ")), differs.join(QStringLiteral(" OR ")));
        if (!m_update.prepare(db, update, error))
            return false;
    }
    const QString insert
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
              .arg(quotedTable, names.join(QStringLiteral(", ")),
                  placeholders.join(QStringLiteral(", ")), keyNames.join(QStringLiteral(", ")));
    if (!m_insert.prepare(db, insert, error))
        return false;
    QStringList deleteMatch;
    for (qsizetype k = 0; k < keyColumns.size(); ++k)
        deleteMatch.append(
            sqliteQuote(columns.at(keyColumns.at(k))) + QStringLiteral(" = ?%1").arg(k + 1));
    return m_delete.prepare(db,
        QStringLiteral("DELETE FROM %1 WHERE %2")
            .arg(quotedTable, deleteMatch.join(QStringLiteral(" AND "))),
        error);
}

SqliteTableWriter::Outcome SqliteTableWriter::failure(
    const SqliteStatement &statement, ErrorClass *errorClass, QString *error) const
{
    const int code = statement.errorCode();
    switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
        *errorClass = ErrorClass::Constraint;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_FULL:
        *errorClass = ErrorClass::Transient;
        break;
    default:
        *errorClass = ErrorClass::Configuration;
        break;
    }
    *error = statement.errorMessage();
    return Outcome::Failed;
}

SqliteTableWriter::Outcome SqliteTableWriter::upsert(
    const RowBuffer &buffer, int row, ErrorClass *errorClass, QString *error)
{
    for (int i = 0; i < m_columnCount; ++i)
        m_insert.bindInPlace(i + 1, buffer, buffer.cell(row, i));
    if (!m_insert.execute())
        return failure(m_insert, errorClass, error);
    if (m_insert.changes() > 0)
        return Outcome::Inserted;
    if (!m_update.isPrepared())
        return Outcome::Unchanged;
    for (int i = 0; i < m_columnCount; ++i)
        m_update.bindInPlace(i + 1, buffer, buffer.cell(row, i));
    if (!m_update.execute())
        return failure(m_update, errorClass, error);
    return m_update.changes() > 0 ? Outcome::Updated : Outcome::Unchanged;
}

SqliteTableWriter::Outcome SqliteTableWriter::remove(
    const RowBuffer &buffer, int row, ErrorClass *errorClass, QString *error)
{
    for (qsizetype k = 0; k < m_keyColumns.size(); ++k)
        m_delete.bindInPlace(int(k) + 1, buffer, buffer.cell(row, m_keyColumns.at(k)));
    if (!m_delete.execute())
        return failure(m_delete, errorClass, error);
    return m_delete.changes() > 0 ? Outcome::Deleted : Outcome::Unchanged;
}

} // namespace dw
