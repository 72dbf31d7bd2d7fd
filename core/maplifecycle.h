#pragma once

#include "mapstatus.h"
#include "tablemap.h"

#include <QSqlDatabase>

namespace dw {

// Starts, pauses, resumes and stops maps the way dual-write does: status in the state store,
// change capture in the environments. Capture on a table exists exactly while some map that
// reads it is Initializing, Running, Paused or Resuming; pausing keeps capturing (the queue
// grows, nothing is lost), stopping ends it. Works on connections owned by the caller's thread.
class MapLifecycle
{
public:
    MapLifecycle(QSqlDatabase store, QSqlDatabase dataverse, QSqlDatabase finance);

    // Puts capture on the map's source tables, then sets its watermarks to the current end of
    // the change logs: every later write is queued for it. Status becomes `status`.
    bool start(const TableMap &map, qint64 mapId, MapStatus status, QString *error);
    // Pause only Running maps; if any named map is not Running, none is paused.
    bool pause(const QStringList &maps, QString *error);
    // Resume Paused maps: they become Resuming until their queue has been applied.
    bool resume(const QStringList &maps, QString *error);
    // Stop maps in any state: NotRunning, capture removed where no other map needs it.
    bool stop(const QStringList &maps, const QString &reason, MapStatus status, QString *error);
    // Makes the environments' capture match the maps' statuses.
    bool refreshCapture(QString *error);

    static bool needsCapture(MapStatus status);
    // The sides a live map reads changes from: the source of a one-way map, both of a two-way.
    static QList<Side> sourceSides(const TableMap &map);

private:
    bool statuses(
        const QStringList &maps, QList<QPair<qint64, MapStatus>> *found, QString *error) const;

    QSqlDatabase m_store;
    QSqlDatabase m_dataverse;
    QSqlDatabase m_finance;
};

} // namespace dw
