#pragma once

#include "pgsql.h"
#include "tablewriter.h"

namespace dw {

// TableWriter on a PostgreSQL environment, a batch at a time, since each statement costs a round
// trip to the server: the batch's rows go by COPY into a temporary staging table shaped like the
// target's columns (without its constraints), then one INSERT … SELECT … ON CONFLICT DO UPDATE,
// whose WHERE touches only rows whose values differ, writes them all and tells which rows were
// inserted or updated (the rest are unchanged). When the database refuses the batch, it is split
// in halves under savepoints until the refused rows stand alone and fail with the server's
// message, so a few bad rows in a page cost a few dozen statements, not one per row.
class PgTableWriter final : public TableWriter
{
public:
    explicit PgTableWriter(PGconn *conn)
        : m_conn(conn)
    { }

    bool prepare(const QString &table, const QStringList &columns, const QList<int> &keyColumns,
        const QStringList &outgoing, QString *error) override;
    bool begin(const RetryPolicy &retry, bool *transient, QString *error) override;
    bool commit(const RetryPolicy &retry, bool *transient, QString *error) override;
    void rollback() override;
    bool connectionLost() const override;
    bool reconnect(const RetryPolicy &retry, QString *error) override;
    void upsert(const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results,
        RowBuffer *outgoing) override;
    void remove(
        const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results) override;

private:
    // Writes buffer rows rows[from, to) as one statement; results and outgoing by index into rows.
    bool tryRows(const RowBuffer &buffer, const QList<int> &rows, qsizetype from, qsizetype to,
        QList<RowResult> *results, RowBuffer *outgoing, PgError *error);
    void writeRows(const RowBuffer &buffer, const QList<int> &rows, qsizetype from, qsizetype to,
        QList<RowResult> *results, RowBuffer *outgoing);
    bool transaction(const QByteArray &sql, bool *transient, QString *error);

    PGconn *m_conn = nullptr;
    int m_columnCount = 0;
    QList<int> m_keyColumns;
    int m_outgoingCount = 0;
    QByteArray m_createStage; // run again after a reconnect: temporary tables die with a session
    QByteArray m_copy;
    QByteArray m_upsert;
    QByteArray m_readOutgoing;
    QByteArray m_clearStage;
    QByteArray m_delete;
    QByteArray m_data;
    PgParams m_params;
};

} // namespace dw
