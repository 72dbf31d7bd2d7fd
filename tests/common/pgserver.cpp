#include "pgserver.h"

#include "dbconnection.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <algorithm>
#include <pwd.h>
#include <unistd.h>

namespace dw {

namespace {

// The server opens no TCP port, so the number only names the socket file inside the private
// socket directory: any number is free there, and parallel servers cannot collide.
constexpr int kPort = 5432;
constexpr int kToolTimeoutMs = 120 * 1000;
constexpr qsizetype kMaxSocketPath = 107; // sun_path holds 108 bytes with the terminating NUL

QString dataDir(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("data"));
}

QString logFile(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("postgres.log"));
}

// A value for postgresql.conf: single-quoted, with quotes doubled.
QString confString(QString value)
{
    return u'\'' + value.replace(u'\'', QLatin1String("''")) + u'\'';
}

} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    stop();
}

QString PgServer::binDir()
{
    const QString fromEnv = qEnvironmentVariable("DW_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return QFile::exists(fromEnv + QLatin1String("/initdb")) ? fromEnv : QString();

    QDir versions(QStringLiteral("/usr/lib/postgresql"));
    QStringList installed = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(installed.begin(), installed.end(),
        [&numeric](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &version : std::as_const(installed)) {
        const QString dir = versions.filePath(version + QLatin1String("/bin"));
        if (QFile::exists(dir + QLatin1String("/initdb"))
            && QFile::exists(dir + QLatin1String("/pg_ctl")))
            return dir;
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
}

bool PgServer::start(QString *error)
{
    if (m_running)
        return true;
    m_binDir = binDir();
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("PostgreSQL is not installed (no initdb under /usr/lib/postgresql "
                                "or on PATH; set DW_PG_BINDIR to point at one)");
        return false;
    }
    if (!m_dir.isValid()) {
        *error = QStringLiteral("Cannot create a temporary directory: %1").arg(m_dir.errorString());
        return false;
    }
    const QString socketPath = m_dir.filePath(QStringLiteral(".s.PGSQL.%1").arg(kPort));
    if (socketPath.toLocal8Bit().size() > kMaxSocketPath) {
        *error = QStringLiteral("The socket path %1 is too long for a unix socket; set TMPDIR to "
                                "a shorter directory")
                     .arg(socketPath);
        return false;
    }

    // A restart after stop(): the same cluster, its databases and data as they were.
    if (m_initialized)
        return startCluster(error);

    m_asPostgresUser = ::geteuid() == 0;
    if (m_asPostgresUser) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres) {
            *error = QStringLiteral("Running as root, but there is no system user 'postgres' to "
                                    "run the server as");
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), postgres->pw_uid, postgres->pw_gid)
            != 0) {
            *error = QStringLiteral("Cannot hand %1 to the user 'postgres'").arg(m_dir.path());
            return false;
        }
    }

    if (!run(QStringLiteral("initdb"),
            { QStringLiteral("-D"), dataDir(m_dir), QStringLiteral("-U"),
                QStringLiteral("postgres"), QStringLiteral("-A"), QStringLiteral("trust"),
                QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                QStringLiteral("--no-sync") },
            error))
        return false;
    if (!writeSettings(error) || !requirePasswordForRole(error) || !startCluster(error))
        return false;
    m_initialized = true;
    if (!createDatabase(error)) {
        stop();
        return false;
    }
    return true;
}

bool PgServer::startCluster(QString *error)
{
    if (!run(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), dataDir(m_dir), QStringLiteral("-l"), logFile(m_dir),
                QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                QStringLiteral("start") },
            error)) {
        *error += u'\n' + logTail();
        return false;
    }
    m_running = true;
    return true;
}

void PgServer::setPasswordRole(const QString &name, const QString &password)
{
    m_roleName = name;
    m_rolePassword = password;
}

ConnectionSpec PgServer::passwordRoleSpec() const
{
    ConnectionSpec spec = connectionSpec();
    spec.user = m_roleName;
    return spec;
}

