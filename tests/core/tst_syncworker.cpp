#include "actualsscenario.h"
#include "dbconnection.h"
#include "syncworker.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace dw;

namespace {

constexpr qint64 kLargeRows = 200000;

SyncRequest allMaps()
{
    SyncRequest request;
    request.allMaps = true;
    return request;
}

qint64 targetRowCount(const QString &directory)
{
    const Workspace workspace(directory);
    DbConnection finance;
    QString error;
    if (!finance.open(
            ConnectionSpec::sqliteFile(workspace.filePath(QStringLiteral("finance.db"))), &error))
        return -1;
    QSqlQuery query(finance.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + ActualsScenario::targetTable())
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// What a GUI does: a QThread it owns, the worker moved into it and deleted when the thread
// ends, requests sent by queued invocation, and cancel/quit/wait on the way out.
struct WorkerThread
{
    explicit WorkerThread(const QString &directory)
    {
        auto *created = new SyncWorker(Workspace(directory));
        created->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, created, &QObject::deleteLater);
        worker = created;
        thread.start();
    }
    ~WorkerThread()
    {
        if (worker)
            worker->cancel();
        thread.quit();
        thread.wait();
    }
    bool startQueued(const SyncRequest &request)
    {
        // By name: proves the request type is registered for queued calls.
        return QMetaObject::invokeMethod(
            worker, "start", Qt::QueuedConnection, Q_ARG(dw::SyncRequest, request));
    }

    QThread thread;
    QPointer<SyncWorker> worker;
};

} // namespace

class TestSyncWorker : public QObject
{
    Q_OBJECT

private slots:
    void runCompletesWithThrottledProgress();
    void cancelStopsSoonAndRunResumes();
    void refusesARequestWhileBusy();
    void failsWithoutAWorkspace();
    void shutsDownWhileBusy();

private:
    bool createWorkspace(QTemporaryDir *dir, qint64 rows)
    {
        ActualsScenario::Options options;
        options.rows = rows;
        QString error;
        if (!dir->isValid() || !ActualsScenario::create(dir->path(), options, &error)) {
            qWarning() << "cannot create the scenario:" << error;
            return false;
        }
        return true;
    }
};

void TestSyncWorker::runCompletesWithThrottledProgress()
{
    constexpr qint64 rows = 20000;
    QTemporaryDir dir;
    QVERIFY(createWorkspace(&dir, rows));
    WorkerThread w(dir.path());
    // Pages of 100 rows take a few milliseconds each: unthrottled, progress would come far
    // more often than every 100 ms.
    w.worker->setPageSize(100);

    QThread *const testThread = QThread::currentThread();
    QList<QThread *> deliveredOn;
    QStringList events;
    QList<MapProgress> updates;
    QList<qint64> receivedAt;
    QElapsedTimer clock;
    clock.start();
    QList<MapRunResult> maps;
    SyncResult result;
    bool done = false;
    // Connected with `this` as context: delivered in the test thread, as a GUI's would be.
    connect(w.worker, &SyncWorker::started, this, [&] {
        deliveredOn.append(QThread::currentThread());
        events.append(QStringLiteral("started"));
    });
    connect(w.worker, &SyncWorker::progress, this, [&](const MapProgress &update) {
        deliveredOn.append(QThread::currentThread());
        events.append(QStringLiteral("progress"));
        updates.append(update);
        receivedAt.append(clock.elapsed());
    });
    connect(w.worker, &SyncWorker::mapFinished, this, [&](const MapRunResult &map) {
        deliveredOn.append(QThread::currentThread());
        events.append(QStringLiteral("mapFinished"));
        maps.append(map);
    });
    connect(w.worker, &SyncWorker::finished, this, [&](const SyncResult &r) {
        deliveredOn.append(QThread::currentThread());
        events.append(QStringLiteral("finished"));
        result = r;
        done = true;
    });
    connect(w.worker, &SyncWorker::failed, this, [&](const QString &message) {
        events.append(QStringLiteral("failed: ") + message);
        done = true;
    });
    // The throttle itself, timed where the signal is emitted (in the worker thread), free of
    // the delivery jitter the receiver sees.
    QMutex emittedLock;
    QList<qint64> emittedAt;
    connect(
        w.worker, &SyncWorker::progress, w.worker,
        [&](const MapProgress &) {
            const QMutexLocker locker(&emittedLock);
            emittedAt.append(clock.elapsed());
        },
        Qt::DirectConnection);

    QVERIFY(w.startQueued(allMaps()));
    QTRY_VERIFY_WITH_TIMEOUT(done, 120000);

    QCOMPARE(events.value(0), QStringLiteral("started"));
    QCOMPARE(events.constLast(), QStringLiteral("finished"));
    QCOMPARE(events.count(QStringLiteral("mapFinished")), 1);
    QCOMPARE(events.indexOf(QStringLiteral("mapFinished")), events.size() - 2); // after progress
    QVERIFY(!w.worker->isBusy());
    QCOMPARE(maps.size(), 1);
    QVERIFY2(maps.constFirst().completed, qPrintable(maps.constFirst().error));
    for (QThread *thread : std::as_const(deliveredOn))
        QCOMPARE(thread, testThread);

    QVERIFY(!result.cancelled);
    QVERIFY(result.runId > 0);
    QCOMPARE(result.maps.size(), 1);
    QVERIFY(result.maps.constFirst().completed);
    QCOMPARE(result.maps.constFirst().counts.inserted, rows);
    QCOMPARE(targetRowCount(dir.path()), rows);

    // The final state of the map always arrives, and some of the 200 pages went unreported.
    QVERIFY(!updates.isEmpty());
    QCOMPARE(updates.constLast().map, ActualsScenario::mapName());
    QCOMPARE(updates.constLast().done, rows);
    QCOMPARE(updates.constLast().counts.inserted, rows);
    QVERIFY2(updates.size() < rows / 100, qPrintable(QString::number(updates.size())));
    // Every update but the final one keeps its distance from the one before.
    const QMutexLocker locker(&emittedLock);
    QCOMPARE(emittedAt.size(), updates.size());
    for (qsizetype i = 1; i + 1 < emittedAt.size(); ++i) {
        QVERIFY2(emittedAt.at(i) - emittedAt.at(i - 1) >= SyncWorker::progressIntervalMs - 1,
            qPrintable(
                QStringLiteral("emitted %1 ms apart").arg(emittedAt.at(i) - emittedAt.at(i - 1))));
        // Received with a tolerance for the scheduling of the test thread.
        QVERIFY2(receivedAt.at(i) - receivedAt.at(i - 1) >= SyncWorker::progressIntervalMs / 2,
            qPrintable(QStringLiteral("received %1 ms apart")
                           .arg(receivedAt.at(i) - receivedAt.at(i - 1))));
    }
}

