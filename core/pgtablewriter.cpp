#include "pgtablewriter.h"

#include "tr.h"

#include <QElapsedTimer>
#include <QHash>
#include <QThread>
#include <charconv>
#include <libpq-fe.h>

namespace dw {

namespace {

// The staging table's row number column: a name no Dataverse or Finance column carries.
const QString kRow = QStringLiteral("\"dw#row\"");

} // namespace

bool PgTableWriter::prepare(const QString &table, const QStringList &columns,
    const QList<int> &keyColumns, const QStringList &outgoing, QString *error)
{
    m_columnCount = int(columns.size());
    m_keyColumns = keyColumns;
    m_outgoingCount = int(outgoing.size());
    const QString target = pgQuote(table);
    // One staging table per target shape and connection; temporary, so it is private to the
    // session and vanishes with it, and emptied at every commit.
    const QString stage = pgQuote(
        QStringLiteral("dw_stage_%1").arg(qHash(table + u'\x1f' + columns.join(u'\x1f')), 0, 16));
    QStringList names;
    QStringList assignments;
    QStringList current;
    QStringList incoming;
    QStringList keys;
    QStringList returning;
    QStringList keyJoin;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QString name = pgQuote(columns.at(i));
        names.append(name);
        if (keyColumns.contains(int(i))) {
            keys.append(name);
            returning.append(QStringLiteral("dw_t.") + name);
            keyJoin.append(QStringLiteral("s.%1 = w.%1").arg(name));
        } else {
            assignments.append(QStringLiteral("%1 = EXCLUDED.%1").arg(name));
            current.append(QStringLiteral("dw_t.") + name);
            incoming.append(QStringLiteral("EXCLUDED.") + name);
        }
    }
    const QString list = names.join(QStringLiteral(", "));
    m_createStage = QStringLiteral("CREATE TEMPORARY TABLE IF NOT EXISTS %1 ON COMMIT DELETE ROWS "
                                   "AS SELECT 0::integer AS %2, %3 FROM %4 WITH NO DATA")
                        .arg(stage, kRow, list, target)
                        .toUtf8();
    PgError failure;
    if (!pgCommand(m_conn, m_createStage, &failure)) {
        *error = failure.message;
        return false;
    }
    m_copy = QStringLiteral("COPY %1 (%2, %3) FROM STDIN").arg(stage, kRow, list).toUtf8();
    // A map whose every column is part of the key has nothing to update.
    const QString onConflict = assignments.isEmpty()
        ? QStringLiteral("DO NOTHING")
        : QStringLiteral("DO UPDATE SET %1 WHERE (%2) IS DISTINCT FROM (%3)")
              .arg(assignments.join(QStringLiteral(", ")), current.join(QStringLiteral(", ")),
                  incoming.join(QStringLiteral(", ")));
    // xmax is 0 on a row version an INSERT created and set on one an ON CONFLICT UPDATE wrote.
    m_upsert
        = QStringLiteral(
            "WITH dw_written AS (INSERT INTO %1 AS dw_t (%2) SELECT %2 FROM %3 ON CONFLICT (%4) %5"
            " RETURNING %6, (dw_t.xmax = 0) AS \"dw#inserted\")"
            " SELECT s.%7, w.\"dw#inserted\" FROM %3 s JOIN dw_written w ON %8")
              .arg(target, list, stage, keys.join(QStringLiteral(", ")), onConflict,
                  returning.join(QStringLiteral(", ")), kRow, keyJoin.join(QStringLiteral(" AND ")))
              .toUtf8();
    QStringList read;
    for (const QString &column : outgoing)
        read.append(QStringLiteral("t.") + pgQuote(column));
    QStringList readJoin;
    QStringList deleteMatch;
    for (qsizetype k = 0; k < keyColumns.size(); ++k) {
        const QString name = pgQuote(columns.at(keyColumns.at(k)));
        readJoin.append(QStringLiteral("t.%1 = s.%1").arg(name));
        deleteMatch.append(QStringLiteral("%1 = $%2").arg(name).arg(k + 1));
    }
    if (!outgoing.isEmpty()) {
        m_readOutgoing = QStringLiteral("SELECT s.%1, %2 FROM %3 s LEFT JOIN %4 t ON %5")
                             .arg(kRow, read.join(QStringLiteral(", ")), stage, target,
                                 readJoin.join(QStringLiteral(" AND ")))
                             .toUtf8();
    }
    m_clearStage = QStringLiteral("DELETE FROM %1").arg(stage).toUtf8();
    m_delete = QStringLiteral("DELETE FROM %1 WHERE %2")
                   .arg(target, deleteMatch.join(QStringLiteral(" AND ")))
                   .toUtf8();
    return true;
}

