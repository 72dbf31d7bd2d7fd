#pragma once

#include "connectionspec.h"
#include "tablemap.h"

namespace dw {

// A workspace folder: its state store plus, for SQLite environments, their database files.
// Environment paths are stored relative to the folder so it can be moved.
//
// The state store is the SQLite file `workspace.db` in the folder unless the folder's
// `workspace.json` names a PostgreSQL database instead, which lets several machines share one
// workspace. That file names the server, never a password (DESIGN §10).
class Workspace
{
public:
    // No workspace: isNull(), for models and views that have none yet.
    Workspace() = default;
    explicit Workspace(const QString &directory);

    bool isNull() const { return m_directory.isEmpty(); }

    // Under QStandardPaths::AppDataLocation; QCoreApplication's names must be set first.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString filePath(const QString &name) const;
    // True once the state store is there: the SQLite file, or a workspace.json naming a server.
    bool exists() const;

    // Where the state store lives; false with a message naming workspace.json when that file
    // cannot be read. Read afresh each time, so a moved store is followed without a restart.
    bool stateStore(ConnectionSpec *spec, QString *error) const;
    QString sqliteStorePath() const { return filePath(QStringLiteral("workspace.db")); }
    QString descriptorPath() const { return filePath(QStringLiteral("workspace.json")); }
    // Writes workspace.json so that the store is `spec` (QPSQL). The password is left out.
    bool setServerStateStore(ConnectionSpec spec, QString *error) const;
    // What a user sees of the store: the file, or user@host:port/database.
    QString stateStoreDisplayName() const;

    // Makes a relative SQLite path absolute within the workspace.
    ConnectionSpec resolve(ConnectionSpec spec) const;
    // The inverse: a file inside the workspace is stored by its relative name.
    ConnectionSpec relativize(ConnectionSpec spec) const;

private:
    QString m_directory;
};

// user@host:port/database for a server, the file path for SQLite: never the password.
QString displayName(const ConnectionSpec &spec);

} // namespace dw
