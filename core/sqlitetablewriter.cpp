#include "sqlitetablewriter.h"

#include "tr.h"

#include <sqlite3.h>

namespace dw {

bool SqliteTableWriter::prepare(const QString &table, const QStringList &columns,
    const QList<int> &keyColumns, const QStringList &outgoing, QString *error)
{
    m_keyColumns = keyColumns;
    m_columnCount = int(columns.size());
    m_outgoingCount = int(outgoing.size());
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
        if (!m_update.prepare(m_db, update, error))
            return false;
    }
    const QString insert
        = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) DO NOTHING")
              .arg(quotedTable, names.join(QStringLiteral(", ")),
                  placeholders.join(QStringLiteral(", ")), keyNames.join(QStringLiteral(", ")));
    if (!m_insert.prepare(m_db, insert, error))
        return false;
    QStringList deleteMatch;
    for (qsizetype k = 0; k < keyColumns.size(); ++k)
        deleteMatch.append(
            sqliteQuote(columns.at(keyColumns.at(k))) + QStringLiteral(" = ?%1").arg(k + 1));
    if (!m_delete.prepare(m_db,
            QStringLiteral("DELETE FROM %1 WHERE %2")
                .arg(quotedTable, deleteMatch.join(QStringLiteral(" AND "))),
            error))
        return false;
    if (outgoing.isEmpty())
        return true;
    QStringList read;
    for (const QString &column : outgoing)
        read.append(sqliteQuote(column));
    return m_outgoing.prepare(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE %3")
            .arg(read.join(QStringLiteral(", ")), quotedTable,
                deleteMatch.join(QStringLiteral(" AND "))),
        error);
}

bool SqliteTableWriter::begin(const RetryPolicy &retry, bool *transient, QString *error)
{
    return sqliteExecRetrying(m_db, QStringLiteral("BEGIN IMMEDIATE"), retry, transient, error);
}

bool SqliteTableWriter::commit(const RetryPolicy &retry, bool *transient, QString *error)
{
    // A database file deleted or replaced under an open connection silently takes every later
    // write with it: the writes land in the unlinked file. Check before they count as synced.
    if (sqliteFileMoved(m_db)) {
        rollback();
        *transient = false;
        *error = Tr::tr("The target database %1 was deleted, moved or replaced during the run; "
                        "nothing more was written to it. Restore the file and run again.")
                     .arg(QString::fromUtf8(sqlite3_db_filename(m_db, "main")));
        return false;
    }
    return sqliteExecRetrying(m_db, QStringLiteral("COMMIT"), retry, transient, error);
}

void SqliteTableWriter::rollback()
{
    QString ignored;
    sqliteExec(m_db, QStringLiteral("ROLLBACK"), &ignored);
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

SqliteTableWriter::Outcome SqliteTableWriter::upsertRow(
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

bool SqliteTableWriter::readOutgoing(
    const RowBuffer &buffer, int row, RowBuffer *outgoing, QString *error)
{
    for (qsizetype k = 0; k < m_keyColumns.size(); ++k)
        m_outgoing.bind(int(k) + 1, buffer, buffer.cell(row, m_keyColumns.at(k)));
    const int at = outgoing->appendRow();
    bool hasRow = false;
    if (!m_outgoing.step(&hasRow)) {
        *error = m_outgoing.errorMessage();
        m_outgoing.reset();
        return false;
    }
    if (hasRow) {
        for (int c = 0; c < m_outgoingCount; ++c)
            m_outgoing.readColumn(c, *outgoing, at, c);
    }
    m_outgoing.reset();
    return true;
}

void SqliteTableWriter::upsert(
    const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results, RowBuffer *outgoing)
{
    results->resize(rows.size());
    if (m_outgoingCount > 0)
        outgoing->reset(m_outgoingCount);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        RowResult &result = (*results)[i];
        result.outcome = upsertRow(buffer, rows.at(i), &result.errorClass, &result.error);
        if (m_outgoingCount == 0)
            continue;
        QString readError;
        if (result.outcome == Outcome::Failed) {
            outgoing->appendRow();
        } else if (!readOutgoing(buffer, rows.at(i), outgoing, &readError)) {
            result.outcome = Outcome::Failed;
            result.errorClass = ErrorClass::Transient;
            result.error = readError;
            result.refused = false;
        }
    }
}

void SqliteTableWriter::remove(
    const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results)
{
    results->resize(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        RowResult &result = (*results)[i];
        for (qsizetype k = 0; k < m_keyColumns.size(); ++k)
            m_delete.bindInPlace(int(k) + 1, buffer, buffer.cell(rows.at(i), m_keyColumns.at(k)));
        if (!m_delete.execute())
            result.outcome = failure(m_delete, &result.errorClass, &result.error);
        else
            result.outcome = m_delete.changes() > 0 ? Outcome::Deleted : Outcome::Unchanged;
    }
}

} // namespace dw