bool PgTableWriter::transaction(const QByteArray &sql, bool *transient, QString *error)
{
    PgError failure;
    if (pgCommand(m_conn, sql, &failure))
        return true;
    *transient = failure.errorClass == ErrorClass::Transient;
    *error = failure.message;
    return false;
}

bool PgTableWriter::begin(const RetryPolicy &, bool *transient, QString *error)
{
    // The server queues lock waits itself; there is no busy state to retry as with SQLite.
    return transaction(QByteArrayLiteral("BEGIN"), transient, error);
}

bool PgTableWriter::commit(const RetryPolicy &, bool *transient, QString *error)
{
    return transaction(QByteArrayLiteral("COMMIT"), transient, error);
}

bool PgTableWriter::connectionLost() const
{
    return PQstatus(m_conn) != CONNECTION_OK;
}

bool PgTableWriter::reconnect(const RetryPolicy &retry, QString *error)
{
    // A restarting server refuses connections for a few seconds: back off between attempts.
    // PQreset reconnects the same PGconn, so the environment's connection comes back with it.
    QElapsedTimer timer;
    timer.start();
    QString cause;
    for (int attempt = 1; attempt <= retry.attempts; ++attempt) {
        QThread::msleep(retryDelayMs(retry, attempt));
        PQreset(m_conn);
        if (PQstatus(m_conn) != CONNECTION_OK) {
            cause = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            continue;
        }
        PgError failure;
        if (pgCommand(m_conn, m_createStage, &failure))
            return true;
        cause = failure.message;
    }
    *error = Tr::tr("no connection after %1 attempts over %2 s: %3")
                 .arg(retry.attempts)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(cause);
    return false;
}

void PgTableWriter::rollback()
{
    if (PQtransactionStatus(m_conn) == PQTRANS_IDLE)
        return; // a failed COMMIT has already rolled back
    PgError ignored;
    pgCommand(m_conn, QByteArrayLiteral("ROLLBACK"), &ignored);
}

