#pragma once

#include "dbconnection.h"
#include "statestore.h"
#include "tablemap.h"
#include "workspace.h"

#include <QHash>

namespace dw {

// A captured change not applied yet, for display.
struct QueuedChange
{
    Side side = Side::Dataverse;
    qint64 seq = 0;
    char op = 'U'; // 'I' insert, 'U' update, 'D' delete
    QString key; // the key values as captured, JSON text
    qint64 at = 0; // capture time, ms since epoch

    bool operator==(const QueuedChange &) const = default;
};

// Reads the queues of live maps for display: the state store for statuses and watermarks and
// the environments' change logs. Unlike MapControl it neither inspects the schemas nor touches
// the run history, so the GUI can poll it every few seconds while a run is going. Opens its
// own connections on the calling thread for its lifetime.
class QueueReader
{
public:
    explicit QueueReader(const Workspace &workspace)
        : m_workspace(workspace)
    { }

    bool open(QString *error);
    // Queued changes per map name, for every map that captures changes (others are absent).
    bool counts(QHash<QString, qint64> *counts, QString *error);
    // The next `limit` queued changes of the map (in the order they will be applied, over its
    // source sides) and the total queued.
    bool changes(
        const QString &map, int limit, QList<QueuedChange> *changes, qint64 *total, QString *error);

private:
    struct LiveMap
    {
        TableMap map;
        qint64 id = 0;
    };
    bool liveMaps(QList<LiveMap> *maps, QString *error) const;
    qint64 watermark(qint64 mapId, Side side) const;

    Workspace m_workspace;
    StateStore m_store;
    DbConnection m_environments[2];
};

} // namespace dw
