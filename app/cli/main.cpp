#include "arguments.h"
#include "commands.h"
#include "tr.h"
#include "translations.h"

#include <QCoreApplication>
#include <cstdio>

namespace {

QString usage()
{
    return dw::Tr::tr(
        "Usage: dwadmin-cli [--workspace DIR] COMMAND [ARGUMENTS]\n"
        "\n"
        "Administers a dwadmin workspace from scripts, cron and servers.\n"
        "\n"
        "Commands:\n"
        "  maps list [--format table|json]   List the table maps with status and counts\n"
        "  maps export FILE                  Write the maps' active versions to FILE\n"
        "                                    (- for standard output) as dwadmin-maps/1\n"
        "  maps import FILE                  Import the maps of FILE (- for standard\n"
        "                                    input): all of them or, on any error, none\n"
        "  maps validate [--map NAME]... [--format table|json]\n"
        "                                    Check maps against both environments\n"
        "  run (--all | --map NAME... | --component C) [--initial [--master SIDE]] [--live]\n"
        "      [--interval SECONDS]          --initial: full push from the master side\n"
        "                                    (dataverse or finance), in dependency order;\n"
        "                                    an interrupted one resumes where it stopped.\n"
        "                                    --live: start the maps and apply their\n"
        "                                    changes until SIGINT/SIGTERM; the maps keep\n"
        "                                    running. Neither: apply what is queued once\n"
        "  worker [--interval SECONDS] [--lease SECONDS] [--name NAME]\n"
        "                                    Serve every running map this worker can\n"
        "                                    lease (one worker per map), until SIGTERM;\n"
        "                                    for systemd (resources/systemd/)\n"
        "  retry (--map NAME [--key K]... | --all-failed)\n"
        "                                    Retry failed records from the current rows\n"
        "  pause|resume|stop --map NAME...   Pause (changes keep queueing), resume\n"
        "                                    (queued changes are applied) or stop maps\n"
        "  status [--format table|json]      Each map's status, record counts, last run\n"
        "  records [--map NAME]... [--component C] [--status S] [--format F]\n"
        "                                    List record states. S: synced, failed,\n"
        "                                    conflict, skipped or pending.\n"
        "                                    F: table, csv or json\n"
        "  cdm show FILE [--format table|json]\n"
        "                                    Show the table a Common Data Model entity\n"
        "                                    file (*.cdm.json) describes\n"
        "  workspace init --state-store postgresql://[USER@]HOST[:PORT]/DATABASE\n"
        "                                    Make DIR a workspace whose state is kept on\n"
        "                                    that PostgreSQL server, to be shared by\n"
        "                                    consoles and workers (no password in it)\n"
        "  demo create [--scale N]           Create the demo workspace (N=1: a small firm)\n"
        "  demo simulate [--seconds S]       Keep changing the demo environments as\n"
        "                                    Project Operations and Finance do (until\n"
        "                                    stopped, or for S seconds)\n"
        "\n"
        "Options:\n"
        "  --workspace DIR   Workspace folder (default: %1)\n"
        "  --lang CODE       Language of the messages: %2, or system\n"
        "                    (default: the locale's, from LANG or LC_MESSAGES)\n"
        "  --help            Show this help\n"
        "  --version         Show the version\n"
        "\n"
        "Exit codes: 0 ok, 1 some records failed, 2 usage or configuration error.\n")
        .arg(dw::Workspace::defaultDirectory(),
            dw::Translations::languages().join(QLatin1String(", ")));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("dwadmin"));
    QCoreApplication::setApplicationName(QStringLiteral("dwadmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DW_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    dw::cli::Arguments arguments(QCoreApplication::arguments().mid(1));
    // Messages follow --lang, else the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG). Machine
    // formats (--format json, csv) use ids and ISO dates, so they read the same in any language.
    QString language;
    QString languageError;
    const bool languageRead
        = arguments.takeValue(QStringLiteral("--lang"), &language, &languageError);
    dw::Translations::apply(language);
    if (!languageRead) {
        err << languageError << Qt::endl;
        return dw::cli::ExitUsage;
    }
    if (!language.isEmpty() && language != QLatin1String("system")
        && !dw::Translations::languages().contains(language)) {
        //: %1 the code given, %2 the codes dwadmin ships
        err << dw::Tr::tr("Unknown language \"%1\"; use one of %2, or system.")
                   .arg(language, dw::Translations::languages().join(QLatin1String(", ")))
            << Qt::endl;
        return dw::cli::ExitUsage;
    }
    if (arguments.takeFlag(QStringLiteral("--help")) || arguments.takeFlag(QStringLiteral("-h"))) {
        out << usage();
        return dw::cli::ExitOk;
    }
    if (arguments.takeFlag(QStringLiteral("--version"))) {
        out << QStringLiteral("dwadmin-cli %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return dw::cli::ExitOk;
    }
    QString workspaceDir = dw::Workspace::defaultDirectory();
    QString error;
    if (!arguments.takeValue(QStringLiteral("--workspace"), &workspaceDir, &error)) {
        err << error << Qt::endl;
        return dw::cli::ExitUsage;
    }

    const QString command = arguments.takePositional();
    QStringList rest = arguments.remaining();
    dw::cli::CliContext context { dw::Workspace(workspaceDir), rest, out, err };
    if (command == QLatin1String("maps"))
        return dw::cli::mapsCommand(context);
    if (command == QLatin1String("demo"))
        return dw::cli::demoCommand(context);
    if (command == QLatin1String("cdm"))
        return dw::cli::cdmCommand(context);
    if (command == QLatin1String("run"))
        return dw::cli::runCommand(context);
    if (command == QLatin1String("worker"))
        return dw::cli::workerCommand(context);
    if (command == QLatin1String("retry"))
        return dw::cli::retryCommand(context);
    if (command == QLatin1String("pause"))
        return dw::cli::pauseCommand(context);
    if (command == QLatin1String("resume"))
        return dw::cli::resumeCommand(context);
    if (command == QLatin1String("stop"))
        return dw::cli::stopCommand(context);
    if (command == QLatin1String("status"))
        return dw::cli::statusCommand(context);
    if (command == QLatin1String("records"))
        return dw::cli::recordsCommand(context);
    if (command == QLatin1String("workspace"))
        return dw::cli::workspaceCommand(context);
    if (command.isEmpty())
        return context.usageError(dw::Tr::tr("No command given."));
    return context.usageError(dw::Tr::tr("Unknown command \"%1\".").arg(command));
}
