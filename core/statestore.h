#pragma once

#include "dbconnection.h"
#include "migration.h"
#include "workspace.h"

namespace dw {

// The workspace's state store: maps, runs, record states, activity log. Opening it brings the
// schema up to date (each pending migration once, in its own transaction) and refuses a store
// written by a newer dwadmin. Threading: one StateStore per thread; the worker opens its own.
class StateStore final
{
    Q_DISABLE_COPY_MOVE(StateStore)
public:
    explicit StateStore(QList<Migration> migrations = stateStoreMigrations());

    // The workspace's store, wherever it lives (Workspace::stateStore).
    bool open(const Workspace &workspace, QString *error);
    // SQLite file shortcut; the file is created private to the user if it does not exist.
    bool open(const QString &sqliteFile, QString *error);
    bool open(const ConnectionSpec &spec, QString *error);
    void close() { m_connection.close(); }

    QSqlDatabase database() const { return m_connection.database(); }
    bool isOpen() const { return m_connection.isOpen(); }
    int schemaVersion() const { return m_schemaVersion; }
    int latestVersion() const;

private:
    bool migrate(const ConnectionSpec &spec, QString *error);
    bool readVersion(int *version, QString *error);
    bool apply(const Migration &migration, QString *error);

    QList<Migration> m_migrations;
    DbConnection m_connection;
    int m_schemaVersion = 0;
};

} // namespace dw
