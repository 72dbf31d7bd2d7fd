#include "demoworkspace.h"
#include "mainwindow.h"
#include "statestore.h"
#include "tablemapjson.h"
#include "tablemapspage.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dw;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartCreatesDemoAndListsItsMaps();
    void filterNarrowsTheList();
    void remembersGeometry();
    void reportsAStoreFromTheFuture();

private:
    static QTreeView *mapList(MainWindow &window)
    {
        return window.findChild<QTreeView *>(QStringLiteral("mapList"));
    }
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dwadmin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::firstStartCreatesDemoAndListsItsMaps()
{
    QTemporaryDir dir;
    const Workspace workspace(dir.filePath(QStringLiteral("new")));
    MainWindow window(workspace);
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    window.show();
    QVERIFY(ready.wait(20000));
    QVERIFY(workspace.exists());

    QList<TableMap> maps;
    QString error;
    QVERIFY(TableMapJson::read(DemoWorkspace::templateJson(), &maps, &error));
    QTreeView *list = mapList(window);
    QVERIFY(list);
    QTRY_COMPARE(list->model()->rowCount(), maps.size());
    QStringList shown;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        shown.append(list->model()->index(row, 0).data().toString());
    QVERIFY2(shown.contains(QStringLiteral("Projects V2")), qPrintable(shown.join(u',')));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Table maps"));
}

void TestMainWindow::filterNarrowsTheList()
{
    QTemporaryDir dir;
    MainWindow window(Workspace(dir.path()));
    QSignalSpy ready(&window, &MainWindow::workspaceReady);
    window.show();
    QVERIFY(ready.wait(20000));
    QTreeView *list = mapList(window);
    QTRY_VERIFY(list->model()->rowCount() >= 4);
    const int all = list->model()->rowCount();

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("mapFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("task"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Project tasks"));
    filter->clear();
    QCOMPARE(list->model()->rowCount(), all);

    auto *component = window.findChild<QComboBox *>(QStringLiteral("componentFilter"));
    QVERIFY(component);
    component->setCurrentIndex(component->findData(QStringLiteral("actuals")));
    QCOMPARE(list->model()->rowCount(), 2); // actuals and their transaction relationships
    QStringList actuals;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        actuals.append(list->model()->index(row, 0).data().toString());
    QVERIFY2(actuals.contains(QStringLiteral("Project Operations integration actuals")),
        qPrintable(actuals.join(u',')));
    component->setCurrentIndex(0);
    QCOMPARE(list->model()->rowCount(), all);
}

void TestMainWindow::remembersGeometry()
{
    QTemporaryDir dir;
    QSize size(1000, 640);
    {
        MainWindow window(Workspace(dir.path()));
        window.show();
        window.resize(size);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        size = window.size();
        window.close();
    }
    MainWindow again(Workspace(dir.path()));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
}

void TestMainWindow::reportsAStoreFromTheFuture()
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    {
        QList<Migration> future = stateStoreMigrations();
        future.append(
            { 500, QStringLiteral("later"), { QStringLiteral("CREATE TABLE later (x INTEGER)") } });
        StateStore store(future);
        QString error;
        QVERIFY(store.open(workspace, &error));
    }
    MainWindow window(workspace);
    QSignalSpy failed(&window, &MainWindow::workspaceFailed);
    window.show();
    QVERIFY(failed.wait(20000));
    QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("newer dwadmin")));
    QVERIFY(!window.isWorkspaceReady());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
