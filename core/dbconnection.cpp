#include "dbconnection.h"

#include "logging.h"
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
} // namespace

DbConnection::~DbConnection()
{
    close();
}

bool DbConnection::open(const ConnectionSpec &spec, QString *error)
{
    close();
    m_spec = spec;
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
        m_db.setPassword(spec.password);
    }
    if (!m_db.open()) {
        *error = Tr::tr("Cannot open database %1: %2").arg(spec.database, m_db.lastError().text());
        close();
        return false;
    }
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
