#pragma once

#include "connectionspec.h"
#include "tablemap.h"

namespace dw {

// A workspace folder: the state store `workspace.db` plus, for SQLite environments, their
// database files. Environment paths are stored relative to the folder so it can be moved.
class Workspace
{
public:
    explicit Workspace(const QString &directory);

    // Under QStandardPaths::AppDataLocation; QCoreApplication's names must be set first.
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString stateStorePath() const { return filePath(QStringLiteral("workspace.db")); }
    QString filePath(const QString &name) const;
    bool exists() const;

    // Makes a relative SQLite path absolute within the workspace.
    ConnectionSpec resolve(ConnectionSpec spec) const;
    // The inverse: a file inside the workspace is stored by its relative name.
    ConnectionSpec relativize(ConnectionSpec spec) const;

private:
    QString m_directory;
};

} // namespace dw
