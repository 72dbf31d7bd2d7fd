#pragma once

#include <QSignalSpy>
#include <QTest>

// Runs `request` on a model that loads asynchronously and waits for its next loaded(). The
// answer may come at once (the continuation of a future that has already finished runs in the
// caller) or later, so the spy is in place before the request.
template<typename Model, typename Request> bool loadedAfter(Model &model, Request request)
{
    QSignalSpy loaded(&model, &Model::loaded);
    request();
    return QTest::qWaitFor([&] { return !loaded.isEmpty(); }, 10000);
}
