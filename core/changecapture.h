#pragma once

#include "rowbuffer.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

struct sqlite3;

namespace dw {

// One captured write to a source table, as the triggers logged it.
struct CapturedChange
{
    qint64 seq = 0;
    char op = 'U'; // 'I' insert, 'U' update, 'D' delete
    QByteArray keyJson; // {"column": value, …} of the captured key columns
    qint64 at = 0; // capture time, ms since epoch (UTC)
};

// Change capture in a SQLite or PostgreSQL environment: triggers on each captured table append
// every insert, update and delete, with the row's key values (a delete keeps them though the row is
// gone), to the change log table dw_changes. That log is the durable queue of live sync: nothing is
// lost while a map is paused, however long. Use on the thread owning the connection.
class ChangeCapture
{
public:
    explicit ChangeCapture(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // Makes the installed triggers exactly `tables` (table → key columns to capture): installs
    // or rebuilds what is missing or different and removes capture from every other table,
    // with its queued changes. One transaction.
    bool apply(const QHash<QString, QStringList> &tables, QString *error);

    bool maxSeq(qint64 *seq, QString *error) const;
    // Up to `limit` changes of `table` after `afterSeq`, in capture order.
    bool read(const QString &table, qint64 afterSeq, int limit, QList<CapturedChange> *changes,
        QString *error) const;
    bool queuedCount(const QString &table, qint64 afterSeq, qint64 *count, QString *error) const;
    // Drops changes of `table` up to `seq`, once every map reading them has applied them.
    bool purge(const QString &table, qint64 upToSeq, QString *error);

    // Key values of a captured change in `columns` order, into row 0 of `keys`.
    static bool decodeKey(const QByteArray &keyJson, const QStringList &columns, RowBuffer *keys);

private:
    bool ensureLog(QString *error);
    bool isPostgres() const;
    bool pgSchema(QString *schema, QString *error) const;

    QSqlDatabase m_db;
};

} // namespace dw
