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
#include <algorithm>

namespace dw {

namespace {

// One live actuals map over a table of `rows`, initially synced, whose catch-ups are timed.
class LiveTable
{
public:
    LiveTable(qint64 rows, qint64 changes)
        : m_rows(rows)
        , m_changes(changes)
        , m_workspace(m_dir.path())
    { }

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
        SyncEngine engine(m_workspace);
        SyncRequest request;
        request.allMaps = true;
        SyncResult result;
        return engine.run(request, &result, error);
    }

    // Changes `changes` rows spread over the whole table, as real activity would, then times
    // the catch-up that applies them.
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
        SyncEngine engine(m_workspace);
        SyncRequest request;
        request.kind = RunKind::CatchUp;
        request.allMaps = true;
        SyncResult result;
        QElapsedTimer timer;
        timer.start();
        if (!engine.run(request, &result, error))
            return false;
        *seconds = double(timer.nsecsElapsed()) / 1e9;
        if (result.maps.isEmpty() || result.maps.constFirst().counts.updated != m_changes) {
            *error = QStringLiteral("the catch-up over %1 rows did not apply %2 changes")
                         .arg(m_rows)
                         .arg(m_changes);
            return false;
        }
        return true;
    }

private:
    qint64 m_rows;
    qint64 m_changes;
    QTemporaryDir m_dir;
    Workspace m_workspace;
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
