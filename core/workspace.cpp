#include "workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dw {

Workspace::Workspace(const QString &directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{ }

QString Workspace::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace"));
}

QString Workspace::filePath(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

bool Workspace::exists() const
{
    return QFileInfo::exists(stateStorePath());
}

ConnectionSpec Workspace::resolve(ConnectionSpec spec) const
{
    if (spec.isSqlite() && QFileInfo(spec.database).isRelative())
        spec.database = filePath(spec.database);
    return spec;
}

ConnectionSpec Workspace::relativize(ConnectionSpec spec) const
{
    if (spec.isSqlite()) {
        const QString relative = QDir(m_directory).relativeFilePath(spec.database);
        if (!relative.startsWith(QLatin1String("..")))
            spec.database = relative;
    }
    return spec;
}

} // namespace dw
