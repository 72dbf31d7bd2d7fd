#include "dbconnection.h"

#include "logging.h"
#include "pgauthprobe.h"
#include "sessionpasswords.h"
#include "tr.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

namespace dw {

namespace {
QString nextConnectionName()
{
    static std::atomic_int counter { 0 };
    return QStringLiteral("dw-%1").arg(counter.fetch_add(1) + 1);
}

// A failed PostgreSQL connection explained when passwords are the cause, with where the
// password comes from in this process; empty when they are not. `effective` is the spec that
// was tried, password included. A refused password is forgotten by the session, so the GUI
// asks again rather than retry it.
QString passwordProblem(const ConnectionSpec &effective, const QString &driverText)
{
    const QString who = SessionPasswords::identity(effective);
    switch (probePgAuth(effective)) {
    case PgAuthStatus::PasswordMissing:
        if (SessionPasswords::isInteractive())
            return Tr::tr("The PostgreSQL server of %1 asks for a password and none is known; "
                          "dwadmin asks for it before the next run.")
                .arg(who);
        return Tr::tr("The PostgreSQL server of %1 asks for a password and none was given. Set "
                      "it in the PGPASSWORD environment variable or add a line for this "
                      "connection to ~/.pgpass.")
            .arg(who);
    case PgAuthStatus::PasswordRefused:
        SessionPasswords::forgetRefused(effective, effective.password);
        if (SessionPasswords::isInteractive())
            return Tr::tr("The PostgreSQL server of %1 refused the password (%2); dwadmin asks "
                          "for it again before the next run.")
                .arg(who, driverText);
        return Tr::tr("The PostgreSQL server of %1 refused the password (%2). Give the right one "
                      "in the PGPASSWORD environment variable or in ~/.pgpass.")
            .arg(who, driverText);
    case PgAuthStatus::Connected:
    case PgAuthStatus::Failed:
        break;
    }
    return {};
}
} // namespace

DbConnection::~DbConnection()
{
    close();
}

bool DbConnection::open(const ConnectionSpec &spec, QString *error)
{
    close();
    m_spec = spec;
    ConnectionSpec effective = spec;
    if (!QSqlDatabase::isDriverAvailable(spec.driver)) {
        *error = Tr::tr("The database driver %1 is not available in this installation.")
                     .arg(spec.driver);
        return false;
    }
    m_name = nextConnectionName();
    m_db = QSqlDatabase::addDatabase(spec.driver, m_name);
    m_db.setDatabaseName(spec.database);
    if (spec.isSqlite()) {
        // Waiting briefly for a lock is friendlier than failing at once when a second
        // process (a worker, the CLI) writes at the same moment.
        m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        m_db.setHostName(spec.host);
        if (spec.port > 0)
            m_db.setPort(spec.port);
        m_db.setUserName(spec.user);
        // An empty password leaves QPSQL's connection string without one, and libpq then
        // looks in PGPASSWORD and ~/.pgpass itself.
        effective.password = spec.password.isEmpty() ? SessionPasswords::find(spec) : spec.password;
        m_db.setPassword(effective.password);
    }
    if (!m_db.open()) {
        const QString driverText = m_db.lastError().text();
        close();
        const QString problem = effective.driver == QLatin1String("QPSQL")
            ? passwordProblem(effective, driverText)
            : QString();
        *error = problem.isEmpty()
            ? Tr::tr("Cannot open database %1: %2").arg(spec.database, driverText)
            : problem;
        return false;
    }
    // The open connection no longer needs it; one copy fewer in memory.
    m_db.setPassword(QString());
    if (spec.isSqlite()) {
        QSqlQuery pragma(m_db);
        // Check the file is really a SQLite database before anything writes to it.
        if (!pragma.exec(QStringLiteral("PRAGMA schema_version"))) {
            // SQLITE_BUSY: another process holds an exclusive lock for longer than the busy
            // timeout. That passes; say so rather than leave "database is locked" to guesswork.
            if (pragma.lastError().nativeErrorCode() == QLatin1String("5"))
                *error = Tr::tr("Cannot open database %1: another process has held it locked for "
                                "more than 5 s; run again when that process is done.")
                             .arg(spec.database);
            else
                *error = Tr::tr("Cannot open database %1: %2")
                             .arg(spec.database, pragma.lastError().text());
            pragma = QSqlQuery();
            close();
            return false;
        }
        pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    qCDebug(lcSql) << "opened" << m_name << spec.driver << spec.database;
    return true;
}

void DbConnection::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

} // namespace dw
