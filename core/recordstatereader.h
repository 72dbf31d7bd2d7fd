#pragma once

#include "sqlitestatement.h"

#include <QHash>
#include <QSqlQuery>

namespace dw {

// What the state store knows of one record of a map, as a catch-up needs it.
struct StoredRecordState
{
    QByteArray recordKey; // empty when the store has no state for the record
    int status = 0;
    QByteArray dataverseHash;
    QByteArray financeHash;
};

// Looks up record states one at a time, by record key or by source key, with statements
// prepared once: a catch-up looks up one state per change. SQLite goes through the native API
// (the hot path of a live round), PostgreSQL through QSqlQuery.
class RecordStateReader
{
public:
    RecordStateReader(const QSqlDatabase &store, qint64 mapId);

    // An empty recordKey looks the record up by its source key.
    bool find(const QByteArray &recordKey, const QByteArray &sourceKey, StoredRecordState *state,
        QString *error);
    // On PostgreSQL, reads the states of `recordKeys` in one query per 500 keys; find() then
    // answers those keys from memory until the next prefetch. On SQLite a lookup costs no
    // round trip, and this does nothing.
    bool prefetch(const QList<QByteArray> &recordKeys, QString *error);

private:
    bool prepare(QString *error);

    QSqlDatabase m_store;
    qint64 m_mapId;
    bool m_prepared = false;
    SqliteStatement m_sqliteByRecordKey;
    SqliteStatement m_sqliteBySourceKey;
    QSqlQuery m_byRecordKey;
    QSqlQuery m_bySourceKey;
    QHash<QByteArray, StoredRecordState> m_prefetched; // an empty recordKey: no state
};

} // namespace dw
