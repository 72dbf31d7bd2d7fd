#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// A small workspace for one hostile case: the SQLite environments of tests/hostile/fixture
// (dataverse.sql, finance.sql, in WAL mode like the demo's), a state store with the fixture's
// maps, synced once so that every case starts from records that are already Synced.
// Everything here reads the files directly, independently of the engine's own bookkeeping.
class HostileWorkspace
{
public:
    explicit HostileWorkspace(const QString &directory);

    // Builds and primes the workspace; false with a message when the fixture itself is broken.
    bool create(QString *error);

    QString directory() const { return m_directory; }
    QString path(const QString &name) const { return m_directory + u'/' + name; }
    // "dataverse" or "finance" → the environment file.
    QString environmentFile(const QString &side) const
    {
        return path(side + QStringLiteral(".db"));
    }

    // Runs a script of statements on one side (see dw::runSqlScript).
    bool runSql(const QString &side, const QString &script, QString *error) const;

    // The maps' active versions as dwadmin-maps/1 JSON, straight from the state store.
    QByteArray exportedMaps(QString *error) const;
    // "map\tkey" → status number (0 Synced, 1 Failed, …) of every record state.
    bool recordStatuses(QHash<QString, int> *statuses, QString *error) const;
    // The failed records, "map\tkey" → {"class": …, "message": …}.
    bool failedRecords(QHash<QString, QJsonObject> *failed, QString *error) const;
    // The stored status of a map ("error", "notRunning", …) and why.
    bool mapStatus(const QString &map, QString *status, QString *reason, QString *error) const;

    // Rows of the map's Dataverse query missing from its Finance query and the other way
    // round, per the fixture's compare.json plus `extra` comparisons; a description of each
    // difference goes to *differences. False only when a query fails.
    // `only`: just these maps (all when empty).
    bool compare(const QJsonArray &extra, const QStringList &only, QStringList *differences,
        QString *error) const;

    // Copies an environment's current content (WAL included) to a file, and back.
    bool backup(const QString &side, const QString &file, QString *error) const;
    bool restore(const QString &side, const QString &file, QString *error) const;

private:
    QString m_directory;
};
