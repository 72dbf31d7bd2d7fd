#include "arguments.h"
#include "cliformat.h"
#include "commands.h"
#include "mapsactions.h"
#include "mapstore.h"
#include "texttable.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dw::cli {

namespace {

int listMaps(CliContext &context, Arguments &arguments)
{
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
    QList<MapSummary> summaries;
    if (!MapStore(store.database()).summaries(&summaries, &error))
        return context.failure(error);

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const MapSummary &s : std::as_const(summaries)) {
            array.append(QJsonObject {
                { QStringLiteral("name"), s.name },
                { QStringLiteral("component"), componentId(s.component) },
                { QStringLiteral("version"), s.version },
                { QStringLiteral("direction"), mapDirectionSymbol(s.direction) },
                { QStringLiteral("dataverseTable"), s.dataverseTable },
                { QStringLiteral("financeTable"), s.financeTable },
                { QStringLiteral("status"), mapStatusId(s.status) },
                { QStringLiteral("failed"), s.failed },
                { QStringLiteral("lastRun"), CliFormat::timeJson(s.lastRunAt) },
            });
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({ Tr::tr("NAME"), Tr::tr("COMPONENT"), Tr::tr("VERSION"), Tr::tr("DIR"),
        Tr::tr("STATUS"), Tr::tr("FAILED"), Tr::tr("LAST RUN") });
    for (const MapSummary &s : std::as_const(summaries)) {
        table.addRow({ s.name, componentId(s.component), s.version, mapDirectionSymbol(s.direction),
            mapStatusName(s.status), QString::number(s.failed),
            s.lastRunAt > 0 ? CliFormat::timeText(s.lastRunAt) : Tr::tr("never") });
    }
    table.print(context.out);
    return ExitOk;
}

} // namespace

int mapsCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    const QString action = arguments.takePositional();
    if (action == QLatin1String("list"))
        return listMaps(context, arguments);
    if (action == QLatin1String("export"))
        return exportMaps(context, arguments);
    if (action == QLatin1String("import"))
        return importMaps(context, arguments);
    if (action == QLatin1String("validate"))
        return validateMaps(context, arguments);
    if (action.isEmpty())
        return context.usageError(
            Tr::tr("\"maps\" needs an action: list, export, import or validate."));
    return context.usageError(Tr::tr("Unknown maps action \"%1\".").arg(action));
}

} // namespace dw::cli
