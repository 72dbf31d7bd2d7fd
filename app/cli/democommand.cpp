#include "activitysimulator.h"
#include "arguments.h"
#include "commands.h"
#include "demoworkspace.h"
#include "tr.h"

#include <QElapsedTimer>
#include <atomic>
#include <csignal>

namespace dw::cli {

namespace {

std::atomic_bool g_stopSimulation { false };
static_assert(std::atomic_bool::is_always_lock_free, "the signal handler needs a lock-free flag");

void stopSimulation(int)
{
    g_stopSimulation.store(true);
}

int createDemo(CliContext &context, Arguments &arguments)
{
    QString scaleText = QStringLiteral("1");
    QString error;
    if (!arguments.takeValue(QStringLiteral("--scale"), &scaleText, &error))
        return context.usageError(error);
    bool ok = false;
    const int scale = scaleText.toInt(&ok);
    if (!ok || scale < 1 || scale > 1000)
        return context.usageError(
            Tr::tr("--scale must be a whole number from 1 to 1000, not \"%1\".").arg(scaleText));
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));
    if (!DemoWorkspace::create(context.workspace, scale, &error))
        return context.failure(error);
    context.out << Tr::tr("Created the demo workspace at %1 (scale %2).")
                       .arg(context.workspace.directory())
                       .arg(scale)
                << Qt::endl;
    return ExitOk;
}

// Keeps both environments changing until stopped (SIGINT, SIGTERM) or for --seconds, then says
// how many changes of each kind it made. Stopping is the normal end: exit code 0.
int simulate(CliContext &context, Arguments &arguments)
{
    QString secondsText = QStringLiteral("0");
    QString seedText = QStringLiteral("1");
    QString error;
    if (!arguments.takeValue(QStringLiteral("--seconds"), &secondsText, &error)
        || !arguments.takeValue(QStringLiteral("--seed"), &seedText, &error))
        return context.usageError(error);
    bool ok = false;
    const int seconds = secondsText.toInt(&ok);
    if (!ok || seconds < 0)
        return context.usageError(
            Tr::tr("--seconds must be a whole number of seconds (0: until stopped), not \"%1\".")
                .arg(secondsText));
    const quint32 seed = seedText.toUInt(&ok);
    if (!ok)
        return context.usageError(
            Tr::tr("--seed must be a whole number, not \"%1\".").arg(seedText));
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));

    struct sigaction action = {};
    action.sa_handler = stopSimulation;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    ActivitySimulator simulator(context.workspace, seed);
    simulator.setCancelFlag(&g_stopSimulation);
    if (seconds == 0)
        context.out << Tr::tr("Simulating activity in %1; stop with Ctrl+C.")
                           .arg(context.workspace.directory())
                    << Qt::endl;
    QElapsedTimer clock;
    clock.start();
    if (!simulator.run(seconds, &error))
        return context.failure(error);
    const SimulatedActivity &a = simulator.activity();
    context.out << Tr::tr("Simulated %1 s of activity: %n change(s).", nullptr, int(a.changes()))
                       .arg(double(clock.elapsed()) / 1000.0, 0, 'f', 1)
                << Qt::endl;
    context.out << Tr::tr("  time approved: %1 (%2 actuals)").arg(a.timeApproved).arg(a.timeActuals)
                << Qt::endl;
    context.out << Tr::tr("  proforma invoices confirmed: %1 (%2 actuals)")
                       .arg(a.proformasConfirmed)
                       .arg(a.billedActuals)
                << Qt::endl;
    context.out << Tr::tr("  expense reports posted: %1 (%2 lines)")
                       .arg(a.expenseReports)
                       .arg(a.expenseLines)
                << Qt::endl;
    context.out << Tr::tr("  vendor invoices posted: %1 (%2 lines)")
                       .arg(a.vendorInvoices)
                       .arg(a.vendorInvoiceLines)
                << Qt::endl;
    context.out << Tr::tr("  integration journals posted: %1 (%2 actuals written back)")
                       .arg(a.journalsPosted)
                       .arg(a.actualsPosted)
                << Qt::endl;
    return ExitOk;
}

} // namespace

int demoCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    const QString action = arguments.takePositional();
    if (action == QLatin1String("create"))
        return createDemo(context, arguments);
    if (action == QLatin1String("simulate"))
        return simulate(context, arguments);
    if (action.isEmpty())
        return context.usageError(Tr::tr("\"demo\" needs an action: create or simulate."));
    return context.usageError(Tr::tr("Unknown demo action \"%1\".").arg(action));
}

} // namespace dw::cli
