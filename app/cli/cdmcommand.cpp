#include "arguments.h"
#include "cdmimporter.h"
#include "commands.h"
#include "schemajson.h"
#include "texttable.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dw::cli {

namespace {

// The table an entity document gives, as scripts/generate-schemas reads it: the entity, the
// table, its primary key and every column with type, nullability, lookup and default.
void printJson(CliContext &context, const CdmImport &imported)
{
    QJsonObject object = SchemaJson::tableToJson(imported.table);
    object.insert(QStringLiteral("entity"), imported.entityName);
    QJsonArray warnings;
    for (const QString &warning : imported.warnings)
        warnings.append(warning);
    object.insert(QStringLiteral("warnings"), warnings);
    context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void printText(CliContext &context, const CdmImport &imported)
{
    const TableDefinition &table = imported.table;
    context.out << Tr::tr("Entity %1 → table %2: %n column(s)", nullptr, int(table.columns.size()))
                       .arg(imported.entityName, table.name)
                << Qt::endl;
    if (!table.primaryKey.isEmpty())
        context.out << Tr::tr("Primary key: %1").arg(table.primaryKey.join(QLatin1String(", ")))
                    << Qt::endl;
    context.out << Qt::endl;
    TextTable columns(
        { Tr::tr("COLUMN"), Tr::tr("TYPE"), Tr::tr("NULLABLE"), Tr::tr("LOOKUP"), Tr::tr("SIZE") });
    for (const ColumnDefinition &column : table.columns) {
        columns.addRow({ column.name, columnTypeId(column.type),
            column.nullable ? Tr::tr("yes") : Tr::tr("no"), column.lookupTable,
            column.maxLength > 0 ? QString::number(column.maxLength) : QString() });
    }
    columns.print(context.out);
    if (imported.warnings.isEmpty())
        return;
    context.out << Qt::endl
                << Tr::tr("%n warning(s):", nullptr, int(imported.warnings.size())) << Qt::endl;
    for (const QString &warning : imported.warnings)
        context.out << QStringLiteral("  ") << warning << Qt::endl;
}

int showEntity(CliContext &context, Arguments &arguments)
{
    QString format = QStringLiteral("table");
    QString error;
    if (!arguments.takeValue(QStringLiteral("--format"), &format, &error))
        return context.usageError(error);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return context.usageError(Tr::tr("Unknown format \"%1\"; use table or json.").arg(format));
    const QString file = arguments.takePositional();
    if (file.isEmpty())
        return context.usageError(Tr::tr("\"cdm show\" needs the entity file to read."));
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));

    CdmImport imported;
    if (!CdmImporter::importFile(file, &imported, &error))
        return context.failure(error);
    if (format == QLatin1String("json"))
        printJson(context, imported);
    else
        printText(context, imported);
    return ExitOk;
}

} // namespace

int cdmCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    const QString action = arguments.takePositional();
    if (action == QLatin1String("show"))
        return showEntity(context, arguments);
    if (action.isEmpty())
        return context.usageError(Tr::tr("\"cdm\" needs an action: show."));
    return context.usageError(Tr::tr("Unknown cdm action \"%1\".").arg(action));
}

} // namespace dw::cli
