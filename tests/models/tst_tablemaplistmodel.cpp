#include "leasefixture.h"
#include "mapserving.h"
#include "mapstore.h"
#include "tablemapfiltermodel.h"
#include "tablemaplistmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {
MapSummary summary(
    qint64 id, const QString &name, Component component, qint64 failed, qint64 lastRun = 0)
{
    MapSummary s;
    s.id = id;
    s.name = name;
    s.component = component;
    s.version = QStringLiteral("1.0.0.%1").arg(id);
    s.dataverseTable = QStringLiteral("msdyn_table%1").arg(id);
    s.financeTable = QStringLiteral("FinanceEntity%1").arg(id);
    s.failed = failed;
    s.lastRunAt = lastRun;
    return s;
}

QList<MapSummary> sample()
{
    return { summary(1, QStringLiteral("Projects V2"), Component::Setup, 0, 1000),
        summary(2, QStringLiteral("Project Operations integration actuals"), Component::Actuals,
            120, 3000),
        summary(3, QStringLiteral("Project tasks"), Component::Setup, 9),
        summary(4, QStringLiteral("Project Operations integration project expenses export entity"),
            Component::Expenses, 3, 2000) };
}

// A state store holding the sample's maps, for the leases that name them.
void saveSample(const QString &path)
{
    StateStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    for (const MapSummary &s : sample()) {
        TableMap map;
        map.name = s.name;
        map.dataverse.table = s.dataverseTable;
        map.finance.table = s.financeTable;
        map.keys = { { QStringLiteral("Id"), QStringLiteral("id") } };
        map.fields
            = { { QStringLiteral("Id"), QStringLiteral("id"), FieldDirection::ToFinance, {} } };
        MapStore::SaveOutcome outcome;
        QVERIFY2(MapStore(store.database()).save(map, &outcome, &error), qPrintable(error));
    }
}

QHash<QString, MapServing> readServing(const QString &path)
{
    StateStore store;
    QString error;
    QHash<QString, MapServing> serving;
    if (!store.open(path, &error) || !MapServing::readAll(store.database(), &serving, &error))
        qWarning("cannot read the leases: %s", qPrintable(error));
    return serving;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data().toString());
    return values;
}
} // namespace

class TestTableMapListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void showsStatusAsIconAndText();
    void sameMapsUpdateOnlyChangedRows();
    void filtersByTextAndComponent();
    void sortsNumbersAsNumbers();
    void queuedCountsChangeOneColumn();
    void servedByNamesOnlyLiveHolders();
    void holderWhoseProcessEndedIsNotShown();
};

void TestTableMapListModel::passesModelTester()
{
    TableMapListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries(sample());
    QCOMPARE(model.rowCount(), 4);
    QList<MapSummary> changed = sample();
    changed[1].failed = 0;
    model.setSummaries(changed);
    model.setSummaries(sample().mid(1));
    model.setQueued({ { QStringLiteral("Projects V2"), 12 } });
    model.setSummaries({});
    TableMapFilterModel proxy;
    QAbstractItemModelTester proxyTester(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.setSummaries(sample());
    proxy.setText(QStringLiteral("project"));
    proxy.sort(TableMapListModel::Failed);
}

void TestTableMapListModel::showsStatusAsIconAndText()
{
    TableMapListModel model;
    QList<MapSummary> maps = sample();
    maps[0].status = MapStatus::Paused;
    maps[0].statusReason = QStringLiteral("Paused by alert rule");
    model.setSummaries(maps);
    const QModelIndex status = model.index(0, TableMapListModel::Status);
    QCOMPARE(status.data().toString(), QStringLiteral("Paused"));
    QVERIFY(!status.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), QStringLiteral("Paused by alert rule"));
    QCOMPARE(model.index(0, TableMapListModel::Direction).data().toString(),
        QStringLiteral("Dataverse → Finance"));
    QCOMPARE(model.index(2, TableMapListModel::LastRun).data().toString(), QStringLiteral("Never"));
}

void TestTableMapListModel::sameMapsUpdateOnlyChangedRows()
{
    TableMapListModel model;
    model.setSummaries(sample());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<MapSummary> maps = sample();
    maps[2].failed = 0;
    model.setSummaries(maps);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), 2);
    QCOMPARE(model.index(2, TableMapListModel::Failed).data().toString(), QStringLiteral("0"));
}

void TestTableMapListModel::filtersByTextAndComponent()
{
    TableMapListModel model;
    model.setSummaries(sample());
    TableMapFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setText(QStringLiteral("TASKS"));
    QCOMPARE(
        column(proxy, TableMapListModel::Name), QStringList { QStringLiteral("Project tasks") });
    proxy.setText(QStringLiteral("msdyn_table4")); // a table name finds its map
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText(QString());
    proxy.setComponent(QStringLiteral("setup"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setComponent(QStringLiteral("vendorInvoices"));
    QCOMPARE(proxy.rowCount(), 0);
}

void TestTableMapListModel::sortsNumbersAsNumbers()
{
    TableMapListModel model;
    model.setSummaries(sample());
    TableMapFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TableMapListModel::Failed, Qt::DescendingOrder);
    QCOMPARE(column(proxy, TableMapListModel::Failed),
        (QStringList { QStringLiteral("120"), QStringLiteral("9"), QStringLiteral("3"),
            QStringLiteral("0") }));
    proxy.sort(TableMapListModel::LastRun, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, TableMapListModel::Name).data().toString(),
        QStringLiteral("Project Operations integration actuals"));
}