bool PgServer::requirePasswordForRole(QString *error) const
{
    if (m_roleName.isEmpty())
        return true;
    // pg_hba.conf is read top down and the first matching line wins: the role's line goes
    // before initdb's "trust for all".
    QFile hba(dataDir(m_dir) + QLatin1String("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadWrite | QIODevice::Text)) {
        *error = QStringLiteral("Cannot open %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    const QByteArray rest = hba.readAll();
    const QByteArray line = "local all " + m_roleName.toUtf8() + " scram-sha-256\n";
    hba.seek(0);
    if (hba.write(line + rest) < 0) {
        *error = QStringLiteral("Cannot write %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    return true;
}

void PgServer::stop()
{
    if (!m_running)
        return;
    QString error;
    if (!run(QStringLiteral("pg_ctl"),
            { QStringLiteral("-D"), dataDir(m_dir), QStringLiteral("-m"), QStringLiteral("fast"),
                QStringLiteral("-w"), QStringLiteral("stop") },
            &error))
        qWarning("PgServer: %s", qPrintable(error));
    m_running = false;
}

ConnectionSpec PgServer::connectionSpec() const
{
    ConnectionSpec spec;
    spec.driver = QStringLiteral("QPSQL");
    spec.database = databaseName();
    spec.host = m_dir.path(); // libpq takes a host starting with '/' as a socket directory
    spec.port = kPort;
    spec.user = QStringLiteral("postgres");
    return spec;
}

bool PgServer::run(const QString &tool, const QStringList &arguments, QString *error) const
{
    const QString toolPath = m_binDir + u'/' + tool;
    QString program = toolPath;
    QStringList allArguments = arguments;
    if (m_asPostgresUser) {
        program = QStandardPaths::findExecutable(QStringLiteral("runuser"));
        if (program.isEmpty()) {
            program = QStandardPaths::findExecutable(QStringLiteral("runuser"),
                { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin") });
        }
        if (program.isEmpty()) {
            *error = QStringLiteral("Running as root, but runuser is not installed");
            return false;
        }
        allArguments = QStringList {
            QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), toolPath
        } + arguments;
    }
    QProcess process;
    // The tools change into their working directory; one the user 'postgres' may enter.
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, allArguments);
    if (!process.waitForFinished(kToolTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not finish: %2").arg(tool, process.errorString());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit code %2): %3")
                     .arg(tool)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PgServer::writeSettings(QString *error) const
{
    QFile conf(dataDir(m_dir) + QLatin1String("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    // Socket only, in the private directory; durability is worthless for a throwaway cluster.
    const QString settings = QStringLiteral("\n# PgServer (dwadmin tests)\n"
                                            "listen_addresses = ''\n"
                                            "unix_socket_directories = %1\n"
                                            "unix_socket_permissions = 0700\n"
                                            "port = %2\n"
                                            "fsync = off\n"
                                            "synchronous_commit = off\n"
                                            "full_page_writes = off\n"
                                            "password_encryption = 'scram-sha-256'\n")
                                 .arg(confString(m_dir.path()))
                                 .arg(kPort);
    if (conf.write(settings.toUtf8()) < 0) {
        *error = QStringLiteral("Cannot write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    return true;
}

bool PgServer::createDatabase(QString *error) const
{
    ConnectionSpec spec = connectionSpec();
    spec.database = QStringLiteral("postgres");
    DbConnection connection;
    if (!connection.open(spec, error))
        return false;
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("CREATE DATABASE %1").arg(databaseName()))) {
        *error
            = QStringLiteral("Cannot create the test database: %1").arg(query.lastError().text());
        return false;
    }
    if (m_roleName.isEmpty())
        return true;
    // The role owns the test database and so its public schema (PostgreSQL 15 and later grant
    // CREATE there to the database owner only).
    QString quotedPassword = m_rolePassword;
    quotedPassword.replace(u'\'', QLatin1String("''"));
    if (!query.exec(QStringLiteral("CREATE ROLE %1 LOGIN CREATEDB PASSWORD '%2'")
                        .arg(m_roleName, quotedPassword))
        || !query.exec(
            QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(databaseName(), m_roleName))) {
        *error = QStringLiteral("Cannot create the role %1: %2")
                     .arg(m_roleName, query.lastError().text());
        return false;
    }
    return true;
}

QString PgServer::logTail() const
{
    QFile log(logFile(m_dir));
    if (!log.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QByteArray text = log.readAll();
    return QString::fromLocal8Bit(text.right(2000));
}

} // namespace dw
