#include "recordstatereader.h"

#include "tr.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

namespace dw {

namespace {
const QString kByRecordKey
    = QStringLiteral("SELECT record_key, status, dataverse_hash, finance_hash FROM record_states"
                     " WHERE map_id = ? AND record_key = ?");
const QString kBySourceKey
    = QStringLiteral("SELECT record_key, status, dataverse_hash, finance_hash FROM record_states"
                     " WHERE map_id = ? AND source_key = ? LIMIT 1");
} // namespace

RecordStateReader::RecordStateReader(const QSqlDatabase &store, qint64 mapId)
    : m_store(store)
    , m_mapId(mapId)
    , m_byRecordKey(store)
    , m_bySourceKey(store)
{ }

bool RecordStateReader::prepare(QString *error)
{
    if (sqlite3 *handle = sqliteHandle(m_store)) {
        m_prepared = m_sqliteByRecordKey.prepare(handle, kByRecordKey, error)
            && m_sqliteBySourceKey.prepare(handle, kBySourceKey, error);
        return m_prepared;
    }
    m_prepared = m_byRecordKey.prepare(kByRecordKey) && m_bySourceKey.prepare(kBySourceKey);
    if (!m_prepared)
        *error = Tr::tr("Cannot read record states: %1")
                     .arg((m_byRecordKey.lastError().isValid() ? m_byRecordKey : m_bySourceKey)
                              .lastError()
                              .text());
    return m_prepared;
}

bool RecordStateReader::find(const QByteArray &recordKey, const QByteArray &sourceKey,
    StoredRecordState *state, QString *error)
{
    if (!m_prepared && !prepare(error))
        return false;
    const bool byRecordKey = !recordKey.isEmpty();
    const QByteArray &key = byRecordKey ? recordKey : sourceKey;
    if (byRecordKey) {
        const auto known = m_prefetched.constFind(recordKey);
        if (known != m_prefetched.constEnd()) {
            *state = *known;
            return true;
        }
    }
    *state = StoredRecordState();
    if (m_sqliteByRecordKey.isPrepared()) {
        SqliteStatement &statement = byRecordKey ? m_sqliteByRecordKey : m_sqliteBySourceKey;
        statement.bindInteger(1, m_mapId);
        statement.bindText(2, key);
        bool hasRow = false;
        if (!statement.step(&hasRow)) {
            *error = Tr::tr("Cannot read record states: %1").arg(statement.errorMessage());
            statement.reset();
            return false;
        }
        if (hasRow) {
            state->recordKey = statement.columnText(0).toByteArray();
            state->status = int(statement.columnInteger(1));
            state->dataverseHash = statement.columnBlob(2).toByteArray();
            state->financeHash = statement.columnBlob(3).toByteArray();
        }
        statement.reset();
        return true;
    }
    QSqlQuery &query = byRecordKey ? m_byRecordKey : m_bySourceKey;
    query.bindValue(0, m_mapId);
    query.bindValue(1, QString::fromUtf8(key));
    if (!query.exec()) {
        *error = Tr::tr("Cannot read record states: %1").arg(query.lastError().text());
        return false;
    }
    if (query.next()) {
        state->recordKey = query.value(0).toString().toUtf8();
        state->status = query.value(1).toInt();
        state->dataverseHash = query.value(2).toByteArray();
        state->financeHash = query.value(3).toByteArray();
    }
    query.finish();
    return true;
}

bool RecordStateReader::prefetch(const QList<QByteArray> &recordKeys, QString *error)
{
    m_prefetched.clear();
    if (sqliteHandle(m_store))
        return true;
    constexpr qsizetype kKeysPerQuery = 500;
    // Keys reach the SQL text as the driver's own literals (quoted and escaped by libpq).
    const QSqlDriver *driver = m_store.driver();
    QSqlField field(QString(), QMetaType::fromType<QString>());
    QSqlQuery query(m_store);
    for (qsizetype start = 0; start < recordKeys.size(); start += kKeysPerQuery) {
        QStringList literals;
        for (qsizetype i = start; i < qMin(recordKeys.size(), start + kKeysPerQuery); ++i) {
            field.setValue(QString::fromUtf8(recordKeys.at(i)));
            literals.append(driver->formatValue(field));
            m_prefetched.insert(recordKeys.at(i), StoredRecordState());
        }
        if (!query.exec(QStringLiteral("SELECT record_key, status, dataverse_hash, finance_hash"
                                       " FROM record_states WHERE map_id = %1"
                                       " AND record_key IN (%2)")
                            .arg(m_mapId)
                            .arg(literals.join(u',')))) {
            *error = Tr::tr("Cannot read record states: %1").arg(query.lastError().text());
            m_prefetched.clear();
            return false;
        }
        while (query.next()) {
            StoredRecordState found;
            found.recordKey = query.value(0).toString().toUtf8();
            found.status = query.value(1).toInt();
            found.dataverseHash = query.value(2).toByteArray();
            found.financeHash = query.value(3).toByteArray();
            m_prefetched.insert(found.recordKey, found);
        }
    }
    return true;
}

} // namespace dw
