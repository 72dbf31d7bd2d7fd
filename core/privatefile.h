#pragma once

#include <QString>

namespace dw {

// Workspace files hold business data and connection details: they are created readable by
// the owning user only. Existing files keep their permissions.
bool ensurePrivateDirectory(const QString &path, QString *error);
bool ensurePrivateFile(const QString &path, QString *error);

} // namespace dw
