#pragma once

#include "statestore.h"
#include "tr.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace dw {

// The outcome of reading or writing the state store off the calling thread.
template<typename T> struct StoreResult
{
    T value {};
    QString error; // empty on success
    bool ok() const { return error.isEmpty(); }
};

// Runs `work` on a pool thread against its own connection to the workspace's state store, so
// the GUI thread never executes SQL. The connection is opened and closed inside that thread.
template<typename T>
QFuture<StoreResult<T>> runOnStore(
    const Workspace &workspace, std::function<bool(StateStore &, T *, QString *)> work)
{
    return QtConcurrent::run([workspace, work = std::move(work)] {
        StoreResult<T> result;
        StateStore store;
        if (!store.open(workspace, &result.error))
            return result;
        if (!work(store, &result.value, &result.error) && result.error.isEmpty())
            result.error = Tr::tr("Unknown state store error.");
        return result;
    });
}

} // namespace dw
