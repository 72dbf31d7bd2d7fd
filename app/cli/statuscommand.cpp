// "status": where each map stands, from the state store alone (no environment is opened).
#include "arguments.h"
#include "cliformat.h"
#include "commands.h"
#include "mapcontrol.h"
#include "mapleases.h"
#include "mapstatus.h"
#include "recordstatus.h"
#include "tablemap.h"
#include "texttable.h"
#include "tr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <array>

namespace dw::cli {

namespace {

constexpr int kStatusCount = 5; // RecordStatus values

struct MapState
{
    qint64 id = 0;
    QString name;
    QString component;
    MapStatus status = MapStatus::NotRunning;
    QString statusReason;
    std::array<qint64, kStatusCount> records {};
    qint64 runId = 0; // 0: never run
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    QString outcome;
    bool resumable = false;
    qint64 queued = -1; // -1: unknown (the environments could not be opened)
    QString servedBy; // the worker holding the map's lease; empty when none does
};

bool runQuery(QSqlQuery &query, const QString &sql, QString *error)
{
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        *error = Tr::tr("State store query failed: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

MapState *findState(QList<MapState> &states, qint64 mapId)
{
    for (MapState &state : states) {
        if (state.id == mapId)
            return &state;
    }
    return nullptr;
}

// Four queries whatever the number of maps; counting uses the (map_id, status, record_key)
// index, the last run the (map_id, run_id) index of run_map_counts.
bool loadStates(const QSqlDatabase &db, QList<MapState> *states, QString *error)
{
    QSqlQuery query(db);
    if (!runQuery(query,
            QStringLiteral(
                "SELECT id, name, component, status, status_reason FROM maps ORDER BY name"),
            error))
        return false;
    while (query.next()) {
        MapState state;
        state.id = query.value(0).toLongLong();
        state.name = query.value(1).toString();
        state.component = query.value(2).toString();
        mapStatusFromId(query.value(3).toString(), &state.status);
        state.statusReason = query.value(4).toString();
        states->append(state);
    }
    if (!runQuery(query,
            QStringLiteral("SELECT map_id, status, COUNT(*) FROM record_states"
                           " GROUP BY map_id, status"),
            error))
        return false;
    while (query.next()) {
        MapState *state = findState(*states, query.value(0).toLongLong());
        const int status = query.value(1).toInt();
        if (state && status >= 0 && status < kStatusCount)
            state->records[size_t(status)] = query.value(2).toLongLong();
    }
    if (!runQuery(query,
            QStringLiteral("SELECT c.map_id, r.id, r.started_at, r.finished_at, r.outcome"
                           " FROM run_map_counts c JOIN runs r ON r.id = c.run_id"
                           " WHERE c.run_id = (SELECT MAX(l.run_id) FROM run_map_counts l"
                           "  WHERE l.map_id = c.map_id)"),
            error))
        return false;
    while (query.next()) {
        if (MapState *state = findState(*states, query.value(0).toLongLong())) {
            state->runId = query.value(1).toLongLong();
            state->startedAt = query.value(2).toLongLong();
            state->finishedAt = query.value(3).toLongLong();
            state->outcome = query.value(4).toString();
        }
    }
    if (!runQuery(query, QStringLiteral("SELECT map_id FROM sync_checkpoints"), error))
        return false;
    while (query.next()) {
        if (MapState *state = findState(*states, query.value(0).toLongLong()))
            state->resumable = true;
    }
    QList<MapLease> leases;
    if (!MapLeases::list(db, &leases, error))
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const MapLease &lease : std::as_const(leases)) {
        MapState *state = findState(*states, lease.mapId);
        if (state && lease.holderAt(now) == MapLease::Holder::Serving)
            state->servedBy = lease.worker;
    }
    return true;
}

QString runOutcomeName(const QString &outcome)
{
    if (outcome == QLatin1String("completed"))
        return Tr::tr("Completed", "run outcome");
    if (outcome == QLatin1String("failed"))
        return Tr::tr("Failed", "run outcome");
    if (outcome == QLatin1String("cancelled"))
        return Tr::tr("Stopped", "run outcome");
    if (outcome == QLatin1String("interrupted"))
        return Tr::tr("Interrupted", "run outcome");
    if (outcome == QLatin1String("running"))
        return Tr::tr("Running", "run outcome");
    return outcome;
}

QJsonObject stateJson(const MapState &s)
{
    QJsonObject records;
    for (int i = 0; i < kStatusCount; ++i)
        records.insert(recordStatusId(RecordStatus(i)), s.records[size_t(i)]);
    QJsonValue lastRun;
    if (s.runId > 0) {
        lastRun = QJsonObject {
            { QStringLiteral("id"), s.runId },
            { QStringLiteral("startedAt"), CliFormat::timeJson(s.startedAt) },
            { QStringLiteral("finishedAt"), CliFormat::timeJson(s.finishedAt) },
            { QStringLiteral("outcome"), s.outcome },
        };
    }
    return QJsonObject {
        { QStringLiteral("name"), s.name },
        { QStringLiteral("component"), s.component },
        { QStringLiteral("status"), mapStatusId(s.status) },
        { QStringLiteral("statusReason"), s.statusReason },
        { QStringLiteral("records"), records },
        { QStringLiteral("lastRun"), lastRun },
        { QStringLiteral("resumable"), s.resumable },
        { QStringLiteral("queued"), s.queued >= 0 ? QJsonValue(s.queued) : QJsonValue() },
        { QStringLiteral("servedBy"), s.servedBy.isEmpty() ? QJsonValue() : s.servedBy },
    };
}

void printTable(CliContext &context, const QList<MapState> &states)
{
    context.out << Tr::tr("Workspace: %1").arg(context.workspace.directory()) << Qt::endl;
    TextTable table(
        { Tr::tr("NAME"), Tr::tr("COMPONENT"), Tr::tr("STATUS"), Tr::tr("SYNCED"), Tr::tr("FAILED"),
            Tr::tr("CONFLICT"), Tr::tr("SKIPPED"), Tr::tr("PENDING"), Tr::tr("QUEUED"),
            Tr::tr("LAST RUN"), Tr::tr("OUTCOME"), Tr::tr("RESUMABLE"), Tr::tr("SERVED BY"),
            Tr::tr("REASON") });
    for (const MapState &s : states) {
        Component component;
        QStringList row { s.name,
            componentFromId(s.component, &component) ? componentName(component) : s.component,
            mapStatusName(s.status) };
        for (qint64 count : s.records)
            row.append(QString::number(count));
        row.append(s.queued >= 0 ? QString::number(s.queued) : QStringLiteral("?"));
        const qint64 lastAt = s.finishedAt > 0 ? s.finishedAt : s.startedAt;
        row << (s.runId > 0 ? CliFormat::timeText(lastAt) : Tr::tr("never"))
            << runOutcomeName(s.outcome) << (s.resumable ? Tr::tr("yes") : QString())
            << s.servedBy << CliFormat::elided(s.statusReason, 60);
        table.addRow(row);
    }
    table.print(context.out);
}

} // namespace

int statusCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    QString format = QStringLiteral("table");
    QString error;
    if (!arguments.takeValue(QStringLiteral("--format"), &format, &error))
        return context.usageError(error);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return context.usageError(Tr::tr("Unknown format \"%1\"; use table or json.").arg(format));
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));

    StateStore store;
    if (!context.openStore(store))
        return ExitUsage;
    QList<MapState> states;
    if (!loadStates(store.database(), &states, &error))
        return context.failure(error);
    // Queued changes live in the environments' change logs, not in the state store.
    MapControl control(context.workspace);
    if (control.open(&error)) {
        for (MapState &s : states) {
            if (!control.queued(s.name, &s.queued, &error))
                s.queued = -1;
        }
    } else {
        context.err << Tr::tr("Queued changes cannot be counted: %1").arg(error) << Qt::endl;
    }
    if (format == QLatin1String("table")) {
        printTable(context, states);
        return ExitOk;
    }
    QJsonArray maps;
    for (const MapState &s : std::as_const(states))
        maps.append(stateJson(s));
    const QJsonObject root { { QStringLiteral("workspace"), context.workspace.directory() },
        { QStringLiteral("maps"), maps } };
    context.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace dw::cli
