#include "integrationdiagram.h"
#include "integrationoverviewpage.h"
#include "leasefixture.h"
#include "mainwindow.h"
#include "syncengine.h"
#include "tablemapspage.h"
#include "viewsworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QHelpEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QToolTip>
#include <QTreeView>

using namespace dw;

// The integration overview in the main window, on the view tests' own workspace after an
// initial sync (Items fails one record): one arrow per map with its status and failures, and
// an arrow clicked or chosen by keyboard opens its map on the table maps page.
class TestIntegrationOverview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void drawsOneArrowPerMapWithItsFigures();
    void clickingAnArrowSelectsTheMap();
    void clickingClearsFiltersThatHideTheMap();
    void keyboardChoosesAndOpensAMap();
    void tooltipNamesTheServingWorker();

private:
    IntegrationDiagram *diagram() const { return m_window->overviewPage()->diagram(); }
    QStringList selectedMaps() const { return m_window->tableMapsPage()->selectedMapNames(); }
    void clickArrow(const QString &map);

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
};

void TestIntegrationOverview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("dwadmin-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_integrationoverview"));
    QSettings().clear();
    viewsworkspace::create(m_dir.path());
    SyncEngine engine { Workspace(m_dir.path()) };
    SyncRequest request;
    request.allMaps = true;
    SyncResult result;
    QString error;
    QVERIFY2(engine.run(request, &result, &error), qPrintable(error));
}

void TestIntegrationOverview::init()
{
    m_window = new MainWindow(Workspace(m_dir.path()));
    QSignalSpy ready(m_window, &MainWindow::workspaceReady);
    m_window->showPage(MainWindow::OverviewPageIndex);
    m_window->resize(1300, 900);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(diagram()->diagramLayout().arrows().size(), 3, 10000);
}

void TestIntegrationOverview::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestIntegrationOverview::cleanupTestCase()
{
    // Readers still on pool threads hold files of the workspace open.
    QThreadPool::globalInstance()->waitForDone();
}

void TestIntegrationOverview::clickArrow(const QString &map)
{
    const QRect rect = diagram()->arrowRect(map);
    QVERIFY2(!rect.isEmpty(), qPrintable(map));
    // The arrow's centre, where its status is drawn: what a user aims at.
    const int index = diagram()->diagramLayout().indexOf(map);
    const QPoint centre = diagram()->diagramLayout().arrows().at(index).line.center().toPoint();
    QVERIFY(rect.contains(centre));
    QTest::mouseClick(diagram(), Qt::LeftButton, {}, centre);
}

void TestIntegrationOverview::drawsOneArrowPerMapWithItsFigures()
{
    const OverviewLayout &layout = diagram()->diagramLayout();
    QStringList maps;
    for (const OverviewArrow &arrow : layout.arrows())
        maps.append(arrow.map);
    // Setup first, then actuals; by name within a component.
    QCOMPARE(maps,
        QStringList({ QStringLiteral("Units"), QStringLiteral("Items"),
            QStringLiteral("Items both ways") }));
    QCOMPARE(layout.arrows().at(0).direction, MapDirection::ToFinance);
    QCOMPARE(layout.arrows().at(2).direction, MapDirection::TwoWay);
    QCOMPARE(layout.arrows().at(2).heads.size(), 2);
    // The tooltip (and screen readers) tell the status and the failed record of Items.
    const QString items = diagram()->describe(QStringLiteral("Items"));
    QVERIFY2(items.contains(QStringLiteral("Failed: 1")), qPrintable(items));
    QVERIFY2(items.contains(QStringLiteral("Dataverse table dv_item, Finance table FinItem")),
        qPrintable(items));
    QVERIFY2(diagram()->describe(QStringLiteral("Units")).contains(QStringLiteral("Failed: 0")),
        qPrintable(diagram()->describe(QStringLiteral("Units"))));
    // The drawing fits its maps: the scroll area shows all of it at this size.
    QVERIFY(diagram()->minimumHeight() >= layout.arrows().constLast().row.bottom());
    QCOMPARE(diagram()->accessibleName(), QStringLiteral("Integration overview"));
    const QString shots = qEnvironmentVariable("DW_SCREENSHOT_DIR");
    if (!shots.isEmpty())
        QVERIFY(m_window->grab().save(shots + QStringLiteral("/overview-test.png")));
}

