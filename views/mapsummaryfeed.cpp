#include "mapsummaryfeed.h"

#include "mapstore.h"
#include "queuereader.h"

#include <utility>

namespace dw {

MapSummaryFeed::MapSummaryFeed(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &MapSummaryFeed::arrived);
}

void MapSummaryFeed::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    refresh();
}

void MapSummaryFeed::refresh()
{
    if (!m_workspace)
        return;
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([workspace = *m_workspace] {
        StoreResult<Snapshot> result;
        {
            StateStore store;
            if (!store.open(workspace, &result.error)
                || !MapStore(store.database()).summaries(&result.value.summaries, &result.error)
                || !MapServing::readAll(store.database(), &result.value.serving, &result.error))
                return result;
        }
        // Queues live in the environments: a missing one costs the counts, not the list.
        QueueReader queues(workspace);
        if (!queues.open(&result.value.queueError))
            return result;
        queues.counts(&result.value.queued, &result.value.queueError);
        return result;
    }));
}

void MapSummaryFeed::arrived()
{
    const StoreResult<Snapshot> result = m_watcher.result();
    if (result.ok()) {
        m_summaries = result.value.summaries;
        m_queued = result.value.queued;
        m_serving = result.value.serving;
        emit updated(result.value.queueError);
    } else {
        emit failed(result.error);
    }
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

} // namespace dw
