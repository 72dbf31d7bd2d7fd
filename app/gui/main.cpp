#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("dwadmin"));
    QApplication::setApplicationName(QStringLiteral("dwadmin"));
    QApplication::setApplicationVersion(QStringLiteral(DW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Administration console for the Project Operations dual-write integration."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"),
        QApplication::translate("main", "Use the workspace in DIR (created as a demo if empty)."),
        QApplication::translate("main", "DIR"));
    parser.addOption(workspaceOption);
    parser.process(app);

    const dw::Workspace workspace(parser.isSet(workspaceOption)
            ? parser.value(workspaceOption)
            : dw::Workspace::defaultDirectory());
    dw::MainWindow window(workspace);
    window.show();
    return app.exec();
}
