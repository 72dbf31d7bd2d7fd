#include "sqlscript.h"

#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

bool runSqlScript(QSqlDatabase db, const QString &script, const QString &scriptName, QString *error)
{
    if (!db.transaction()) {
        *error = Tr::tr("Cannot run %1: %2").arg(scriptName, db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    QString statement;
    int statementLine = 0;
    const QStringList lines = script.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("--")))
            continue;
        if (statement.isEmpty())
            statementLine = i + 1;
        statement += line + u'\n';
        if (!line.endsWith(u';'))
            continue;
        if (!query.exec(statement)) {
            *error = Tr::tr("%1, statement at line %2: %3")
                         .arg(scriptName)
                         .arg(statementLine)
                         .arg(query.lastError().text());
            query.finish();
            db.rollback();
            return false;
        }
        statement.clear();
    }
    query.finish();
    if (!db.commit()) {
        *error = Tr::tr("Cannot run %1: %2").arg(scriptName, db.lastError().text());
        return false;
    }
    return true;
}

} // namespace dw
