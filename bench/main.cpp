#include "actualsscenario.h"
#include "incremental.h"
#include "pgserver.h"
#include "recordview.h"
#include "syncengine.h"
#include "uilatency.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <memory>
#include <sys/resource.h>

namespace {

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double rounded(double value, int decimals = 3)
{
    const QString text = QString::number(value, 'f', decimals);
    return text.toDouble();
}

void print(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
}

// Initial sync of N CDM-shaped actuals, SQLite → SQLite, against one INSERT … SELECT of the
// same rows across attached databases, measured in the same process one after the other.
//
// initial_sync_pg: the same, SQLite → PostgreSQL, on a throwaway server this process starts and
// stops, against the same rows loaded by one COPY into an empty copy of the Finance table.
int initialSync(qint64 rows, bool postgres)
{
    QTemporaryDir dir;
    QString error;
    dw::PgServer server;
    dw::ActualsScenario::Options options;
    options.rows = rows;
    dw::ActualsScenario::Environments environments;
    if (postgres) {
        if (!server.start(&error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 2;
        }
        environments.finance = server.connectionSpec();
    }
    if (!dw::ActualsScenario::create(dir.path(), options, environments, &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    double rawSeconds = 0;
    if (!(postgres ? dw::ActualsScenario::rawCopySecondsPg(
              dir.path(), environments.finance, &rawSeconds, &error)
                   : dw::ActualsScenario::rawCopySeconds(dir.path(), &rawSeconds, &error))) {
        QTextStream(stderr) << error << Qt::endl;
        return 2;
    }
    dw::SyncEngine engine { dw::Workspace(dir.path()) };
    dw::SyncRequest request;
    request.allMaps = true;
    dw::SyncResult result;
    QElapsedTimer timer;
    timer.start();
    if (!engine.run(request, &result, &error) || result.maps.size() != 1
        || !result.maps.constFirst().completed
        || result.maps.constFirst().counts.inserted != rows) {
        QTextStream(stderr) << "initial sync did not complete: " << error
                            << (result.maps.isEmpty() ? QString() : result.maps.constFirst().error)
                            << Qt::endl;
        return 2;
    }
    const double engineSeconds = double(timer.nsecsElapsed()) / 1e9;
    print({ { QStringLiteral("bench"),
                postgres ? QStringLiteral("initial_sync_pg") : QStringLiteral("initial_sync") },
        { QStringLiteral("rows"), rows }, { QStringLiteral("engine_s"), rounded(engineSeconds) },
        { QStringLiteral("raw_copy_s"), rounded(rawSeconds) },
        { QStringLiteral("ratio"), rounded(engineSeconds / rawSeconds, 2) },
        { QStringLiteral("peak_rss_mb"), rounded(peakRssMb(), 1) } });
    return 0;
}

} // namespace

// The ui_latency suite needs a QApplication (and a display, or the offscreen platform); the
// others run on a QCoreApplication.
bool wantsGui(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--suite") == 0 && qstrcmp(argv[i + 1], "ui_latency") == 0)
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    const bool gui = wantsGui(argc, argv);
    if (gui && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(
        gui ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("dwadmin-bench"));
    const QStringList arguments = QCoreApplication::arguments();
    QString suite = QStringLiteral("initial_sync");
    qint64 rows = 200000;
    qint64 changes = 1000;
    int rounds = 5;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--suite") && i + 1 < arguments.size()) {
            suite = arguments.at(++i);
        } else if (a == QLatin1String("--rows") && i + 1 < arguments.size()) {
            bool ok = false;
            rows = arguments.at(++i).toLongLong(&ok);
            if (!ok || rows < 1) {
                QTextStream(stderr) << "--rows must be a positive whole number" << Qt::endl;
                return 2;
            }
        } else if (a == QLatin1String("--rounds") && i + 1 < arguments.size()) {
            bool ok = false;
            rounds = arguments.at(++i).toInt(&ok);
            if (!ok || rounds < 1) {
                QTextStream(stderr) << "--rounds must be a positive whole number" << Qt::endl;
                return 2;
            }
        } else if (a == QLatin1String("--changes") && i + 1 < arguments.size()) {
            bool ok = false;
            changes = arguments.at(++i).toLongLong(&ok);
            if (!ok || changes < 1) {
                QTextStream(stderr) << "--changes must be a positive whole number" << Qt::endl;
                return 2;
            }
        } else {
            QTextStream(stdout) << "usage: dwadmin-bench [--suite initial_sync|initial_sync_pg|"
                                   "incremental|ui_latency|record_view] "
                                   "[--rows N] [--changes C] [--rounds R]\n"
                                   "Prints one JSON object per measurement (see DESIGN §9)."
                                << Qt::endl;
            return a == QLatin1String("--help") ? 0 : 2;
        }
    }
    if (suite == QLatin1String("initial_sync"))
        return initialSync(rows, false);
    if (suite == QLatin1String("initial_sync_pg"))
        return initialSync(rows, true);
    if (suite == QLatin1String("incremental"))
        return dw::incrementalBench(rows, changes, rounds);
    if (suite == QLatin1String("record_view"))
        return dw::recordView(rows);
    if (suite == QLatin1String("ui_latency") && gui)
        return dw::uiLatency(rows);
    QTextStream(stderr) << "unknown suite \"" << suite
                        << "\"; available: initial_sync, initial_sync_pg, incremental, "
                           "ui_latency, record_view"
                        << Qt::endl;
    return 2;
}
