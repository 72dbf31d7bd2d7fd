// "maps export FILE" and "maps import FILE": the dwadmin-maps/1 interchange format.
#include "mapsactions.h"
#include "mapstore.h"
#include "mapvalidator.h"
#include "tablemapjson.h"
#include "tr.h"

#include <QFile>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>

namespace dw::cli {

namespace {

// The single FILE argument of export and import; "-" stands for standard output or input.
bool takeFileArgument(
    CliContext &context, Arguments &arguments, const QString &action, QString *file, int *exit)
{
    *file = arguments.takePositional();
    if (file->isEmpty()) {
        //: %1 is "export" or "import"
        *exit = context.usageError(
            Tr::tr("\"maps %1\" needs a file name (\"-\" for the standard streams).").arg(action));
        return false;
    }
    if (!arguments.remaining().isEmpty()) {
        *exit = context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));
        return false;
    }
    return true;
}

bool readInput(const QString &file, QByteArray *data, QString *error)
{
    const bool standardInput = file == QLatin1String("-");
    QFile input(standardInput ? QString() : file);
    const bool opened
        = standardInput ? input.open(stdin, QIODevice::ReadOnly) : input.open(QIODevice::ReadOnly);
    if (!opened) {
        *error = Tr::tr("Cannot read %1: %2").arg(file, input.errorString());
        return false;
    }
    *data = input.readAll();
    if (input.error() != QFileDevice::NoError) {
        *error = Tr::tr("Cannot read %1: %2").arg(file, input.errorString());
        return false;
    }
    return true;
}

// The workspace's maps as they will be after the import: imported maps replace those of the
// same name, new ones follow.
QList<TableMap> mergedMaps(const QList<TableMap> &existing, const QList<TableMap> &imported)
{
    QList<TableMap> merged = existing;
    for (const TableMap &map : imported) {
        auto it = std::find_if(
            merged.begin(), merged.end(), [&](const TableMap &m) { return m.name == map.name; });
        if (it != merged.end())
            *it = map;
        else
            merged.append(map);
    }
    return merged;
}

} // namespace

int exportMaps(CliContext &context, Arguments &arguments)
{
    QString file;
    int exit = ExitOk;
    if (!takeFileArgument(context, arguments, QStringLiteral("export"), &file, &exit))
        return exit;
    StateStore store;
    if (!context.openStore(store))
        return ExitUsage;
    QList<TableMap> maps;
    QString error;
    if (!MapStore(store.database()).loadAll(&maps, &error))
        return context.failure(error);
    const QByteArray json = TableMapJson::write(maps);
    if (file == QLatin1String("-")) {
        context.out << QString::fromUtf8(json) << Qt::flush;
        return ExitOk;
    }
    // QSaveFile replaces the file only once everything is written: a failed export never
    // leaves a truncated file where a good one was.
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(json) != json.size() || !output.commit())
        return context.failure(Tr::tr("Cannot write %1: %2").arg(file, output.errorString()));
    context.out << Tr::tr("Exported %n map(s) to %1.", nullptr, int(maps.size())).arg(file)
                << Qt::endl;
    return ExitOk;
}

int importMaps(CliContext &context, Arguments &arguments)
{
    QString file;
    int exit = ExitOk;
    if (!takeFileArgument(context, arguments, QStringLiteral("import"), &file, &exit))
        return exit;
    QByteArray json;
    QString error;
    if (!readInput(file, &json, &error))
        return context.failure(error);
    QList<TableMap> imported;
    if (!TableMapJson::read(json, &imported, &error))
        return context.failure(
            Tr::tr("Cannot import %1: %2\nNothing was imported.").arg(file, error));
    if (imported.isEmpty()) {
        context.out << Tr::tr("%1 holds no maps; nothing was imported.").arg(file) << Qt::endl;
        return ExitOk;
    }

    StateStore store;
    if (!context.openStore(store))
        return ExitUsage;
    MapStore maps(store.database());
    QList<TableMap> existing;
    if (!maps.loadAll(&existing, &error))
        return context.failure(error);
    const QList<ValidationIssue> issues
        = MapValidator::validateDependencies(mergedMaps(existing, imported));
    if (!issues.isEmpty()) {
        for (const ValidationIssue &issue : issues)
            context.err << Tr::tr("%1: %2").arg(issue.code, issue.message) << Qt::endl;
        return context.failure(
            Tr::tr("Cannot import %1: the maps' dependencies would not allow a run order.\n"
                   "Nothing was imported.")
                .arg(file));
    }
    QList<MapStore::SaveOutcome> outcomes;
    if (!maps.saveAll(imported, &outcomes, &error))
        return context.failure(error);

    for (qsizetype i = 0; i < imported.size(); ++i) {
        const QString &name = imported.at(i).name;
        TableMap saved;
        if (outcomes.at(i) != MapStore::SaveOutcome::Unchanged && !maps.load(name, &saved, &error))
            return context.failure(error);
        switch (outcomes.at(i)) {
        case MapStore::SaveOutcome::Created:
            context.out << Tr::tr("%1: created, version %2").arg(name, saved.version) << Qt::endl;
            break;
        case MapStore::SaveOutcome::NewVersion:
            context.out << Tr::tr("%1: new version %2").arg(name, saved.version) << Qt::endl;
            break;
        case MapStore::SaveOutcome::Unchanged:
            context.out << Tr::tr("%1: unchanged").arg(name) << Qt::endl;
            break;
        }
    }
    return ExitOk;
}

} // namespace dw::cli
