#include "activitylog.h"

#include "tr.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace dw {

QString activityKindId(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::MapCreated:
        return QStringLiteral("mapCreated");
    case ActivityKind::MapSaved:
        return QStringLiteral("mapSaved");
    case ActivityKind::MapVersionActivated:
        return QStringLiteral("versionActivated");
    case ActivityKind::StatusChanged:
        return QStringLiteral("statusChanged");
    case ActivityKind::RunStarted:
        return QStringLiteral("runStarted");
    case ActivityKind::RunFinished:
        return QStringLiteral("runFinished");
    case ActivityKind::RunFailed:
        return QStringLiteral("runFailed");
    case ActivityKind::RecordsRetried:
        return QStringLiteral("recordsRetried");
    case ActivityKind::RecordsSkipped:
        return QStringLiteral("recordsSkipped");
    case ActivityKind::Alert:
        break;
    }
    return QStringLiteral("alert");
}

bool activityKindFromId(const QString &id, ActivityKind *kind)
{
    for (ActivityKind candidate : allActivityKinds()) {
        if (activityKindId(candidate) == id) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

const QList<ActivityKind> &allActivityKinds()
{
    static const QList<ActivityKind> kinds = { ActivityKind::MapCreated, ActivityKind::MapSaved,
        ActivityKind::MapVersionActivated, ActivityKind::StatusChanged, ActivityKind::RunStarted,
        ActivityKind::RunFinished, ActivityKind::RunFailed, ActivityKind::RecordsRetried,
        ActivityKind::RecordsSkipped, ActivityKind::Alert };
    return kinds;
}

QString activityKindName(ActivityKind kind)
{
    switch (kind) {
    case ActivityKind::MapCreated:
        return Tr::tr("Map created");
    case ActivityKind::MapSaved:
        return Tr::tr("Map saved");
    case ActivityKind::MapVersionActivated:
        return Tr::tr("Version activated");
    case ActivityKind::StatusChanged:
        return Tr::tr("Status changed");
    case ActivityKind::RunStarted:
        return Tr::tr("Run started");
    case ActivityKind::RunFinished:
        return Tr::tr("Run finished");
    case ActivityKind::RunFailed:
        return Tr::tr("Run failed");
    case ActivityKind::RecordsRetried:
        return Tr::tr("Records retried");
    case ActivityKind::RecordsSkipped:
        return Tr::tr("Records skipped");
    case ActivityKind::Alert:
        break;
    }
    return Tr::tr("Alert");
}

bool ActivityLog::append(const QSqlDatabase &db, ActivityKind kind, qint64 mapId, qint64 runId,
    const QString &message, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO activity_log (at, map_id, run_id, kind, message) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(mapId > 0 ? QVariant(mapId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(runId > 0 ? QVariant(runId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(activityKindId(kind));
    query.addBindValue(message);
    if (!query.exec()) {
        *error = Tr::tr("Cannot write to the activity log: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace dw