void TestTableMapListModel::queuedCountsChangeOneColumn()
{
    TableMapListModel model;
    model.setSummaries(sample());
    QCOMPARE(model.index(0, TableMapListModel::Queued).data().toString(), QStringLiteral("–"));
    QVERIFY(!model.index(0, TableMapListModel::Queued).data(Qt::ToolTipRole).toString().isEmpty());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QHash<QString, qint64> queued { { QStringLiteral("Projects V2"), 1200 },
        { QStringLiteral("Project tasks"), 0 } };
    model.setQueued(queued);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(TableMapListModel::Queued));
    QCOMPARE(changed.constFirst().at(1).toModelIndex().column(), int(TableMapListModel::Queued));
    QCOMPARE(model.index(0, TableMapListModel::Queued).data().toString(), QLocale().toString(1200));
    QCOMPARE(model.index(2, TableMapListModel::Queued).data().toString(), QStringLiteral("0"));
    model.setQueued(queued); // the same counts: nothing to tell the views
    QCOMPARE(changed.count(), 1);
    TableMapFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TableMapListModel::Queued, Qt::DescendingOrder);
    QCOMPARE(
        proxy.index(0, TableMapListModel::Name).data().toString(), QStringLiteral("Projects V2"));
}

void TestTableMapListModel::servedByNamesOnlyLiveHolders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.db"));
    saveSample(path);
    // Projects V2 by a worker elsewhere, Project tasks by this process, the actuals expired;
    // the expenses map has no lease at all.
    leasefixture::hold(path, QStringLiteral("Projects V2"), QStringLiteral("Project tasks"),
        QStringLiteral("Project Operations integration actuals"));
    if (QTest::currentTestFailed())
        return;
    const QHash<QString, MapServing> serving = readServing(path);
    QCOMPARE(serving.size(), 3);

    TableMapListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSummaries(sample());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setServing(serving);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(TableMapListModel::ServedBy));
    QCOMPARE(
        model.headerData(TableMapListModel::ServedBy, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Served by"));
    QCOMPARE(column(model, TableMapListModel::ServedBy),
        (QStringList {
            leasefixture::otherWorker(), QString(), QStringLiteral("This console"), QString() }));

    const auto tip = [&model](int row) {
        return model.index(row, TableMapListModel::ServedBy).data(Qt::ToolTipRole).toString();
    };
    QVERIFY2(
        tip(0).startsWith(QStringLiteral("Served by %1 since ").arg(leasefixture::otherWorker())),
        qPrintable(tip(0)));
    QVERIFY2(tip(0).contains(QLatin1String("last heartbeat")), qPrintable(tip(0)));
    QVERIFY2(tip(1).contains(QLatin1String("expired")), qPrintable(tip(1)));
    QVERIFY2(tip(1).contains(QLatin1String("presumed gone")), qPrintable(tip(1)));
    QVERIFY2(tip(1).contains(leasefixture::expiredWorker()), qPrintable(tip(1)));
    QVERIFY2(tip(2).startsWith(QLatin1String("Served by this console (")), qPrintable(tip(2)));
    QVERIFY(model.index(3, TableMapListModel::ServedBy).data(Qt::ToolTipRole).isNull());

    // Sorting and filtering go on as before, the new column with them.
    TableMapFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(TableMapListModel::ServedBy, Qt::DescendingOrder);
    QCOMPARE(column(proxy, TableMapListModel::Name).mid(0, 2),
        (QStringList { QStringLiteral("Projects V2"), QStringLiteral("Project tasks") }));
    proxy.setText(QStringLiteral("tasks"));
    QCOMPARE(
        column(proxy, TableMapListModel::ServedBy), QStringList { QStringLiteral("This console") });

    // The same leases again: nothing for the views; given back: the column empties.
    model.setServing(serving);
    QCOMPARE(changed.count(), 1);
    model.setServing({});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(0, TableMapListModel::ServedBy).data().toString(), QString());
}

void TestTableMapListModel::holderWhoseProcessEndedIsNotShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.db"));
    saveSample(path);
    if (QTest::currentTestFailed())
        return;
    // A process of this machine that has ended: its pid is free.
    QProcess ended;
    ended.start(QStringLiteral("true"));
    QVERIFY(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    {
        StateStore store;
        QString error;
        QVERIFY(store.open(path, &error));
        TestDb raw(path);
        const qint64 tasks
            = raw.number(QStringLiteral("SELECT id FROM maps WHERE name = 'Project tasks'"));
        MapLeases leases(store.database(), QStringLiteral("ended@here"), 600000);
        bool held = false;
        QString other;
        QVERIFY2(leases.acquire(tasks, &held, &other, &error), qPrintable(error));
        QVERIFY(held);
        QVERIFY(raw.exec(QStringLiteral("UPDATE map_leases SET pid = %1").arg(deadPid)));
    }
    TableMapListModel model;
    model.setSummaries(sample());
    model.setServing(readServing(path));
    const QModelIndex cell = model.index(2, TableMapListModel::ServedBy); // Project tasks
    QCOMPARE(cell.data().toString(), QString()); // its lease runs ten more minutes, but it is gone
    QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QLatin1String("process has ended")),
        qPrintable(cell.data(Qt::ToolTipRole).toString()));
}

QTEST_MAIN(TestTableMapListModel)
#include "tst_tablemaplistmodel.moc"