void TestSyncWorker::cancelStopsSoonAndRunResumes()
{
    QTemporaryDir dir;
    QVERIFY(createWorkspace(&dir, kLargeRows));
    WorkerThread w(dir.path());
    QSignalSpy progress(w.worker, &SyncWorker::progress);
    QSignalSpy finished(w.worker, &SyncWorker::finished);
    QSignalSpy failed(w.worker, &SyncWorker::failed);

    QVERIFY(w.startQueued(allMaps()));
    QVERIFY(progress.wait(60000));
    QVERIFY(w.worker->isBusy());
    QElapsedTimer latency;
    latency.start();
    w.worker->cancel();
    QVERIFY(finished.wait(5000));
    const qint64 cancelMs = latency.elapsed();
    qInfo() << "cancel latency:" << cancelMs << "ms";
    QVERIFY2(cancelMs < 1000, qPrintable(QString::number(cancelMs)));
    QCOMPARE(failed.count(), 0);

    const auto first = finished.takeFirst().at(0).value<SyncResult>();
    QVERIFY(first.cancelled);
    QVERIFY(!first.anyMapFailed());
    QCOMPARE(first.maps.size(), 1);
    const qint64 firstInserted = first.maps.constFirst().counts.inserted;
    QVERIFY(firstInserted > 0);
    QVERIFY(firstInserted < kLargeRows);
    QCOMPARE(targetRowCount(dir.path()), firstInserted);

    // The same request again continues from the checkpoint of the cancelled run.
    QVERIFY(w.startQueued(allMaps()));
    QVERIFY(finished.wait(300000));
    QCOMPARE(failed.count(), 0);
    const auto second = finished.takeFirst().at(0).value<SyncResult>();
    QVERIFY(!second.cancelled);
    QVERIFY(second.runId > first.runId);
    QCOMPARE(second.maps.size(), 1);
    QVERIFY(second.maps.constFirst().completed);
    QCOMPARE(firstInserted + second.maps.constFirst().counts.inserted, kLargeRows);
    QCOMPARE(second.maps.constFirst().counts.read, kLargeRows - firstInserted);
    QCOMPARE(targetRowCount(dir.path()), kLargeRows);
}

void TestSyncWorker::refusesARequestWhileBusy()
{
    QTemporaryDir dir;
    QVERIFY(createWorkspace(&dir, kLargeRows));
    WorkerThread w(dir.path());
    QSignalSpy started(w.worker, &SyncWorker::started);
    QSignalSpy progress(w.worker, &SyncWorker::progress);
    QSignalSpy finished(w.worker, &SyncWorker::finished);
    QSignalSpy failed(w.worker, &SyncWorker::failed);

    QVERIFY(w.startQueued(allMaps()));
    QVERIFY(progress.wait(60000));
    // Called directly (start() is thread-safe): refused at once, in this thread.
    w.worker->start(allMaps());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.constFirst().at(0).toString().isEmpty());
    QVERIFY(w.worker->isBusy());

    w.worker->cancel();
    QVERIFY(finished.wait(5000));
    QVERIFY(finished.constFirst().at(0).value<SyncResult>().cancelled);
    QCOMPARE(started.count(), 1); // the refused request never started
    QCOMPARE(failed.count(), 1);
    QVERIFY(!w.worker->isBusy());
}

void TestSyncWorker::failsWithoutAWorkspace()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing"));
    WorkerThread w(missing);
    QSignalSpy finished(w.worker, &SyncWorker::finished);
    QSignalSpy failed(w.worker, &SyncWorker::failed);

    QVERIFY(w.startQueued(allMaps()));
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.constFirst().at(0).toString().contains(missing),
        qPrintable(failed.constFirst().at(0).toString()));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!w.worker->isBusy());
}

void TestSyncWorker::shutsDownWhileBusy()
{
    QTemporaryDir dir;
    QVERIFY(createWorkspace(&dir, kLargeRows));
    auto w = std::make_unique<WorkerThread>(dir.path());
    QSignalSpy progress(w->worker, &SyncWorker::progress);
    QVERIFY(w->startQueued(allMaps()));
    QVERIFY(progress.wait(60000));
    QVERIFY(w->worker->isBusy());

    QElapsedTimer timer;
    timer.start();
    w->worker->cancel();
    w->thread.quit();
    QVERIFY(w->thread.wait(5000));
    qInfo() << "shutdown took" << timer.elapsed() << "ms";
    QVERIFY(w->worker.isNull()); // deleted in its thread through QThread::finished
    w.reset();
    QVERIFY(targetRowCount(dir.path()) < kLargeRows);
}

QTEST_GUILESS_MAIN(TestSyncWorker)
#include "tst_syncworker.moc"
