#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dw {

// Runs a script of SQL statements separated by ';' at line ends, skipping '--' comment lines,
// in one transaction. The error names the statement's first line in the script.
bool runSqlScript(
    QSqlDatabase db, const QString &script, const QString &scriptName, QString *error);

} // namespace dw
