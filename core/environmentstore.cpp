#include "environmentstore.h"

#include "sqlvalue.h"
#include "tr.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace dw {

bool EnvironmentStore::save(Side side, const ConnectionSpec &spec, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO environments (side, driver, database_name, host, port, user_name)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (side) DO UPDATE SET driver = excluded.driver,"
        " database_name = excluded.database_name, host = excluded.host,"
        " port = excluded.port, user_name = excluded.user_name"));
    query.addBindValue(sideId(side));
    query.addBindValue(spec.driver);
    query.addBindValue(spec.database);
    query.addBindValue(nonNullText(spec.host));
    query.addBindValue(spec.port);
    query.addBindValue(nonNullText(spec.user));
    if (!query.exec()) {
        *error = Tr::tr("Cannot save the %1 environment: %2")
                     .arg(sideName(side), query.lastError().text());
        return false;
    }
    return true;
}

bool EnvironmentStore::load(Side side, ConnectionSpec *spec, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT driver, database_name, host, port, user_name"
                                 " FROM environments WHERE side = ?"));
    query.addBindValue(sideId(side));
    if (!query.exec()) {
        *error = Tr::tr("Cannot read the %1 environment: %2")
                     .arg(sideName(side), query.lastError().text());
        return false;
    }
    if (!query.next()) {
        *error = Tr::tr("The workspace has no %1 environment.").arg(sideName(side));
        return false;
    }
    spec->driver = query.value(0).toString();
    spec->database = query.value(1).toString();
    spec->host = query.value(2).toString();
    spec->port = query.value(3).toInt();
    spec->user = query.value(4).toString();
    spec->password.clear();
    return true;
}

bool EnvironmentStore::checkFileExists(Side side, const ConnectionSpec &spec, QString *error)
{
    if (!spec.isSqlite() || QFileInfo(spec.database).isFile())
        return true;
    *error = Tr::tr("The %1 environment's database %2 does not exist.")
                 .arg(sideName(side), spec.database);
    return false;
}

bool EnvironmentStore::open(
    Side side, const ConnectionSpec &spec, DbConnection *connection, QString *error)
{
    if (!checkFileExists(side, spec, error))
        return false;
    QString reason;
    if (connection->open(spec, &reason))
        return true;
    //: %1 Dataverse or Finance, %2 why
    *error = Tr::tr("Cannot connect to the %1 environment: %2").arg(sideName(side), reason);
    return false;
}

} // namespace dw
