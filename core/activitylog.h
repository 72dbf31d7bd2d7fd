#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dw {

enum class ActivityKind {
    MapCreated,
    MapSaved,
    MapVersionActivated,
    StatusChanged,
    RunStarted,
    RunFinished,
    RunFailed,
    RecordsRetried,
    RecordsSkipped,
    Alert,
};

QString activityKindId(ActivityKind kind);
bool activityKindFromId(const QString &id, ActivityKind *kind);
QString activityKindName(ActivityKind kind);
// Every kind, in the order of the enum (the order filters list them in).
const QList<ActivityKind> &allActivityKinds();

// Appends entries to the state store's activity log: what happened to which map, when.
// Callers write entries inside their own transaction so an entry never outlives its change.
class ActivityLog
{
public:
    static bool append(const QSqlDatabase &db, ActivityKind kind, qint64 mapId, qint64 runId,
        const QString &message, QString *error);
};

} // namespace dw
