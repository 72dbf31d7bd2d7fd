#include "environmentstore.h"
#include "fieldmappingmodel.h"
#include "filteredit.h"
#include "mapcontrol.h"
#include "mapeditordialog.h"
#include "mapstore.h"
#include "messagelabel.h"
#include "odatafilter.h"
#include "saveversiondialog.h"
#include "statestore.h"
#include "syncengine.h"
#include "tablemapjson.h"
#include "testdb.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace dw;

namespace {

// A workspace of our own (the demo's content changes independently): "Items" is two-way,
// dv_item ⇄ FinItem, with a Value map on Kind; "Units" is one-way.
const char *const kMaps = R"json({"format": "dwadmin-maps/1", "maps": [
 {"name": "Units", "component": "setup", "dataverse": {"table": "dv_unit"},
  "finance": {"table": "FinUnit"}, "keys": [{"finance": "UnitId", "dataverse": "id"}],
  "fields": [{"finance": "UnitId", "dataverse": "id", "direction": "<"},
             {"finance": "Name", "dataverse": "name", "direction": "<"}]},
 {"name": "Items", "component": "actuals", "dataverse": {"table": "dv_item", "filter": "skip eq 0"},
  "finance": {"table": "FinItem"}, "keys": [{"finance": "ItemId", "dataverse": "id"}],
  "dependsOn": ["Units"],
  "fields": [{"finance": "ItemId", "dataverse": "id", "direction": "="},
             {"finance": "Name", "dataverse": "name", "direction": "="},
             {"finance": "Qty", "dataverse": "qty", "direction": "<"},
             {"finance": "Kind", "dataverse": "kind", "direction": "<",
              "transform": {"type": "valueMap", "map": {"1": "Hour", "2": "Expense"}}}],
  "conflict": {"policy": "master", "master": "dataverse"}}]})json";

void createWorkspace(const QString &dir)
{
    {
        TestDb dataverse(dir + QStringLiteral("/dataverse.db"));
        QVERIFY(dataverse.exec(
            QStringLiteral("CREATE TABLE dv_item (id TEXT PRIMARY KEY NOT NULL, name TEXT,"
                           " qty INTEGER, kind INTEGER, skip INTEGER NOT NULL DEFAULT 0)")));
        QVERIFY(dataverse.exec(
            QStringLiteral("CREATE TABLE dv_unit (id TEXT PRIMARY KEY NOT NULL, name TEXT)")));
    }
    {
        TestDb finance(dir + QStringLiteral("/finance.db"));
        QVERIFY(finance.exec(
            QStringLiteral("CREATE TABLE FinItem (ItemId TEXT PRIMARY KEY NOT NULL, Name TEXT,"
                           " Qty INTEGER, Kind TEXT)")));
        QVERIFY(finance.exec(
            QStringLiteral("CREATE TABLE FinUnit (UnitId TEXT PRIMARY KEY NOT NULL, Name TEXT)")));
    }
    StateStore store;
    QString error;
    QVERIFY2(store.open(dir + QStringLiteral("/workspace.db"), &error), qPrintable(error));
    QList<TableMap> maps;
    QVERIFY2(TableMapJson::read(kMaps, &maps, &error), qPrintable(error));
    QList<MapStore::SaveOutcome> outcomes;
    QVERIFY2(MapStore(store.database()).saveAll(maps, &outcomes, &error), qPrintable(error));
    EnvironmentStore environments(store.database());
    QVERIFY(environments.save(
        Side::Dataverse, ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")), &error));
    QVERIFY(environments.save(
        Side::Finance, ConnectionSpec::sqliteFile(QStringLiteral("finance.db")), &error));
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

// Opens the delegate's editor of `index` and returns it.
template<typename Editor> Editor *openEditor(QAbstractItemView *view, const QModelIndex &index)
{
    view->setFocus();
    view->setCurrentIndex(index);
    view->edit(index);
    return view->viewport()->findChild<Editor *>();
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

// The mnemonic letter of a text such as "Field &mappings", or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size();
         i = text.indexOf(u'&', i + 2)) {
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
    }
    return {};
}

void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DW_GRAB_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests, as a real event loop would
    widget->grab().save(dir + QStringLiteral("/gui1-") + name + QStringLiteral(".png"));
}

void grab(QWidget *widget, const char *name)
{
    grab(widget, QString::fromLatin1(name));
}

} // namespace

class TestMapEditorDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensWithBusyIndicatorThenTheMap();
    void reportsAMapThatDoesNotExist();
    void editsDirectionAndValueMapThenSavesANewVersion();
    void invalidFilterDisablesSaveAndShowsThePosition();
    void unknownColumnIsMarkedOnItsRow();
    void runningMapMustBeStoppedFirst_data();
    void runningMapMustBeStoppedFirst();
    void createsANewMap();
    void keyboardAndAccessibility();

private:
    QTemporaryDir m_dir;
    int m_workspaces = 0;
    QString newWorkspace()
    {
        const QString path = m_dir.filePath(QString::number(++m_workspaces));
        QDir().mkpath(path);
        createWorkspace(path);
        return path;
    }
};

void TestMapEditorDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMapEditorDialog::opensWithBusyIndicatorThenTheMap()
{
    const QString path = newWorkspace();
    MapEditorDialog dialog(Workspace(path), QStringLiteral("Items"));
    QSignalSpy ready(&dialog, &MapEditorDialog::ready);
    dialog.show();
    // The schemas are read on a pool thread: until they arrive, a busy indicator shows and
    // neither editing nor saving is possible.
    QVERIFY(child<QWidget>(&dialog, "busyIndicator")->isVisible());
    QVERIFY(!child<QTabWidget>(&dialog, "mapEditorTabs")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
    grab(&dialog, "mapeditor-loading");
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QVERIFY(!child<QWidget>(&dialog, "busyIndicator")->isVisible());
    QVERIFY(child<QTabWidget>(&dialog, "mapEditorTabs")->isEnabled());
    QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().value(0).message));
    QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
    QVERIFY(!child<QTreeView>(&dialog, "issues")->isVisible());

    auto *name = child<QLineEdit>(&dialog, "mapName");
    QCOMPARE(name->text(), QStringLiteral("Items"));
    QVERIFY(name->isReadOnly());
    auto *table = child<QComboBox>(&dialog, "dataverseTable");
    QCOMPARE(table->currentText(), QStringLiteral("dv_item"));
    QStringList tables;
    for (int i = 0; i < table->count(); ++i)
        tables.append(table->itemText(i));
    QCOMPARE(tables, QStringList({ QStringLiteral("dv_item"), QStringLiteral("dv_unit") }));
    QCOMPARE(table->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(child<FilterEdit>(&dialog, "dataverseFilter")->text(), QStringLiteral("skip eq 0"));
    auto *fields = child<QTableView>(&dialog, "fieldMappings");
    QCOMPARE(column(fields->model(), FieldMappingModel::FinanceColumn),
        QStringList({ QStringLiteral("ItemId"), QStringLiteral("Name"), QStringLiteral("Qty"),
            QStringLiteral("Kind") }));
    auto *dependencies = child<QListWidget>(&dialog, "dependencies");
    QCOMPARE(dependencies->count(), 1); // Units; a map does not depend on itself
    QCOMPARE(dependencies->item(0)->checkState(), Qt::Checked);
    const auto tabs = child<QTabWidget>(&dialog, "mapEditorTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        grab(&dialog, QStringLiteral("mapeditor-tab%1").arg(tab));
    }
}

