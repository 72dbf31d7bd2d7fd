// "maps validate": every map (or the named ones) against both environments' real schemas.
#include "environmentstore.h"
#include "mapsactions.h"
#include "mapstore.h"
#include "mapvalidator.h"
#include "schemainspector.h"
#include "texttable.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dw::cli {

namespace {

// An issue and the map it belongs to; empty for issues of the dependency graph as a whole.
struct Finding
{
    QString map;
    ValidationIssue issue;
};

// Codes whose issue concerns no particular side (see the table in mapvalidator.h).
bool hasSide(const QString &code)
{
    static const QStringList sideless { QStringLiteral("DW101"), QStringLiteral("DW103"),
        QStringLiteral("DW105"), QStringLiteral("DW501"), QStringLiteral("DW502") };
    return !sideless.contains(code);
}

bool introspect(const Workspace &workspace, const QSqlDatabase &store, Side side,
    SchemaSnapshot *schemas, QString *error)
{
    ConnectionSpec spec;
    if (!EnvironmentStore(store).load(side, &spec, error))
        return false;
    spec = workspace.resolve(spec);
    DbConnection connection;
    QList<TableDefinition> tables;
    if (!EnvironmentStore::open(side, spec, &connection, error)
        || !SchemaInspector(connection.database()).allTables(&tables, error))
        return false;
    for (const TableDefinition &table : std::as_const(tables))
        schemas->add(side, table);
    return true;
}

QJsonValue indexJson(int index)
{
    return index >= 0 ? QJsonValue(index) : QJsonValue(QJsonValue::Null);
}

void printJson(CliContext &context, const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        array.append(QJsonObject {
            { QStringLiteral("map"), f.map.isEmpty() ? QJsonValue() : QJsonValue(f.map) },
            { QStringLiteral("code"), f.issue.code },
            { QStringLiteral("message"), f.issue.message },
            { QStringLiteral("field"), indexJson(f.issue.fieldIndex) },
            { QStringLiteral("key"), indexJson(f.issue.keyIndex) },
            { QStringLiteral("side"),
                hasSide(f.issue.code) ? QJsonValue(sideId(f.issue.side)) : QJsonValue() },
        });
    }
    context.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

int validateMaps(CliContext &context, Arguments &arguments)
{
    QStringList names;
    QString format = QStringLiteral("table");
    QString error;
    if (!arguments.takeValues(QStringLiteral("--map"), &names, &error)
        || !arguments.takeValue(QStringLiteral("--format"), &format, &error))
        return context.usageError(error);
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return context.usageError(Tr::tr("Unknown format \"%1\"; use table or json.").arg(format));
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));

    StateStore store;
    if (!context.openStore(store))
        return ExitUsage;
    QList<TableMap> all;
    if (!MapStore(store.database()).loadAll(&all, &error))
        return context.failure(error);
    QStringList allNames;
    for (const TableMap &map : std::as_const(all))
        allNames.append(map.name);
    for (const QString &name : std::as_const(names)) {
        if (!allNames.contains(name))
            return context.failure(Tr::tr("There is no map named \"%1\".").arg(name));
    }
    SchemaSnapshot schemas;
    if (!introspect(context.workspace, store.database(), Side::Dataverse, &schemas, &error)
        || !introspect(context.workspace, store.database(), Side::Finance, &schemas, &error))
        return context.failure(error);

    QList<Finding> findings;
    int checked = 0;
    for (const TableMap &map : std::as_const(all)) {
        if (!names.isEmpty() && !names.contains(map.name))
            continue;
        ++checked;
        for (const ValidationIssue &issue : MapValidator::validate(map, schemas, allNames))
            findings.append({ map.name, issue });
    }
    // validate() already reported each map's missing dependencies (DW501); the graph adds
    // the cycles, which belong to no single map.
    for (const ValidationIssue &issue : MapValidator::validateDependencies(all)) {
        if (issue.code != QLatin1String("DW501"))
            findings.append({ QString(), issue });
    }

    if (format == QLatin1String("json")) {
        printJson(context, findings);
    } else if (findings.isEmpty()) {
        context.out << Tr::tr("All %n map(s) are valid.", nullptr, checked) << Qt::endl;
    } else {
        TextTable table({ Tr::tr("CODE"), Tr::tr("MAP"), Tr::tr("MESSAGE") });
        for (const Finding &f : std::as_const(findings))
            table.addRow(
                { f.issue.code, f.map.isEmpty() ? QStringLiteral("–") : f.map, f.issue.message });
        table.print(context.out);
        context.out << Tr::tr("%n problem(s) found.", nullptr, int(findings.size())) << Qt::endl;
    }
    return findings.isEmpty() ? ExitOk : ExitUsage;
}

} // namespace dw::cli
