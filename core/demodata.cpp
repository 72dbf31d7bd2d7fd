#include "demodata.h"

#include "dbconnection.h"
#include "sqlitestatement.h"
#include "sqlscript.h"
#include "tr.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

static void initDemoResources()
{
    Q_INIT_RESOURCE(dwcore);
}

namespace dw {

namespace {

QByteArray guidText(qint64 kind, qint64 n)
{
    // A multiplicative hash spreads the first group; kind and n keep every id unique. The
    // version nibble (4) and variant bits (10) make it a well-formed random-style GUID.
    const quint64 mixed = (quint64(n) * 2654435761ULL + quint64(kind) * 40503ULL) & 0xffffffffULL;
    char text[40];
    qsnprintf(text, sizeof text, "%08llx-%04llx-4%03llx-%04llx-%012llx",
        static_cast<unsigned long long>(mixed), static_cast<unsigned long long>(kind & 0xffff),
        static_cast<unsigned long long>((quint64(n) >> 48) & 0xfff),
        static_cast<unsigned long long>(0x8000 | ((quint64(n) >> 36) & 0x0fff)),
        static_cast<unsigned long long>(quint64(n) & 0xffffffffffffULL));
    return QByteArray(text);
}

void sqlGuid(sqlite3_context *context, int, sqlite3_value **arguments)
{
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL
        || sqlite3_value_type(arguments[1]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray text
        = guidText(sqlite3_value_int64(arguments[0]), sqlite3_value_int64(arguments[1]));
    sqlite3_result_text(context, text.constData(), int(text.size()), SQLITE_TRANSIENT);
}

QString recipe(const char *name)
{
    initDemoResources();
    QFile file(QStringLiteral(":/dwadmin/demo/%1").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = Tr::tr("Cannot write demo data: %1").arg(query.lastError().text());
    return false;
}

} // namespace

DemoData::DemoData(int scale)
    : m_scale(qMax(1, scale))
{ }

QString DemoData::guid(int kind, qint64 n)
{
    return QString::fromLatin1(guidText(kind, n));
}

bool DemoData::registerGuidFunction(sqlite3 *db, QString *error)
{
    const int rc = sqlite3_create_function_v2(db, "demo_guid", 2,
        SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &sqlGuid, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    *error = Tr::tr("Cannot prepare the demo data generator: %1")
                 .arg(QString::fromUtf8(sqlite3_errstr(rc)));
    return false;
}

bool DemoData::fill(const QString &dataversePath, const QString &financePath, QString *error)
{
    DbConnection connection;
    if (!connection.open(ConnectionSpec::sqliteFile(dataversePath), error))
        return false;
    QSqlDatabase db = connection.database();
    sqlite3 *handle = sqliteHandle(db);
    if (!handle) {
        *error = Tr::tr("The demo environments must be SQLite databases.");
        return false;
    }
    if (!registerGuidFunction(handle, error))
        return false;
    {
        QSqlQuery query(db);
        // Fresh files that are thrown away if anything fails: no need to sync every page.
        if (!exec(query, QStringLiteral("PRAGMA synchronous = OFF"), error)
            || !exec(query, QStringLiteral("PRAGMA temp_store = MEMORY"), error))
            return false;
        query.prepare(QStringLiteral("ATTACH DATABASE ? AS fin"));
        query.addBindValue(financePath);
        if (!query.exec()) {
            *error = Tr::tr("Cannot open %1: %2").arg(financePath, query.lastError().text());
            return false;
        }
        if (!exec(query, QStringLiteral("PRAGMA fin.synchronous = OFF"), error)
            || !exec(query,
                QStringLiteral("CREATE TEMP TABLE demo_param AS SELECT %1 AS scale").arg(m_scale),
                error))
            return false;
    }
    for (const char *name : { "reference.sql", "finance-data.sql", "dataverse-data.sql" }) {
        if (!runSqlScript(db, recipe(name), QString::fromLatin1(name), error))
            return false;
    }
    QSqlQuery query(db);
    return exec(query, QStringLiteral("DETACH DATABASE fin"), error);
}

} // namespace dw