void TestIntegrationOverview::clickingAnArrowSelectsTheMap()
{
    TableMapsPage *maps = m_window->tableMapsPage();
    for (const QString &name : { QStringLiteral("Items both ways"), QStringLiteral("Units") }) {
        m_window->showPage(MainWindow::OverviewPageIndex);
        QTRY_VERIFY(diagram()->isVisible());
        clickArrow(name);
        QTRY_VERIFY(maps->isVisible());
        QCOMPARE(selectedMaps(), QStringList({ name }));
        // The detail below the list is the map's too.
        auto *list = maps->findChild<QTreeView *>(QStringLiteral("mapList"));
        QCOMPARE(list->currentIndex().siblingAtColumn(0).data().toString(), name);
    }
}

void TestIntegrationOverview::clickingClearsFiltersThatHideTheMap()
{
    TableMapsPage *maps = m_window->tableMapsPage();
    auto *filter = maps->findChild<QLineEdit *>(QStringLiteral("mapFilter"));
    auto *component = maps->findChild<QComboBox *>(QStringLiteral("componentFilter"));
    filter->setText(QStringLiteral("Units"));
    component->setCurrentIndex(component->findData(QStringLiteral("setup")));
    clickArrow(QStringLiteral("Items"));
    QTRY_VERIFY(maps->isVisible());
    QCOMPARE(selectedMaps(), QStringList({ QStringLiteral("Items") }));
    QCOMPARE(filter->text(), QString());
    QCOMPARE(component->currentIndex(), 0);
}

void TestIntegrationOverview::keyboardChoosesAndOpensAMap()
{
    diagram()->setFocus();
    QTRY_VERIFY(diagram()->hasFocus());
    QCOMPARE(diagram()->currentMap(), QStringLiteral("Units")); // focus starts on the first
    QCOMPARE(diagram()->accessibleDescription(), diagram()->describe(QStringLiteral("Units")));
    QTest::keyClick(diagram(), Qt::Key_Down);
    QCOMPARE(diagram()->currentMap(), QStringLiteral("Items"));
    QTest::keyClick(diagram(), Qt::Key_Tab); // Tab walks the maps too
    QCOMPARE(diagram()->currentMap(), QStringLiteral("Items both ways"));
    QVERIFY(diagram()->hasFocus());
    QTest::keyClick(diagram(), Qt::Key_Down); // the last stays current
    QCOMPARE(diagram()->currentMap(), QStringLiteral("Items both ways"));
    QTest::keyClick(diagram(), Qt::Key_Up);
    QCOMPARE(diagram()->currentMap(), QStringLiteral("Items"));
    QCOMPARE(diagram()->accessibleDescription(), diagram()->describe(QStringLiteral("Items")));
    QSignalSpy activated(diagram(), &IntegrationDiagram::mapActivated);
    QTest::keyClick(diagram(), Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QTRY_VERIFY(m_window->tableMapsPage()->isVisible());
    QCOMPARE(selectedMaps(), QStringList({ QStringLiteral("Items") }));
}

void TestIntegrationOverview::tooltipNamesTheServingWorker()
{
    QVERIFY2(diagram()->describe(QStringLiteral("Units")).contains(QLatin1String("No worker")),
        qPrintable(diagram()->describe(QStringLiteral("Units"))));
    const QString storePath = m_dir.filePath(QStringLiteral("workspace.db"));
    leasefixture::hold(storePath, QStringLiteral("Units"), QStringLiteral("Items"),
        QStringLiteral("Items both ways"));
    if (QTest::currentTestFailed())
        return;
    // The overview's own refresh brings the leases in.
    QTRY_VERIFY_WITH_TIMEOUT(
        diagram()
            ->describe(QStringLiteral("Units"))
            .contains(QStringLiteral("Served by %1 since ").arg(leasefixture::otherWorker())),
        10000);
    const QString items = diagram()->describe(QStringLiteral("Items"));
    QVERIFY2(items.contains(QLatin1String("Served by this console (")), qPrintable(items));
    const QString both = diagram()->describe(QStringLiteral("Items both ways"));
    QVERIFY2(both.contains(QLatin1String("expired")), qPrintable(both));
    QVERIFY2(!both.contains(QLatin1String("Served by")), qPrintable(both));

    // What a pointer resting on the arrow gets.
    const int index = diagram()->diagramLayout().indexOf(QStringLiteral("Units"));
    const QPoint centre = diagram()->diagramLayout().arrows().at(index).line.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, centre, diagram()->mapToGlobal(centre));
    QApplication::sendEvent(diagram(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY2(QToolTip::text().contains(leasefixture::otherWorker()), qPrintable(QToolTip::text()));
    QToolTip::hideText();

    // Given back, as a worker that stops cleanly does: the maps' leases are gone.
    TestDb raw(storePath);
    QVERIFY(raw.exec(QStringLiteral("DELETE FROM map_leases")));
}

QTEST_MAIN(TestIntegrationOverview)
#include "tst_integrationoverview.moc"
