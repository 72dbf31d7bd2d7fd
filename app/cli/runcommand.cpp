#include "arguments.h"
#include "commands.h"
#include "mapleases.h"
#include "recordcodec.h"
#include "syncengine.h"
#include "tr.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace dw::cli {

namespace {

std::atomic_bool g_stop { false };
static_assert(std::atomic_bool::is_always_lock_free, "the signal handler needs a lock-free flag");

void requestStop(int)
{
    g_stop.store(true);
}

// SIGINT and SIGTERM stop the run at the next batch boundary; what was applied stays recorded.
void installStopHandlers()
{
    struct sigaction action = {};
    action.sa_handler = requestStop;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

QString countsLine(const MapRunResult &map)
{
    const RunCounts &c = map.counts;
    return Tr::tr("%1: %2 read, %3 inserted, %4 updated, %5 unchanged, %6 failed (%7 s)")
        .arg(map.map)
        .arg(c.read)
        .arg(c.inserted)
        .arg(c.updated)
        .arg(c.unchanged)
        .arg(c.failed)
        .arg(double(c.durationMs) / 1000.0, 0, 'f', 1);
}

// --interval SECONDS of a live run or a worker into *ms; empty keeps *ms as it is.
bool parseInterval(const QString &seconds, int *ms, QString *error)
{
    bool ok = true;
    if (!seconds.isEmpty())
        *ms = int(seconds.toDouble(&ok) * 1000);
    if (ok && *ms >= 100 && *ms <= 3600000)
        return true;
    *error = Tr::tr("--interval must be a number of seconds from 0.1 to 3600.");
    return false;
}

// Who the engine is in the map leases; the defaults suit a one-off run.
struct WorkerOptions
{
    QString name;
    int leaseMs = 30000;
};

int execute(CliContext &context, const SyncRequest &request, const WorkerOptions &worker = {})
{
    installStopHandlers();
    SyncEngine engine(context.workspace);
    engine.setCancelFlag(&g_stop);
    engine.setWorker(MapLeases::workerId(worker.name));
    engine.setLeaseMs(worker.leaseMs);
    const bool terminal = isatty(STDOUT_FILENO);
    QElapsedTimer throttle;
    throttle.start();
    if (terminal) {
        engine.setProgressHandler([&](const MapProgress &p) {
            if (throttle.elapsed() < 100)
                return;
            throttle.restart();
            context.out << u'\r'
                        << Tr::tr("%1: %2 of %3 rows, %4 failed")
                               .arg(p.map)
                               .arg(p.done)
                               .arg(p.total)
                               .arg(p.counts.failed)
                        << QStringLiteral("\x1b[K") << Qt::flush;
        });
    }
    engine.setMapFinishedHandler([&](const MapRunResult &map) {
        if (terminal)
            context.out << QStringLiteral("\r\x1b[K");
        if (map.errorClass != ErrorClass::None)
            context.err << map.error << Qt::endl;
        else if (!map.servedBy.isEmpty())
            context.out << Tr::tr("%1: served by %2; its changes are applied there.")
                               .arg(map.map, map.servedBy)
                        << Qt::endl;
        else
            context.out << countsLine(map) << Qt::endl;
        for (const QString &key : map.notFailed)
            context.err << Tr::tr("%1: record %2 is not a failed record; not retried.")
                               .arg(map.map, RecordCodec::displayKey(key))
                        << Qt::endl;
    });
    SyncResult result;
    QString error;
    if (!engine.run(request, &result, &error))
        return context.failure(error);
    if (result.cancelled && request.serveRunningOnly) {
        // A worker's stop (systemd's SIGTERM) is its normal end, failed records or not: they
        // are in the record states for the administrator.
        context.out << Tr::tr("Worker stopped; its map leases are given back.") << Qt::endl;
        return ExitOk;
    }
    if (result.cancelled && request.live) {
        // Stopping a live run is its normal end; the maps keep capturing changes.
        context.out << Tr::tr("Live sync stopped; the maps stay running and keep queueing changes "
                              "for the next live run or worker.")
                    << Qt::endl;
    } else if (result.cancelled) {
        context.err << Tr::tr("Stopped. Run the same command again to continue where it stopped.")
                    << Qt::endl;
        return 128 + SIGINT;
    }
    if (result.anyMapFailed())
        return ExitUsage;
    if (result.failedRecords() > 0) {
        context.out << Tr::tr("%n record(s) failed; see \"dwadmin-cli records --status failed\".",
            nullptr, int(result.failedRecords()))
                    << Qt::endl;
        return ExitRecordsFailed;
    }
    return ExitOk;
}

} // namespace

int runCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    SyncRequest request;
    QString error;
    QString component;
    QString master;
    request.allMaps = arguments.takeFlag(QStringLiteral("--all"));
    const bool initial = arguments.takeFlag(QStringLiteral("--initial"));
    request.live = arguments.takeFlag(QStringLiteral("--live"));
    QString interval;
    if (!arguments.takeValue(QStringLiteral("--interval"), &interval, &error))
        return context.usageError(error);
    if (!arguments.takeValues(QStringLiteral("--map"), &request.maps, &error)
        || !arguments.takeValue(QStringLiteral("--component"), &component, &error)
        || !arguments.takeValue(QStringLiteral("--master"), &master, &error))
        return context.usageError(error);
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));
    if (!component.isEmpty()) {
        Component c;
        if (!componentFromId(component, &c))
            return context.usageError(
                Tr::tr("Unknown component \"%1\"; use setup, estimates, actuals, "
                       "invoices, expenses or vendorInvoices.")
                    .arg(component));
        request.component = c;
    }
    if (!master.isEmpty()) {
        Side side;
        if (!sideFromId(master, &side))
            return context.usageError(
                Tr::tr("--master must be dataverse or finance, not \"%1\".").arg(master));
        request.master = side;
    }
    if (int(request.allMaps) + int(!request.maps.isEmpty()) + int(request.component.has_value())
        != 1)
        return context.usageError(
            Tr::tr("Say which maps to run: --all, --map NAME (repeatable) or --component C."));
    if (request.master && !initial)
        return context.usageError(Tr::tr("--master applies to --initial runs."));
    if (!parseInterval(interval, &request.liveIntervalMs, &error))
        return context.usageError(error);
    // --initial: full push; --live: keep the maps running and apply their changes until stopped;
    // neither: apply what is queued for running maps once.
    request.kind = initial ? RunKind::Initial : RunKind::CatchUp;
    return execute(context, request);
}

int workerCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    QString error;
    QString interval;
    QString lease;
    WorkerOptions worker;
    if (!arguments.takeValue(QStringLiteral("--interval"), &interval, &error)
        || !arguments.takeValue(QStringLiteral("--lease"), &lease, &error)
        || !arguments.takeValue(QStringLiteral("--name"), &worker.name, &error))
        return context.usageError(error);
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));
    SyncRequest request;
    request.kind = RunKind::CatchUp;
    request.allMaps = true;
    request.live = true;
    request.serveRunningOnly = true;
    if (!parseInterval(interval, &request.liveIntervalMs, &error))
        return context.usageError(error);
    bool ok = true;
    if (!lease.isEmpty())
        worker.leaseMs = int(lease.toDouble(&ok) * 1000);
    // A round must end well within the lease, or another worker would take the map meanwhile.
    if (!ok || worker.leaseMs < 1000 || worker.leaseMs > 3600000
        || worker.leaseMs < 3 * request.liveIntervalMs)
        return context.usageError(Tr::tr("--lease must be a number of seconds from 1 to 3600 "
                                         "and at least three times the interval."));
    context.out << Tr::tr("Worker %1 serves the running maps of %2 (every %3 s, lease %4 s) "
                          "until SIGTERM or SIGINT.")
                       .arg(MapLeases::workerId(worker.name), context.workspace.directory())
                       .arg(double(request.liveIntervalMs) / 1000.0)
                       .arg(double(worker.leaseMs) / 1000.0)
                << Qt::endl;
    return execute(context, request, worker);
}

int retryCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    SyncRequest request;
    request.kind = RunKind::Retry;
    QString error;
    QStringList keys;
    const bool allFailed = arguments.takeFlag(QStringLiteral("--all-failed"));
    if (!arguments.takeValues(QStringLiteral("--map"), &request.maps, &error)
        || !arguments.takeValues(QStringLiteral("--key"), &keys, &error))
        return context.usageError(error);
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));
    if (allFailed == !request.maps.isEmpty())
        return context.usageError(
            Tr::tr("Say what to retry: --map NAME [--key K]… or --all-failed."));
    if (!keys.isEmpty() && request.maps.size() != 1)
        return context.usageError(Tr::tr("--key needs exactly one --map."));
    request.allMaps = allFailed;
    for (const QString &key : std::as_const(keys)) {
        // A composite key is given as a JSON array or with its values joined by '|'.
        const QJsonDocument document = QJsonDocument::fromJson(key.toUtf8());
        QStringList parts;
        if (document.isArray()) {
            for (const QJsonValue &value : document.array())
                parts.append(value.toVariant().toString());
        } else {
            parts = key.split(u'|');
        }
        request.recordKeys.append(parts.join(QChar(0x1f)));
    }
    return execute(context, request);
}

} // namespace dw::cli
