#pragma once

#include <QString>

namespace dw {

// Where a database lives: the driver and how to reach it. For QSQLITE only `database` (a file
// path) matters. A password is never part of a spec that is stored; it is supplied per session.
struct ConnectionSpec
{
    QString driver = QStringLiteral("QSQLITE");
    QString database;
    QString host;
    int port = 0;
    QString user;
    QString password;

    bool isSqlite() const { return driver == QLatin1String("QSQLITE"); }
    bool operator==(const ConnectionSpec &) const = default;

    static ConnectionSpec sqliteFile(const QString &path)
    {
        ConnectionSpec spec;
        spec.database = path;
        return spec;
    }
};

} // namespace dw