void TestMapEditorDialog::reportsAMapThatDoesNotExist()
{
    MapEditorDialog dialog(Workspace(newWorkspace()), QStringLiteral("Nope"));
    QSignalSpy failed(&dialog, &MapEditorDialog::loadFailed);
    dialog.show();
    QVERIFY(failed.wait(20000));
    const QString shown = child<MessageLabel>(&dialog, "editorStatus")->text();
    QVERIFY2(shown.contains(QLatin1String("no map named \"Nope\"")), qPrintable(shown));
    QVERIFY(!child<QWidget>(&dialog, "busyIndicator")->isVisible());
    QVERIFY(!child<QTabWidget>(&dialog, "mapEditorTabs")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
}

void TestMapEditorDialog::editsDirectionAndValueMapThenSavesANewVersion()
{
    const QString path = newWorkspace();
    MapEditorDialog dialog(Workspace(path), QStringLiteral("Items"));
    QSignalSpy ready(&dialog, &MapEditorDialog::ready);
    QSignalSpy saved(&dialog, &MapEditorDialog::saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    child<QTabWidget>(&dialog, "mapEditorTabs")->setCurrentIndex(1);
    auto *fields = child<QTableView>(&dialog, "fieldMappings");
    const QAbstractItemModel *model = fields->model();

    // Qty: Dataverse → Finance becomes both ways, through the direction chooser.
    auto *direction
        = openEditor<QComboBox>(fields, model->index(2, FieldMappingModel::DirectionColumn));
    QVERIFY(direction);
    direction->setCurrentIndex(direction->findData(QStringLiteral("=")));
    QTest::keyClick(direction, Qt::Key_Return);
    QTRY_COMPARE(
        model->index(2, FieldMappingModel::DirectionColumn).data().toString(), QStringLiteral("="));

    // Kind's Value map: a table edit shows in the JSON.
    fields->setCurrentIndex(model->index(3, 0));
    auto *type = child<QComboBox>(&dialog, "transformType");
    QCOMPARE(type->currentData().toInt(), int(Transform::Type::ValueMap));
    auto *entries = child<QTableView>(&dialog, "valueMapTable");
    auto *json = child<QPlainTextEdit>(&dialog, "valueMapJson");
    QCOMPARE(entries->model()->rowCount(), 2);
    auto *cell = openEditor<QLineEdit>(entries, entries->model()->index(1, 1));
    QVERIFY(cell);
    cell->selectAll();
    QTest::keyClicks(cell, QStringLiteral("Expense line"));
    QTest::keyClick(cell, Qt::Key_Return);
    QTRY_COMPARE(entries->model()->index(1, 1).data().toString(), QStringLiteral("Expense line"));
    QVERIFY2(json->toPlainText().contains(QLatin1String("\"2\": \"Expense line\"")),
        qPrintable(json->toPlainText()));

    // JSON typed by hand: while it does not parse, the table stays and Save is off.
    auto *jsonMessage = child<MessageLabel>(&dialog, "valueMapJsonMessage");
    auto *save = child<QPushButton>(&dialog, "saveButton");
    json->setFocus();
    json->selectAll();
    QTest::keyClicks(json, QStringLiteral(R"({"1": "Hour", "2": "Expense line",)"));
    QVERIFY(jsonMessage->isVisible());
    QVERIFY2(jsonMessage->text().startsWith(QLatin1String("Position 35:")),
        qPrintable(jsonMessage->text()));
    QCOMPARE(entries->model()->rowCount(), 2);
    QVERIFY(!save->isEnabled());
    grab(&dialog, "mapeditor-json-error");
    QTest::keyClicks(json, QStringLiteral(R"( "3": "Fee"})"));
    QVERIFY(!jsonMessage->isVisible());
    QCOMPARE(entries->model()->rowCount(), 3);
    QCOMPARE(entries->model()->index(2, 0).data().toString(), QStringLiteral("3"));
    QCOMPARE(entries->model()->index(2, 1).data().toString(), QStringLiteral("Fee"));
    QCOMPARE(model->index(3, FieldMappingModel::TransformColumn).data().toString(),
        QStringLiteral("Value map (3 mapping(s))"));
    QVERIFY(save->isEnabled());
    grab(&dialog, "mapeditor-valuemap");

    // Save asks for publisher, version (next after 1.0.0.0) and description.
    QString offeredVersion;
    QTimer::singleShot(0, this, [&] {
        auto *prompt = dialog.findChild<SaveVersionDialog *>();
        QVERIFY(prompt);
        grab(prompt, "saveversion");
        offeredVersion = child<QLineEdit>(prompt, "version")->text();
        QTest::keyClicks(child<QLineEdit>(prompt, "publisher"), QStringLiteral("Contoso"));
        QTest::keyClicks(
            child<QPlainTextEdit>(prompt, "description"), QStringLiteral("Qty both ways"));
        prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
    });
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QCOMPARE(offeredVersion, QStringLiteral("1.0.0.1"));
    QCOMPARE(saved.constFirst().at(1).toString(), QStringLiteral("1.0.0.1"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    StateStore store;
    QString error;
    QVERIFY(store.open(Workspace(path), &error));
    MapStore maps(store.database());
    QList<MapVersionInfo> versions;
    QVERIFY2(maps.versions(QStringLiteral("Items"), &versions, &error), qPrintable(error));
    QCOMPARE(versions.size(), 2);
    const auto active = std::find_if(
        versions.cbegin(), versions.cend(), [](const MapVersionInfo &v) { return v.active; });
    QVERIFY(active != versions.cend());
    QCOMPARE(active->version, QStringLiteral("1.0.0.1"));
    QCOMPARE(active->publisher, QStringLiteral("Contoso"));
    QCOMPARE(active->description, QStringLiteral("Qty both ways"));
    TableMap map;
    QVERIFY(maps.load(QStringLiteral("Items"), &map, &error));
    QCOMPARE(map.fields.at(2).direction, FieldDirection::Both);
    const auto &valueMap = map.fields.at(3).transform.valueMap;
    QCOMPARE(valueMap.size(), 3);
    QVERIFY(valueMap.contains({ QStringLiteral("2"), QStringLiteral("Expense line") }));
    QVERIFY(valueMap.contains({ QStringLiteral("3"), QStringLiteral("Fee") }));
    QCOMPARE(map.dependsOn, QStringList { QStringLiteral("Units") });

    // The engine runs the new version: kind 2 arrives as the edited text, and kind 3, which
    // version 1.0.0.0 could not map, arrives as the added entry instead of failing.
    {
        TestDb dataverse(path + QStringLiteral("/dataverse.db"));
        QVERIFY(dataverse.exec(QStringLiteral("INSERT INTO dv_item (id, name, qty, kind)"
                                              " VALUES ('X', 'Ex', 5, 2), ('Y', 'Why', 6, 3)")));
    }
    SyncEngine engine { Workspace(path) };
    SyncRequest request;
    request.maps = { QStringLiteral("Units"), QStringLiteral("Items") };
    SyncResult result;
    QVERIFY2(engine.run(request, &result, &error), qPrintable(error));
    QCOMPARE(result.failedRecords(), 0);
    TestDb finance(path + QStringLiteral("/finance.db"));
    QCOMPARE(
        finance.value(QStringLiteral("SELECT Kind FROM FinItem WHERE ItemId = 'X'")).toString(),
        QStringLiteral("Expense line"));
    QCOMPARE(
        finance.value(QStringLiteral("SELECT Kind FROM FinItem WHERE ItemId = 'Y'")).toString(),
        QStringLiteral("Fee"));
}

void TestMapEditorDialog::invalidFilterDisablesSaveAndShowsThePosition()
{
    MapEditorDialog dialog(Workspace(newWorkspace()), QStringLiteral("Items"));
    QSignalSpy ready(&dialog, &MapEditorDialog::ready);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    auto *filter = child<FilterEdit>(&dialog, "dataverseFilter");
    auto *save = child<QPushButton>(&dialog, "saveButton");
    QPlainTextEdit *edit = filter->editor();
    edit->setFocus();
    edit->selectAll();
    const QString bad = QStringLiteral("skip eq 0 and qty gt ) 1");
    QTest::keyClicks(edit, bad);
    QCOMPARE(filter->text(), bad);

    QString expected;
    int position = -1;
    QVERIFY(!ODataFilter::parse(bad, nullptr, &expected, &position));
    QCOMPARE(position, 21);
    QCOMPARE(filter->message(), expected);
    QVERIFY2(
        filter->message().startsWith(QLatin1String("Position 22:")), qPrintable(filter->message()));
    QCOMPARE(edit->extraSelections().size(), 1);
    QCOMPARE(edit->extraSelections().constFirst().cursor.selectionStart(), 21);
    QVERIFY(!save->isEnabled());
    QCOMPARE(dialog.issues().constFirst().code, QStringLiteral("DW401"));
    grab(&dialog, "mapeditor-filter-error");

    // Return neither breaks the line nor saves; a valid filter on an unknown column is DW402.
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(filter->text(), bad);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("skip eq 0 and nope gt 1"));
    QVERIFY(edit->extraSelections().isEmpty());
    QCOMPARE(dialog.issues().size(), 1);
    QCOMPARE(dialog.issues().constFirst().code, QStringLiteral("DW402"));
    QVERIFY(filter->message().contains(QLatin1String("DW402")));
    QVERIFY(!save->isEnabled());
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("skip eq 0 and qty gt 1"));
    QVERIFY(dialog.issues().isEmpty());
    QVERIFY(filter->message().isEmpty());
    QVERIFY(save->isEnabled());
}

void TestMapEditorDialog::unknownColumnIsMarkedOnItsRow()
{
    MapEditorDialog dialog(Workspace(newWorkspace()), QStringLiteral("Items"));
    QSignalSpy ready(&dialog, &MapEditorDialog::ready);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    auto *tabs = child<QTabWidget>(&dialog, "mapEditorTabs");
    tabs->setCurrentIndex(1);
    auto *fields = child<QTableView>(&dialog, "fieldMappings");
    const QAbstractItemModel *model = fields->model();

    // The Dataverse field of row 2 (Name) is picked from dv_item's columns; type another name.
    auto *picker
        = openEditor<QComboBox>(fields, model->index(1, FieldMappingModel::DataverseColumn));
    QVERIFY(picker);
    QVERIFY(picker->isEditable());
    QVERIFY(picker->findText(QStringLiteral("qty")) >= 0);
    QCOMPARE(picker->completer()->filterMode(), Qt::MatchContains);
    picker->lineEdit()->selectAll();
    QTest::keyClicks(picker->lineEdit(), QStringLiteral("no_such_column"));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QTRY_COMPARE(model->index(1, FieldMappingModel::DataverseColumn).data().toString(),
        QStringLiteral("no_such_column"));

    QVERIFY(model->index(1, 0)
                .data(FieldMappingModel::IssueCodesRole)
                .toStringList()
                .contains(QStringLiteral("DW202")));
    QVERIFY(!model->headerData(1, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model->headerData(0, Qt::Vertical, Qt::DecorationRole).isNull());
    const QString tip = model->headerData(1, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("DW202")) && tip.contains(QLatin1String("no_such_column")),
        qPrintable(tip));
    auto *issues = child<QTreeView>(&dialog, "issues");
    QVERIFY(issues->isVisible());
    QVERIFY(column(issues->model(), 0).contains(QStringLiteral("DW202")));
    QVERIFY(!tabs->tabIcon(1).isNull());
    QVERIFY(tabs->tabIcon(0).isNull());
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
    grab(&dialog, "mapeditor-dw202");

    // Activating the issue brings its row back into view from another tab.
    tabs->setCurrentIndex(0);
    const int row = int(column(issues->model(), 0).indexOf(QStringLiteral("DW202")));
    emit issues->activated(issues->model()->index(row, 0));
    QCOMPARE(tabs->currentIndex(), 1);
    QCOMPARE(fields->currentIndex().row(), 1);
}

void TestMapEditorDialog::runningMapMustBeStoppedFirst_data()
{
    QTest::addColumn<bool>("stop");
    QTest::newRow("stop it") << true;
    QTest::newRow("decline") << false;
}

void TestMapEditorDialog::runningMapMustBeStoppedFirst()
{
    QFETCH(bool, stop);
    const Workspace workspace(newWorkspace());
    const auto status = [&] {
        MapControl control(workspace);
        MapStatus result = MapStatus::Error;
        QString error;
        if (!control.open(&error) || !control.status(QStringLiteral("Items"), &result, &error))
            qWarning("%s", qPrintable(error));
        return result;
    };
    {
        MapControl control(workspace);
        QString error;
        QVERIFY2(control.open(&error) && control.start({ QStringLiteral("Items") }, &error),
            qPrintable(error));
    }
    QCOMPARE(status(), MapStatus::Running);

    MapEditorDialog dialog(workspace, QStringLiteral("Items"));
    QSignalSpy ready(&dialog, &MapEditorDialog::ready);
    dialog.show();
    QMessageBox *question = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (question = dialog.findChild<QMessageBox *>(QStringLiteral("stopMapQuestion"))), 20000);
    QCOMPARE(
        question->text(), QStringLiteral("Editing requires the map to be stopped. Stop it now?"));
    QVERIFY(!child<QTabWidget>(&dialog, "mapEditorTabs")->isEnabled());
    QVERIFY(!child<QPushButton>(&dialog, "saveButton")->isEnabled());
    grab(question, "mapeditor-stop-question");
    question->button(stop ? QMessageBox::Yes : QMessageBox::No)->click();
    if (!stop) {
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(status(), MapStatus::Running);
        return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    QCOMPARE(status(), MapStatus::NotRunning);
    QVERIFY(child<QTabWidget>(&dialog, "mapEditorTabs")->isEnabled());
    QVERIFY(child<QPushButton>(&dialog, "saveButton")->isEnabled());
}

void TestMapEditorDialog::createsANewMap()
{
    const Workspace workspace(newWorkspace());
    MapEditorDialog dialog(workspace, QString());
    QSignalSpy ready(&dialog, &MapEditorDialog::ready);
    QSignalSpy saved(&dialog, &MapEditorDialog::saved);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    auto *save = child<QPushButton>(&dialog, "saveButton");
    QVERIFY(!save->isEnabled()); // no name, no tables, no key
    auto *name = child<QLineEdit>(&dialog, "mapName");
    QVERIFY(!name->isReadOnly());
    QTest::keyClicks(name, QStringLiteral("Units"));
    QVERIFY(child<MessageLabel>(&dialog, "editorStatus")->text().contains(QLatin1String("exists")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("Units again"));
    QTest::keyClicks(
        child<QComboBox>(&dialog, "dataverseTable")->lineEdit(), QStringLiteral("dv_unit"));
    QTest::keyClicks(
        child<QComboBox>(&dialog, "financeTable")->lineEdit(), QStringLiteral("FinUnit"));
    auto *tabs = child<QTabWidget>(&dialog, "mapEditorTabs");
    tabs->setCurrentIndex(2);
    auto *keys = child<QTableView>(&dialog, "keyPairs");
    QVERIFY(keys->model()->insertRows(0, 1));
    QVERIFY(keys->model()->setData(keys->model()->index(0, 0), QStringLiteral("UnitId")));
    QVERIFY(keys->model()->setData(keys->model()->index(0, 1), QStringLiteral("id")));
    QVERIFY(!save->isEnabled()); // DW103: the key is not mapped by a field row
    QCOMPARE(dialog.issues().constFirst().code, QStringLiteral("DW103"));
    tabs->setCurrentIndex(1);
    auto *fields = child<QTableView>(&dialog, "fieldMappings");
    QVERIFY(fields->model()->insertRows(0, 1));
    QVERIFY(fields->model()->setData(fields->model()->index(0, 0), QStringLiteral("UnitId")));
    QVERIFY(fields->model()->setData(fields->model()->index(0, 2), QStringLiteral("id")));
    QVERIFY2(dialog.issues().isEmpty(), qPrintable(dialog.issues().value(0).message));
    QVERIFY(save->isEnabled());

    QTimer::singleShot(0, this, [&] {
        auto *prompt = dialog.findChild<SaveVersionDialog *>();
        QVERIFY(prompt);
        auto *ok = prompt->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!ok->isEnabled()); // a publisher is required
        QTest::keyClicks(child<QLineEdit>(prompt, "publisher"), QStringLiteral("Contoso"));
        QCOMPARE(child<QLineEdit>(prompt, "version")->text(), QStringLiteral("1.0.0.0"));
        QVERIFY(ok->isEnabled());
        ok->click();
    });
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    StateStore store;
    QString error;
    QVERIFY(store.open(workspace, &error));
    TableMap map;
    QVERIFY2(MapStore(store.database()).load(QStringLiteral("Units again"), &map, &error),
        qPrintable(error));
    QCOMPARE(map.dataverse.table, QStringLiteral("dv_unit"));
    QCOMPARE(map.keys.size(), 1);
    QCOMPARE(map.publisher, QStringLiteral("Contoso"));
}

void TestMapEditorDialog::keyboardAndAccessibility()
{
    MapEditorDialog dialog(Workspace(newWorkspace()), QStringLiteral("Items"));
    QSignalSpy ready(&dialog, &MapEditorDialog::ready);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    auto *tabs = child<QTabWidget>(&dialog, "mapEditorTabs");
    for (int tab = 0; tab < tabs->count(); ++tab) {
        tabs->setCurrentIndex(tab);
        // Every mnemonic visible at once is unique, and each labelled one has a buddy.
        QHash<QChar, QString> seen;
        const auto note = [&](const QString &text) {
            const QChar m = mnemonic(text);
            if (m.isNull())
                return;
            QVERIFY2(!seen.contains(m),
                qPrintable(
                    QStringLiteral("'%1' in \"%2\" and \"%3\"").arg(m, seen.value(m), text)));
            seen.insert(m, text);
        };
        for (int i = 0; i < tabs->count(); ++i)
            note(tabs->tabText(i));
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!widget->isVisible())
                continue;
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                note(label->text());
                QVERIFY2(
                    mnemonic(label->text()).isNull() || label->buddy(), qPrintable(label->text()));
            } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
                note(button->text());
                // Icon-only buttons are named for screen readers.
                if (qobject_cast<QToolButton *>(button) || qobject_cast<QPushButton *>(button))
                    QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(),
                        qPrintable(button->objectName()));
            } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
                note(box->title());
            }
        }
        grab(&dialog, QStringLiteral("mapeditor-keys-tab%1").arg(tab));
    }

    // Tab walks the general tab's fields and reaches the issue list and Save.
    tabs->setCurrentIndex(0);
    child<QLineEdit>(&dialog, "mapName")->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 40; ++i) {
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
            reached.insert(w->objectName());
    }
    for (const char *name : { "component", "financeTable", "financeFilter", "dataverseTable",
             "dataverseFilter", "conflictPolicy", "conflictMaster", "saveButton" })
        QVERIFY2(reached.contains(QString::fromLatin1(name)), name);
}

QTEST_MAIN(TestMapEditorDialog)
#include "tst_mapeditordialog.moc"
