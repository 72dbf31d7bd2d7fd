#pragma once

#include "mapserving.h"
#include "mapsummary.h"
#include "storetask.h"
#include "workspace.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <optional>

namespace dw {

// The maps of the workspace with their live figures, as the table maps page and the integration
// overview show them: the summaries and the map leases from the state store and the queued
// changes counted in the environments, read together on a pool thread. Refreshes asked for while
// one is under way are folded into one more, so any number of pages can ask as often as they like.
class MapSummaryFeed final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapSummaryFeed)
public:
    explicit MapSummaryFeed(QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    bool hasWorkspace() const { return m_workspace.has_value(); }
    const QList<MapSummary> &summaries() const { return m_summaries; }
    // Changes queued per map name; a map not in it does not capture changes.
    const QHash<QString, qint64> &queued() const { return m_queued; }
    // Each map's lease by map name, as of the same read; a map not in it has none.
    const QHash<QString, MapServing> &serving() const { return m_serving; }

public slots:
    void refresh();

signals:
    // New figures are in summaries(), queued() and serving(); `queueError` says why the queued
    // counts are missing, when they are.
    void updated(const QString &queueError);
    // The maps could not be read; the figures held are those of the last success.
    void failed(const QString &message);

private:
    struct Snapshot
    {
        QList<MapSummary> summaries;
        QHash<QString, qint64> queued;
        QHash<QString, MapServing> serving;
        QString queueError;
    };
    void arrived();

    std::optional<Workspace> m_workspace;
    QList<MapSummary> m_summaries;
    QHash<QString, qint64> m_queued;
    QHash<QString, MapServing> m_serving;
    QFutureWatcher<StoreResult<Snapshot>> m_watcher;
    bool m_refreshAgain = false;
};

} // namespace dw
