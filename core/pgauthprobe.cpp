#include "pgauthprobe.h"

#include <libpq-fe.h>
#include <memory>
#include <vector>

namespace dw {

PgAuthStatus probePgAuth(const ConnectionSpec &spec)
{
    const QByteArray host = spec.host.toUtf8();
    const QByteArray port = spec.port > 0 ? QByteArray::number(spec.port) : QByteArray();
    const QByteArray database = spec.database.toUtf8();
    const QByteArray user = spec.user.toUtf8();
    const QByteArray password = spec.password.toUtf8();
    // Only the parameters given: an absent one leaves libpq its defaults and environment, as
    // QPSQL does.
    std::vector<const char *> keywords;
    std::vector<const char *> values;
    auto add = [&](const char *keyword, const QByteArray &value) {
        if (!value.isEmpty()) {
            keywords.push_back(keyword);
            values.push_back(value.constData());
        }
    };
    add("host", host);
    add("port", port);
    add("dbname", database);
    add("user", user);
    add("password", password);
    keywords.push_back(nullptr);
    values.push_back(nullptr);

    const std::unique_ptr<PGconn, decltype(&PQfinish)> conn(
        PQconnectdbParams(keywords.data(), values.data(), 0), &PQfinish);
    if (!conn)
        return PgAuthStatus::Failed; // out of memory
    if (PQstatus(conn.get()) == CONNECTION_OK)
        return PgAuthStatus::Connected;
    if (PQconnectionNeedsPassword(conn.get()))
        return PgAuthStatus::PasswordMissing;
    // The server asked for a password, one went out and the connection still failed. A
    // failure after authentication (no such database) would land here too, but the server
    // checks the password first and the caller shows the server's own words beside ours.
    if (PQconnectionUsedPassword(conn.get()))
        return PgAuthStatus::PasswordRefused;
    return PgAuthStatus::Failed;
}

} // namespace dw
