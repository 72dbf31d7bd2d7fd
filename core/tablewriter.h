#pragma once

#include "errorclass.h"
#include "rowbuffer.h"
#include "transientretry.h"

#include <QSqlDatabase>
#include <QStringList>
#include <memory>

namespace dw {

// Writes rows into a target table by integration key, inside a transaction the caller opens and
// commits, counting exactly what happened to each row: Inserted, Updated (some value differed)
// or Unchanged. Writing the same row twice is harmless, which is what makes re-applying a batch
// after a crash safe. A row the table refuses fails alone with the database's message and an
// error class; the other rows of the batch are written. The target needs a unique index on the
// key columns (map validation checks it). One implementation per driver (makeTableWriter); use
// on the connection's thread only.
class TableWriter
{
public:
    enum class Outcome { Inserted, Updated, Unchanged, Deleted, Failed };
    struct RowResult
    {
        Outcome outcome = Outcome::Failed;
        ErrorClass errorClass = ErrorClass::None;
        QString error;
        bool refused = true; // false: written, but its outgoing values could not be read back
    };

    virtual ~TableWriter() = default;

    // `columns` are written in this order (a buffer row holds them), `keyColumns` index into
    // them. `outgoing` names columns read back after each write (values that flow the other way
    // in a two-way map); empty when none are needed.
    virtual bool prepare(const QString &table, const QStringList &columns,
        const QList<int> &keyColumns, const QStringList &outgoing, QString *error)
        = 0;

    // Transactions. *transient tells a busy or unreachable database from any other failure.
    virtual bool begin(const RetryPolicy &retry, bool *transient, QString *error) = 0;
    virtual bool commit(const RetryPolicy &retry, bool *transient, QString *error) = 0;
    virtual void rollback() = 0;

    // True when the connection itself is gone (the server stopped or restarted, the network
    // failed), as opposed to a busy database: the open transaction is lost, and only
    // reconnect() can bring the writer back. Files never lose their connection.
    virtual bool connectionLost() const { return false; }
    // Connects again with the policy's backoff and prepares the writer as before; false with
    // the last cause when every attempt failed.
    virtual bool reconnect(const RetryPolicy &retry, QString *error)
    {
        Q_UNUSED(retry);
        *error = QStringLiteral("this writer cannot reconnect");
        return false;
    }

    // Upserts the buffer rows listed in `rows`; *results gets one entry per listed row, in that
    // order. With outgoing columns, *outgoing (reset to their count) gets one row per listed row:
    // the values as they are after the write.
    virtual void upsert(const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results,
        RowBuffer *outgoing)
        = 0;
    // Deletes by the key values of the listed rows: Deleted, or Unchanged when already gone.
    virtual void remove(const RowBuffer &buffer, const QList<int> &rows, QList<RowResult> *results)
        = 0;
};

// The writer for the connection's driver (SQLite or PostgreSQL); nullptr for any other.
std::unique_ptr<TableWriter> makeTableWriter(const QSqlDatabase &db);

} // namespace dw
