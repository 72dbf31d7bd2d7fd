#include "recordactions.h"

#include "activitylog.h"
#include "mapstore.h"
#include "recordcodec.h"
#include "recordstatus.h"
#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

bool RecordActions::skip(const QSqlDatabase &db, const QString &mapName,
    const QStringList &recordKeys, qint64 *skipped, QStringList *notSkipped, QString *error)
{
    *skipped = 0;
    notSkipped->clear();
    QSqlDatabase store = db;
    qint64 mapId = 0;
    if (!MapStore(store).mapId(mapName, &mapId, error))
        return false;
    if (!store.transaction()) {
        *error = Tr::tr("Cannot skip records: %1").arg(store.lastError().text());
        return false;
    }
    QSqlQuery query(store);
    query.prepare(
        QStringLiteral("UPDATE record_states SET status = ? WHERE map_id = ? AND record_key = ?"
                       " AND status IN (?, ?)"));
    for (const QString &key : recordKeys) {
        query.addBindValue(int(RecordStatus::Skipped));
        query.addBindValue(mapId);
        query.addBindValue(key);
        query.addBindValue(int(RecordStatus::Failed));
        query.addBindValue(int(RecordStatus::Conflict));
        if (!query.exec()) {
            *error = Tr::tr("Cannot skip records: %1").arg(query.lastError().text());
            query.finish();
            store.rollback();
            return false;
        }
        if (query.numRowsAffected() > 0)
            ++*skipped;
        else
            notSkipped->append(key);
    }
    query.finish();
    if (*skipped > 0) {
        QStringList shown;
        for (const QString &key : recordKeys.mid(0, 5))
            shown.append(RecordCodec::displayKey(key));
        const QString message
            = Tr::tr("%n record(s) skipped: %1", nullptr, int(*skipped))
                  .arg(shown.join(QStringLiteral("; "))
                      + (recordKeys.size() > 5 ? QStringLiteral("; …") : QString()));
        if (!ActivityLog::append(store, ActivityKind::RecordsSkipped, mapId, 0, message, error)) {
            store.rollback();
            return false;
        }
    }
    if (!store.commit()) {
        *error = Tr::tr("Cannot skip records: %1").arg(store.lastError().text());
        store.rollback();
        return false;
    }
    return true;
}

} // namespace dw
