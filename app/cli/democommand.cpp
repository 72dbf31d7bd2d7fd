#include "arguments.h"
#include "commands.h"
#include "demoworkspace.h"
#include "tr.h"

namespace dw::cli {

namespace {

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

} // namespace

int demoCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    const QString action = arguments.takePositional();
    if (action == QLatin1String("create"))
        return createDemo(context, arguments);
    if (action.isEmpty())
        return context.usageError(Tr::tr("\"demo\" needs an action: create."));
    return context.usageError(Tr::tr("Unknown demo action \"%1\".").arg(action));
}

} // namespace dw::cli
