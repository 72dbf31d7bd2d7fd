#include "teststatestore.h"

#include "pgserver.h"
#include "pgtestdb.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <memory>

namespace {

std::unique_ptr<dw::PgServer> &server()
{
    static std::unique_ptr<dw::PgServer> instance;
    return instance;
}

// The server goes with the application object, while QProcess can still stop it.
void stopServer()
{
    server().reset();
}

} // namespace

namespace TestStateStore {

bool usesServer()
{
    return qEnvironmentVariable("DW_TEST_STATE_STORE") == QLatin1String("postgresql");
}

bool prepare(const QString &directory, QString *error)
{
    if (!usesServer())
        return true;
    if (!server()) {
        server() = std::make_unique<dw::PgServer>();
        if (!server()->start(error)) {
            server().reset();
            return false;
        }
        qAddPostRoutine(stopServer);
    }
    static int databases = 0;
    dw::ConnectionSpec spec = server()->connectionSpec();
    spec.database = QStringLiteral("store_%1").arg(++databases);
    PgTestDb admin(server()->connectionSpec());
    if (!admin.exec(QStringLiteral("CREATE DATABASE %1").arg(spec.database))) {
        *error = admin.lastError;
        return false;
    }
    QDir().mkpath(directory);
    return dw::Workspace(directory).setServerStateStore(spec, error);
}

} // namespace TestStateStore

StoreDb::StoreDb(const QString &directory)
{
    dw::ConnectionSpec spec;
    if (!dw::Workspace(directory).stateStore(&spec, &lastError)
        || !m_connection.open(spec, &lastError))
        qWarning(
            "cannot open the state store of %s: %s", qPrintable(directory), qPrintable(lastError));
}

QVariant StoreDb::value(const QString &sql)
{
    QSqlQuery query(db());
    if (!query.exec(sql) || !query.next()) {
        lastError = query.lastError().text();
        return {};
    }
    return query.value(0);
}

qint64 StoreDb::number(const QString &sql)
{
    const QVariant v = value(sql);
    if (!v.isValid())
        qWarning("query failed: %s", qPrintable(lastError));
    return v.isValid() ? v.toLongLong() : -1;
}

bool StoreDb::exec(const QString &sql)
{
    QSqlQuery query(db());
    if (query.exec(sql))
        return true;
    lastError = query.lastError().text();
    qWarning("%s: %s", qPrintable(sql.left(200)), qPrintable(lastError));
    return false;
}

QStringList StoreDb::rows(const QString &sql)
{
    QStringList out;
    QSqlQuery query(db());
    if (!query.exec(sql)) {
        lastError = query.lastError().text();
        qWarning("query failed: %s", qPrintable(lastError));
        return { QStringLiteral("<query failed>") };
    }
    const int width = query.record().count();
    while (query.next()) {
        QStringList columns;
        for (int c = 0; c < width; ++c) {
            const QVariant v = query.value(c);
            // Hashes are bytes in either store: compare them as hex.
            columns.append(v.isNull() ? QStringLiteral("NULL")
                    : v.metaType() == QMetaType::fromType<QByteArray>()
                    ? QString::fromLatin1(v.toByteArray().toHex())
                    : v.toString());
        }
        out.append(columns.join(u'|'));
    }
    return out;
}
