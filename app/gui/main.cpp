#include "mainwindow.h"
#include "sessionpasswords.h"
#include "settingsdialog.h"
#include "translations.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

namespace {

// The value of --lang CODE or --lang=CODE; a null string when absent. Read before the parser
// exists so that --help already speaks the chosen language.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dwadmin"));
    QApplication::setApplicationName(QStringLiteral("dwadmin"));
    QApplication::setApplicationVersion(QStringLiteral(DW_VERSION));
    // Someone is there to be asked for a missing password; connection errors say so.
    dw::SessionPasswords::setInteractive(true);

    // --lang for this start only, else the language chosen in Settings, else the system's.
    const QString language = languageArgument(QApplication::arguments());
    const bool known = language.isNull() || language == QLatin1String("system")
        || dw::Translations::languages().contains(language);
    dw::Translations::apply(language.isNull() ? dw::SettingsDialog::savedLanguage()
            : known                           ? language
                                              : QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Administration console for the Project Operations dual-write integration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QApplication::translate("main", "Use the workspace in DIR (created as a demo if empty)."),
        QApplication::translate("main", "DIR"));
    parser.addOption(workspaceOption);
    //: %1 the language codes dwadmin ships
    const QCommandLineOption languageOption(QStringLiteral("lang"),
        QApplication::translate("main",
            "Show the user interface in CODE (%1, or system) for "
            "this start, instead of the language chosen in Settings.")
            .arg(dw::Translations::languages().join(QLatin1String(", "))),
        QApplication::translate("main", "CODE"));
    parser.addOption(languageOption);
    parser.process(app);
    if (!known) {
        //: %1 the code given, %2 the codes dwadmin ships
        std::fputs(
            qPrintable(QApplication::translate(
                "main", "Unknown language \"%1\"; use one of %2, or system.\n")
                           .arg(language, dw::Translations::languages().join(QLatin1String(", ")))),
            stderr);
        return 2;
    }

    const dw::Workspace workspace(parser.isSet(workspaceOption)
            ? parser.value(workspaceOption)
            : dw::Workspace::defaultDirectory());
    dw::MainWindow window(workspace);
    window.show();
    return app.exec();
}
