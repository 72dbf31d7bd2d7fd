#pragma once

#include "sqlitestatement.h"
#include "tablewriter.h"

namespace dw {

// TableWriter on a SQLite environment, one row at a time through the native API (a statement
// costs microseconds in-process): an INSERT … ON CONFLICT DO NOTHING, then, when the key exists,
// an UPDATE that only touches the row if its values differ. Inserting first makes the common
// initial sync into an empty table one statement per row. Transactions are BEGIN IMMEDIATE,
// retried while another process holds the lock.
class SqliteTableWriter final : public TableWriter
{
public:
    explicit SqliteTableWriter(sqlite3 *db)
        : m_db(db)
    { }

    bool prepare(const QString &table, const QStringList &columns, const QList<int> &keyColumns,
        const QStringList &outgoing, QString *error) override;
    bool begin(const RetryPolicy &retry, bool *transient, QString *error) override;
    bool commit(const RetryPolicy &retry, bool *transient, QString *error) override;
    void rollback() override;
    void upsert(const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results,
        RowBuffer *outgoing) override;
    void remove(
        const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results) override;

private:
    Outcome upsertRow(const RowBuffer &buffer, int row, ErrorClass *errorClass, QString *error);
    bool readOutgoing(const RowBuffer &buffer, int row, RowBuffer *outgoing, QString *error);
    Outcome failure(const SqliteStatement &statement, ErrorClass *errorClass, QString *error) const;

    sqlite3 *m_db = nullptr;
    QList<int> m_keyColumns;
    int m_columnCount = 0;
    int m_outgoingCount = 0;
    SqliteStatement m_update;
    SqliteStatement m_insert;
    SqliteStatement m_delete;
    SqliteStatement m_outgoing;
};

} // namespace dw