bool PgTableWriter::tryRows(const RowBuffer &buffer, const QList<int> &rows, qsizetype from,
    qsizetype to, QList<RowResult> *results, RowBuffer *outgoing, PgError *error)
{
    m_data.clear();
    for (qsizetype i = from; i < to; ++i) {
        char digits[24];
        m_data.append(digits, std::to_chars(digits, digits + sizeof digits, i).ptr - digits);
        for (int c = 0; c < m_columnCount; ++c) {
            m_data.append('\t');
            pgAppendCopyField(m_data, buffer, buffer.cell(rows.at(i), c));
        }
        m_data.append('\n');
    }
    if (!pgCommand(m_conn, QByteArrayLiteral("SAVEPOINT dw_batch"), error))
        return false;
    PgResult written;
    PgResult read;
    const bool ok = pgCopyIn(m_conn, m_copy, m_data, error)
        && (written = pgExec(m_conn, m_upsert, nullptr, error)) != nullptr
        && (m_outgoingCount == 0 || (read = pgExec(m_conn, m_readOutgoing, nullptr, error)))
        && pgCommand(m_conn, m_clearStage, error);
    PgError ignored;
    if (!ok) {
        pgCommand(m_conn, QByteArrayLiteral("ROLLBACK TO SAVEPOINT dw_batch"), &ignored);
        pgCommand(m_conn, QByteArrayLiteral("RELEASE SAVEPOINT dw_batch"), &ignored);
        return false;
    }
    if (!pgCommand(m_conn, QByteArrayLiteral("RELEASE SAVEPOINT dw_batch"), error))
        return false;
    for (qsizetype i = from; i < to; ++i)
        (*results)[i] = { Outcome::Unchanged, ErrorClass::None, QString() };
    for (int r = 0; r < PQntuples(written.get()); ++r) {
        const qsizetype index = std::strtoll(PQgetvalue(written.get(), r, 0), nullptr, 10);
        const bool inserted = *PQgetvalue(written.get(), r, 1) == 't';
        (*results)[index].outcome = inserted ? Outcome::Inserted : Outcome::Updated;
    }
    for (int r = 0; read && r < PQntuples(read.get()); ++r) {
        const int index = int(std::strtol(PQgetvalue(read.get(), r, 0), nullptr, 10));
        for (int c = 0; c < m_outgoingCount; ++c)
            pgReadCell(read.get(), r, c + 1, *outgoing, index, c);
    }
    return true;
}

void PgTableWriter::writeRows(const RowBuffer &buffer, const QList<int> &rows, qsizetype from,
    qsizetype to, QList<RowResult> *results, RowBuffer *outgoing)
{
    PgError error;
    if (tryRows(buffer, rows, from, to, results, outgoing, &error))
        return;
    // Only a row's own values make the server refuse it; anything else fails the whole range.
    if (to - from == 1 || error.errorClass != ErrorClass::Constraint) {
        for (qsizetype i = from; i < to; ++i)
            (*results)[i] = { Outcome::Failed, error.errorClass, error.message };
        return;
    }
    const qsizetype middle = from + (to - from) / 2;
    writeRows(buffer, rows, from, middle, results, outgoing);
    writeRows(buffer, rows, middle, to, results, outgoing);
}

void PgTableWriter::upsert(
    const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results, RowBuffer *outgoing)
{
    results->resize(rows.size());
    if (m_outgoingCount > 0) {
        outgoing->reset(m_outgoingCount);
        for (qsizetype i = 0; i < rows.size(); ++i)
            outgoing->appendRow();
    }
    if (!rows.isEmpty())
        writeRows(buffer, rows, 0, rows.size(), results, outgoing);
}

void PgTableWriter::remove(
    const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results)
{
    // Deletions arrive a few at a time (live sync): one statement each, under a savepoint so a
    // refused one (a foreign key) leaves the others standing.
    results->resize(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        RowResult &result = (*results)[i];
        m_params.clear();
        for (int key : std::as_const(m_keyColumns))
            m_params.addCell(buffer, buffer.cell(rows.at(i), key));
        PgError error;
        PgError ignored;
        if (!pgCommand(m_conn, QByteArrayLiteral("SAVEPOINT dw_row"), &error)) {
            result = { Outcome::Failed, error.errorClass, error.message };
            continue;
        }
        const PgResult done = pgExec(m_conn, m_delete, &m_params, &error);
        if (!done) {
            pgCommand(m_conn, QByteArrayLiteral("ROLLBACK TO SAVEPOINT dw_row"), &ignored);
            pgCommand(m_conn, QByteArrayLiteral("RELEASE SAVEPOINT dw_row"), &ignored);
            result = { Outcome::Failed, error.errorClass, error.message };
            continue;
        }
        pgCommand(m_conn, QByteArrayLiteral("RELEASE SAVEPOINT dw_row"), &ignored);
        const bool deleted = std::strtol(PQcmdTuples(done.get()), nullptr, 10) > 0;
        result.outcome = deleted ? Outcome::Deleted : Outcome::Unchanged;
    }
}

} // namespace dw
