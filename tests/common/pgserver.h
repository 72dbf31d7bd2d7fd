#pragma once

#include "connectionspec.h"

#include <QString>
#include <QTemporaryDir>

namespace dw {

// A throwaway PostgreSQL server for tests: a fresh cluster in a temporary directory that
// listens only on a unix socket inside that directory (no TCP port is opened), with trust
// authentication for the superuser "postgres" and fsync off. start() creates one database,
// reachable through connectionSpec(); the destructor stops the server and removes everything.
//
// PostgreSQL refuses to run as root; when the test runs as root, initdb and pg_ctl run as the
// system user "postgres" (through runuser) and the directory is handed to that user.
// setPasswordRole() adds a login role that must give its password (scram-sha-256) even over
// the socket, for tests of how passwords are supplied; it owns the test database.
// Not thread-safe; one instance per test process is plenty.
class PgServer final
{
    Q_DISABLE_COPY_MOVE(PgServer)
public:
    PgServer();
    ~PgServer();

    // The directory holding initdb and pg_ctl: $DW_PG_BINDIR, else the newest
    // /usr/lib/postgresql/<version>/bin, else the one on PATH. Empty when none is installed.
    static QString binDir();

    // Before the first start(): also create the role `name` with `password`. The superuser
    // keeps trust authentication, so tests can still set things up without a password.
    void setPasswordRole(const QString &name, const QString &password);

    // The first start creates the cluster and the test database; a start after stop() brings
    // the same cluster back with its data, as an administrator restarting the server would.
    bool start(QString *error);
    // Stops the server the way `pg_ctl stop -m fast` does: clients are disconnected at once.
    void stop();
    bool isRunning() const { return m_running; }

    // QPSQL spec of the test database; host is the socket directory.
    ConnectionSpec connectionSpec() const;
    QString databaseName() const { return QStringLiteral("dwtest"); }
    // The test database as the password role, without the password: the caller supplies it.
    ConnectionSpec passwordRoleSpec() const;

private:
    bool run(const QString &tool, const QStringList &arguments, QString *error) const;
    bool writeSettings(QString *error) const;
    bool startCluster(QString *error);
    bool createDatabase(QString *error) const;
    bool requirePasswordForRole(QString *error) const;
    QString logTail() const;

    QTemporaryDir m_dir;
    QString m_binDir;
    bool m_asPostgresUser = false;
    bool m_running = false;
    bool m_initialized = false;
    QString m_roleName;
    QString m_rolePassword;
};

} // namespace dw
