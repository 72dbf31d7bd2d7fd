#include "privatefile.h"

#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace dw {

bool ensurePrivateDirectory(const QString &path, QString *error)
{
    QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return true;
        *error = Tr::tr("%1 exists but is not a folder.").arg(path);
        return false;
    }
    if (!QDir().mkpath(path)) {
        *error = Tr::tr("Cannot create the folder %1.").arg(path);
        return false;
    }
    QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

bool ensurePrivateFile(const QString &path, QString *error)
{
    if (QFileInfo::exists(path))
        return true;
    if (!ensurePrivateDirectory(QFileInfo(path).absolutePath(), error))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace dw
