#pragma once

#include "dbconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>

// Where the tests' workspaces keep their state store. SQLite by default; with
// DW_TEST_STATE_STORE=postgresql (CTest registers the engine suites a second time so), each
// workspace gets a fresh database on a throwaway PostgreSQL server of the test process's own,
// named by the workspace's workspace.json. The tests themselves do not change: they prepare
// each workspace folder first and read the store through StoreDb.
namespace TestStateStore {

bool usesServer();
// Call before anything creates the workspace in `directory`. Under CI=true a server that does
// not start fails the test instead of skipping it.
bool prepare(const QString &directory, QString *error);

} // namespace TestStateStore

// The state store of the workspace in `directory`, opened independently of the engine's own
// connections, for checks written in SQL both stores understand.
class StoreDb
{
public:
    explicit StoreDb(const QString &directory);
    QSqlDatabase db() const { return m_connection.database(); }

    // The first column of the first row, or an invalid QVariant with the error in lastError.
    QVariant value(const QString &sql);
    // -1 when the query fails, so a broken query can never read as 0.
    qint64 number(const QString &sql);
    bool exec(const QString &sql);
    // Every row, its columns joined by '|' (NULL as "NULL"), in the query's order.
    QStringList rows(const QString &sql);

    QString lastError;

private:
    dw::DbConnection m_connection;
};
