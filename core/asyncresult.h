#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <utility>

namespace dw {

// Calls `done(result)` in the thread of `context` (the GUI thread for a widget) once `future`
// has finished. When `context` is destroyed first, the result is dropped; the work itself runs
// to its end on its pool thread. Callers compare a generation counter inside `done` to drop the
// results of requests that a newer one has superseded.
template<typename T, typename Done>
void whenFinished(QObject *context, const QFuture<T> &future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
        [watcher, done = std::move(done)]() mutable {
            watcher->deleteLater();
            done(watcher->result());
        });
    watcher->setFuture(future);
}

} // namespace dw
