#include "arguments.h"
#include "commands.h"
#include "mapcontrol.h"
#include "tr.h"

namespace dw::cli {

namespace {

// pause|resume|stop --map NAME…: changes map states as the GUI's buttons do; a live run or
// worker on the workspace follows at its next round.
int control(CliContext &context, const QString &action)
{
    Arguments arguments(context.arguments);
    QStringList maps;
    QString error;
    if (!arguments.takeValues(QStringLiteral("--map"), &maps, &error))
        return context.usageError(error);
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));
    if (maps.isEmpty())
        return context.usageError(Tr::tr("Say which maps: --map NAME (repeatable)."));
    if (!context.workspace.exists())
        return context.failure(Tr::tr("No workspace at %1.").arg(context.workspace.directory()));
    MapControl control(context.workspace);
    bool ok = control.open(&error);
    if (ok && action == QLatin1String("pause"))
        ok = control.pause(maps, &error);
    else if (ok && action == QLatin1String("resume"))
        ok = control.resume(maps, &error);
    else if (ok)
        ok = control.stop(maps, &error);
    if (!ok)
        return context.failure(error);
    for (const QString &map : std::as_const(maps)) {
        MapStatus status = MapStatus::NotRunning;
        qint64 queued = 0;
        control.status(map, &status, &error);
        control.queued(map, &queued, &error);
        context.out
            << Tr::tr("%1: %2, %3 queued change(s)").arg(map, mapStatusName(status)).arg(queued)
            << Qt::endl;
    }
    return ExitOk;
}

} // namespace

int pauseCommand(CliContext &context)
{
    return control(context, QStringLiteral("pause"));
}

int resumeCommand(CliContext &context)
{
    return control(context, QStringLiteral("resume"));
}

int stopCommand(CliContext &context)
{
    return control(context, QStringLiteral("stop"));
}

} // namespace dw::cli
