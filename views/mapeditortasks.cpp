#include "mapeditortasks.h"

#include "environmentprobe.h"
#include "environmentstore.h"
#include "mapcontrol.h"
#include "mapstore.h"

namespace dw {

QFuture<StoreResult<MapEditorContext>> MapEditorTasks::load(
    const Workspace &workspace, const QString &name)
{
    auto work = [workspace, name](StateStore &store, MapEditorContext *context, QString *error) {
        MapStore maps(store.database());
        QList<MapSummary> summaries;
        if (!maps.summaries(&summaries, error))
            return false;
        for (const MapSummary &summary : std::as_const(summaries)) {
            context->mapNames.append(summary.name);
            if (summary.name == name) {
                context->exists = true;
                context->status = summary.status;
            }
        }
        if (!name.isEmpty()) {
            QList<MapVersionInfo> versions;
            if (!maps.load(name, &context->map, error) || !maps.versions(name, &versions, error))
                return false;
            for (const MapVersionInfo &version : std::as_const(versions))
                context->versions.append(version.version);
        }
        for (Side side : { Side::Dataverse, Side::Finance }) {
            ConnectionSpec spec;
            QString *sideError = &context->schemaErrors[int(side)];
            if (EnvironmentStore(store.database()).load(side, &spec, sideError))
                EnvironmentProbe::tables(
                    workspace.resolve(spec), &context->tables[int(side)], sideError);
        }
        return true;
    };
    return runOnStore<MapEditorContext>(workspace, work);
}

QFuture<StoreResult<bool>> MapEditorTasks::stop(const Workspace &workspace, const QString &name)
{
    return QtConcurrent::run([workspace, name] {
        StoreResult<bool> result;
        MapControl control(workspace);
        result.value = control.open(&result.error) && control.stop({ name }, &result.error);
        return result;
    });
}

QFuture<StoreResult<QString>> MapEditorTasks::save(
    const Workspace &workspace, const TableMap &map, bool isNew)
{
    auto work = [map, isNew](StateStore &store, QString *saved, QString *error) {
        MapStore maps(store.database());
        QList<MapSummary> summaries;
        if (!maps.summaries(&summaries, error))
            return false;
        for (const MapSummary &summary : std::as_const(summaries)) {
            if (summary.name != map.name)
                continue;
            if (isNew) {
                *error = tr("A map named \"%1\" was created meanwhile.").arg(map.name);
                return false;
            }
            if (isLive(summary.status)) {
                *error = tr("The map was started while it was edited; stop it and save again.");
                return false;
            }
        }
        MapStore::SaveOutcome outcome;
        if (!maps.save(map, &outcome, error))
            return false;
        *saved = outcome == MapStore::SaveOutcome::Unchanged ? QString() : map.version;
        return true;
    };
    return runOnStore<QString>(workspace, work);
}

} // namespace dw
