#pragma once

#include "connectionspec.h"
#include "dbconnection.h"
#include "tablemap.h"

#include <QSqlDatabase>

namespace dw {

// The two environments of a workspace (Dataverse and Finance) in the state store. Passwords are
// never written: a stored spec always has an empty password.
class EnvironmentStore
{
public:
    explicit EnvironmentStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    bool save(Side side, const ConnectionSpec &spec, QString *error);
    // False with a message when the side has no environment yet.
    bool load(Side side, ConnectionSpec *spec, QString *error) const;

    // False with a message naming the side and file when a SQLite environment's file (a
    // resolved spec) is gone. Opening it anyway would create an empty database, so every map
    // would fail on unknown tables and the real problem would go unnamed.
    static bool checkFileExists(Side side, const ConnectionSpec &spec, QString *error);
    // Checks the file (above) and opens a resolved spec; a failure names the side, so a
    // refused password or a server that is down says which environment it concerns.
    static bool open(
        Side side, const ConnectionSpec &spec, DbConnection *connection, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace dw
