#include "statestore.h"

#include "logging.h"
#include "privatefile.h"
#include "sqldialect.h"
#include "tr.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace dw {

StateStore::StateStore(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

int StateStore::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

bool StateStore::open(const Workspace &workspace, QString *error)
{
    ConnectionSpec spec;
    if (!workspace.stateStore(&spec, error))
        return false;
    return spec.isSqlite() ? open(spec.database, error) : open(spec, error);
}

bool StateStore::open(const QString &sqliteFile, QString *error)
{
    if (!ensurePrivateFile(sqliteFile, error))
        return false;
    return open(ConnectionSpec::sqliteFile(sqliteFile), error);
}

bool StateStore::open(const ConnectionSpec &spec, QString *error)
{
    if (!m_connection.open(spec, error))
        return false;
    QSqlQuery session(database());
    if (spec.isSqlite()) {
        // WAL lets the GUI read while a worker writes; NORMAL sync is durable at each commit
        // boundary in WAL mode, which is what the guarantees rely on. SQLite serialises the
        // migrations' write transactions by itself.
        session.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        session.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        const bool migrated = migrate(spec, error);
        session = QSqlQuery();
        if (!migrated)
            close();
        return migrated;
    }
    // "relation … already exists, skipping" notices of CREATE … IF NOT EXISTS are noise on a
    // worker's journal.
    session.exec(QStringLiteral("SET client_min_messages = warning"));
    // The engine's prepared lookups run for the life of a run while record_states grows from
    // nothing to millions of rows: a generic plan fixed while the table was small would stay a
    // sequential scan. Planning each execution keeps to the indexes.
    session.exec(QStringLiteral("SET plan_cache_mode = force_custom_plan"));
    // Several workers may open a new server store at once; one of them brings the schema up
    // to date while the others wait, then find it current.
    constexpr QLatin1String kLockKey("7431020917"); // any constant of dwadmin's own
    if (!session.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kLockKey))) {
        *error = Tr::tr("Cannot open the state store %1: %2")
                     .arg(displayName(spec), session.lastError().text());
        session = QSqlQuery();
        close();
        return false;
    }
    const bool migrated = migrate(spec, error);
    session.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kLockKey));
    session = QSqlQuery();
    if (!migrated)
        close();
    return migrated;
}

bool StateStore::migrate(const ConnectionSpec &spec, QString *error)
{
    int version = 0;
    if (!readVersion(&version, error))
        return false;
    if (version > latestVersion()) {
        *error = Tr::tr("The state store %1 has schema version %2, but this dwadmin knows only up "
                        "to version %3. It was written by a newer dwadmin; upgrade dwadmin to open "
                        "it.")
                     .arg(displayName(spec))
                     .arg(version)
                     .arg(latestVersion());
        return false;
    }
    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version <= version)
            continue;
        if (!apply(migration, error))
            return false;
        version = migration.version;
    }
    m_schemaVersion = version;
    return true;
}

bool StateStore::readVersion(int *version, QString *error)
{
    QSqlQuery query(database());
    if (!query.exec(expandDialect(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                 " version INTEGER PRIMARY KEY,"
                                                 " description TEXT NOT NULL,"
                                                 " applied_at ${BIGINT} NOT NULL)"),
            dialectOf(database())))
        || !query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !query.next()) {
        *error = Tr::tr("Cannot read the schema version of the state store %1: %2")
                     .arg(displayName(m_connection.spec()), query.lastError().text());
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool StateStore::apply(const Migration &migration, QString *error)
{
    QSqlDatabase db = database();
    const SqlDialect dialect = dialectOf(db);
    if (!db.transaction()) {
        *error = Tr::tr("Cannot start migration %1 of the state store: %2")
                     .arg(migration.version)
                     .arg(db.lastError().text());
        return false;
    }
    QSqlQuery query(db);
    auto fail = [&](const QString &cause) {
        *error = Tr::tr("Migration %1 (%2) of the state store %3 failed: %4")
                     .arg(migration.version)
                     .arg(migration.description, displayName(m_connection.spec()), cause);
        query.finish();
        db.rollback();
        return false;
    };
    for (const QString &statement : migration.statements) {
        if (!query.exec(expandDialect(statement, dialect)))
            return fail(query.lastError().text());
    }
    query.prepare(QStringLiteral(
        "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(migration.description);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return fail(query.lastError().text());
    query.finish();
    if (!db.commit())
        return fail(db.lastError().text());
    qCInfo(lcStore) << "applied migration" << migration.version << migration.description;
    return true;
}

} // namespace dw
