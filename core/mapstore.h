#pragma once

#include "mapsummary.h"

#include <QSqlDatabase>

namespace dw {

// Persists table maps with their version history in the state store. Saving a map whose
// definition differs from its active version creates a new version and activates it; saving
// an identical definition changes nothing. Works on a connection owned by the caller's thread.
class MapStore
{
public:
    enum class SaveOutcome { Created, NewVersion, Unchanged };

    explicit MapStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    bool save(const TableMap &map, SaveOutcome *outcome, QString *error);
    // Saves every map in one transaction: all of them or, when one fails, none. *outcomes gets
    // one entry per map, in the order given, and is assigned only on success. A name given
    // twice is refused before anything is written.
    bool saveAll(const QList<TableMap> &maps, QList<SaveOutcome> *outcomes, QString *error);
    bool load(const QString &name, TableMap *map, QString *error) const;
    bool loadAll(QList<TableMap> *maps, QString *error) const;
    bool mapId(const QString &name, qint64 *id, QString *error) const;
    bool summaries(QList<MapSummary> *summaries, QString *error) const;
    bool versions(const QString &name, QList<MapVersionInfo> *versions, QString *error) const;
    // The definition stored as version `versionId` of the map `name` (active or not).
    bool loadVersion(const QString &name, qint64 versionId, TableMap *map, QString *error) const;
    // Makes an existing version of the map the active one, with an activity log entry, in one
    // transaction. Activating the active version changes nothing. A running map keeps the
    // definition it started with until it is started again (the engine reads maps per run).
    bool activateVersion(const QString &name, qint64 versionId, QString *error);

    // A version string one step after `version` (1.0.0.19 → 1.0.0.20), used when a changed
    // map is saved without a new version number.
    static QString nextVersion(const QString &version);

private:
    // save()'s work inside a transaction the caller opened and commits or rolls back.
    bool saveInTransaction(const TableMap &map, SaveOutcome *outcome, QString *error);
    bool insertVersion(qint64 mapId, const TableMap &map, qint64 *versionId, QString *error);

    QSqlDatabase m_db;
};

} // namespace dw
