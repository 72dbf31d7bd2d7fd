#include "arguments.h"
#include "commands.h"
#include "statestore.h"
#include "tr.h"

#include <QFile>
#include <QUrl>
#include <QUrlQuery>

namespace dw::cli {

namespace {

// postgresql://[user@][host][:port]/database[?host=/socket/dir], as libpq writes it. A password
// in the address is refused: it would end up in workspace.json.
bool parseServerAddress(const QString &text, ConnectionSpec *spec, QString *error)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid()
        || (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))) {
        *error = Tr::tr("--state-store must be a PostgreSQL address such as "
                        "postgresql://dwadmin@db.example.com:5432/dwadmin, not \"%1\".")
                     .arg(text);
        return false;
    }
    if (!url.password().isEmpty()) {
        *error = Tr::tr("--state-store must not contain a password: dwadmin never stores one. "
                        "Give it through PGPASSWORD or ~/.pgpass, or when the console asks.");
        return false;
    }
    spec->driver = QStringLiteral("QPSQL");
    spec->user = url.userName();
    spec->host = url.host();
    const QString socketDir
        = QUrlQuery(url).queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (!socketDir.isEmpty())
        spec->host = socketDir;
    spec->port = qMax(0, url.port());
    spec->database = url.path().mid(1);
    if (spec->database.isEmpty() || spec->database.contains(u'/')) {
        *error = Tr::tr("--state-store must give a database name after the host, as in "
                        "postgresql://host/dwadmin.");
        return false;
    }
    return true;
}

// Points a new workspace folder at a state store on a PostgreSQL server, creating the store's
// tables there, so that several consoles and workers can share it.
int initWorkspace(CliContext &context, Arguments &arguments)
{
    QString address;
    QString error;
    if (!arguments.takeValue(QStringLiteral("--state-store"), &address, &error))
        return context.usageError(error);
    if (address.isEmpty())
        return context.usageError(Tr::tr("workspace init needs --state-store ADDRESS."));
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));
    if (context.workspace.exists())
        return context.failure(
            Tr::tr("%1 already holds a workspace.").arg(context.workspace.directory()));
    ConnectionSpec spec;
    if (!parseServerAddress(address, &spec, &error))
        return context.usageError(error);
    if (!context.workspace.setServerStateStore(spec, &error))
        return context.failure(error);
    StateStore store;
    if (!store.open(context.workspace, &error)) {
        // Leave no half-made workspace behind: the folder names a store that does not work.
        QFile::remove(context.workspace.descriptorPath());
        return context.failure(error);
    }
    context.out << Tr::tr("The workspace at %1 keeps its state in %2 (schema version %3).")
                       .arg(context.workspace.directory(), displayName(spec))
                       .arg(store.schemaVersion())
                << Qt::endl;
    return ExitOk;
}

} // namespace

int workspaceCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    const QString action = arguments.takePositional();
    if (action == QLatin1String("init"))
        return initWorkspace(context, arguments);
    return context.usageError(Tr::tr("Unknown workspace action \"%1\"; use init.").arg(action));
}

} // namespace dw::cli
