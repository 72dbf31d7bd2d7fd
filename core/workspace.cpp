#include "workspace.h"

#include "privatefile.h"
#include "tr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace dw {

namespace {
constexpr QLatin1String kFormat("dwadmin-workspace/1");
} // namespace

Workspace::Workspace(const QString &directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
{ }

QString Workspace::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspace"));
}

QString Workspace::filePath(const QString &name) const
{
    return QDir(m_directory).filePath(name);
}

bool Workspace::exists() const
{
    return QFileInfo::exists(descriptorPath()) || QFileInfo::exists(sqliteStorePath());
}

bool Workspace::stateStore(ConnectionSpec *spec, QString *error) const
{
    QFile file(descriptorPath());
    if (!file.exists()) {
        *spec = ConnectionSpec::sqliteFile(sqliteStorePath());
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject store = document.object().value(QLatin1String("stateStore")).toObject();
    const QString driver = store.value(QLatin1String("driver")).toString();
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("%1 is not valid JSON (at offset %2: %3).")
                     .arg(file.fileName())
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    if (document.object().value(QLatin1String("format")).toString() != kFormat
        || driver != QLatin1String("QPSQL")
        || store.value(QLatin1String("database")).toString().isEmpty()) {
        *error = Tr::tr("%1 does not name a state store: it needs \"format\": \"%2\" and a "
                        "\"stateStore\" with \"driver\": \"QPSQL\" and a \"database\".")
                     .arg(file.fileName(), kFormat);
        return false;
    }
    spec->driver = driver;
    spec->database = store.value(QLatin1String("database")).toString();
    spec->host = store.value(QLatin1String("host")).toString();
    spec->port = store.value(QLatin1String("port")).toInt();
    spec->user = store.value(QLatin1String("user")).toString();
    spec->password.clear();
    return true;
}

bool Workspace::setServerStateStore(ConnectionSpec spec, QString *error) const
{
    if (!QDir().mkpath(m_directory)) {
        *error = Tr::tr("Cannot create the folder %1.").arg(m_directory);
        return false;
    }
    const QJsonObject store { { QStringLiteral("driver"), spec.driver },
        { QStringLiteral("host"), spec.host }, { QStringLiteral("port"), spec.port },
        { QStringLiteral("database"), spec.database }, { QStringLiteral("user"), spec.user } };
    const QJsonObject root { { QStringLiteral("format"), QString(kFormat) },
        { QStringLiteral("stateStore"), store } };
    if (!ensurePrivateFile(descriptorPath(), error))
        return false;
    QSaveFile file(descriptorPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0
        || !file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(descriptorPath(), file.errorString());
        return false;
    }
    return true;
}

QString Workspace::stateStoreDisplayName() const
{
    ConnectionSpec spec;
    QString ignored;
    return stateStore(&spec, &ignored) ? displayName(spec) : descriptorPath();
}

ConnectionSpec Workspace::resolve(ConnectionSpec spec) const
{
    if (spec.isSqlite() && QFileInfo(spec.database).isRelative())
        spec.database = filePath(spec.database);
    return spec;
}

ConnectionSpec Workspace::relativize(ConnectionSpec spec) const
{
    if (spec.isSqlite()) {
        const QString relative = QDir(m_directory).relativeFilePath(spec.database);
        if (!relative.startsWith(QLatin1String("..")))
            spec.database = relative;
    }
    return spec;
}

QString displayName(const ConnectionSpec &spec)
{
    if (spec.isSqlite())
        return spec.database;
    QString where = spec.host.isEmpty() ? QStringLiteral("localhost") : spec.host;
    if (spec.port > 0)
        where += u':' + QString::number(spec.port);
    return (spec.user.isEmpty() ? QString() : spec.user + u'@') + where + u'/' + spec.database;
}

} // namespace dw
