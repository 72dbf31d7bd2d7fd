#include "incremental.h"

#include "actualsscenario.h"
#include "dbconnection.h"
#include "mapcontrol.h"
#include "syncengine.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace dw {

namespace {

// One live actuals map over a table of `rows`, initially synced, then served by a live run of
// the engine on its own thread, as a worker or the console serves it. Each timed round makes
// `changes` changes and wakes the live run; the round's time runs from the wake until the run
// reports the changes applied (target written, record states and watermark committed). What
// the live run does between rounds (purging the change log, checkpoints) is not in it.
class LiveTable
{
public:
    LiveTable(qint64 rows, qint64 changes)
        : m_rows(rows)
        , m_changes(changes)
        , m_workspace(m_dir.path())
    { }
    ~LiveTable() { stop(); }

    bool prepare(QString *error)
    {
        ActualsScenario::Options options;
        options.rows = m_rows;
        if (!ActualsScenario::create(m_dir.path(), options, error))
            return false;
        {
            MapControl control(m_workspace);
            if (!control.open(error) || !control.start({ ActualsScenario::mapName() }, error))
                return false;
        }
        {
            SyncEngine engine(m_workspace);
            SyncRequest request;
            request.allMaps = true;
            SyncResult result;
            if (!engine.run(request, &result, error))
                return false;
        }
        m_live.reset(QThread::create([this] {
            SyncEngine engine(m_workspace);
            engine.setCancelFlag(&m_stop);
            engine.setWakeSignal(&m_wake);
            engine.setMapFinishedHandler([this](const MapRunResult &round) {
                std::lock_guard lock(m_mutex);
                m_updated += round.counts.updated;
                m_condition.notify_all();
            });
            SyncRequest request;
            request.kind = RunKind::CatchUp;
            request.allMaps = true;
            request.live = true;
            request.liveIntervalMs = 3600000; // rounds only when woken
            SyncResult result;
            QString runError;
            if (!engine.run(request, &result, &runError)) {
                std::lock_guard lock(m_mutex);
                m_error = runError;
                m_condition.notify_all();
            }
        }));
        m_live->start();
        // One untimed round: the live run has opened its session and is waiting when the
        // timed rounds begin.
        double ignored = 0;
        return timeRound(0, &ignored, error);
    }

    // Changes `changes` rows spread over the whole table, as real activity would, then times
    // the live run's round that applies them.
    bool timeRound(int round, double *seconds, QString *error)
    {
        {
            DbConnection dataverse;
            if (!dataverse.open(ConnectionSpec::sqliteFile(
                                    m_workspace.filePath(QStringLiteral("dataverse.db"))),
                    error))
                return false;
            QSqlQuery update(dataverse.database());
            if (!update.exec(
                    QStringLiteral("UPDATE msdyn_actual SET msdyn_description = 'Corrected %1: '"
                                   " || msdyn_actualid WHERE rowid % %2 = 0")
                        .arg(round)
                        .arg(qMax<qint64>(1, m_rows / m_changes)))) {
                *error = update.lastError().text();
                return false;
            }
        }
        std::unique_lock lock(m_mutex);
        const qint64 target = m_updated + m_changes;
        QElapsedTimer timer;
        timer.start();
        m_wake.wake();
        m_condition.wait_for(lock, std::chrono::minutes(5),
            [&] { return m_updated >= target || !m_error.isEmpty(); });
        *seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!m_error.isEmpty()) {
            *error = m_error;
            return false;
        }
        if (m_updated != target) {
            *error = QStringLiteral("the live run over %1 rows applied %2 of %3 changes")
                         .arg(m_rows)
                         .arg(m_updated - (target - m_changes))
                         .arg(m_changes);
            return false;
        }
        return true;
    }

private:
    void stop()
    {
        if (!m_live)
            return;
        m_stop = true;
        m_live->wait();
        m_live.reset();
    }

    qint64 m_rows;
    qint64 m_changes;
    QTemporaryDir m_dir;
    Workspace m_workspace;
    std::unique_ptr<QThread> m_live;
    std::atomic_bool m_stop { false };
    WakeSignal m_wake;
    std::mutex m_mutex;
    std::condition_variable m_condition;
    qint64 m_updated = 0; // changes the live run has applied, under m_mutex
    QString m_error; // under m_mutex
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double rounded(double value, int decimals)
{
    return QString::number(value, 'f', decimals).toDouble();
}

} // namespace

int incrementalBench(qint64 rows, qint64 changes, int rounds)
{
    QString error;
    LiveTable large(rows, changes);
    LiveTable small(changes, changes);
    if (!large.prepare(&error) || !small.prepare(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    // Rounds alternate between the two tables so that whatever else the machine does weighs
    // on both alike; the medians ignore a round that something else disturbed.
    QList<double> largeSeconds;
    QList<double> smallSeconds;
    for (int round = 1; round <= rounds; ++round) {
        double seconds = 0;
        if (!large.timeRound(round, &seconds, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
        largeSeconds.append(seconds);
        if (!small.timeRound(round, &seconds, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
        smallSeconds.append(seconds);
    }
    const double engine = median(largeSeconds);
    const double smallEngine = median(smallSeconds);
    const QJsonObject result { { QStringLiteral("bench"), QStringLiteral("incremental") },
        { QStringLiteral("table_rows"), rows }, { QStringLiteral("changes"), changes },
        { QStringLiteral("engine_s"), rounded(engine, 3) },
        { QStringLiteral("small_table_engine_s"), rounded(smallEngine, 3) },
        { QStringLiteral("ratio"), rounded(engine / smallEngine, 2) } };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace dw
