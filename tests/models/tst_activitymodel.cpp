#include "activitymodel.h"
#include "loadwait.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

class TestActivityModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterNewestFirst();
    void reloadPutsNewEntriesOnTop();
};

void TestActivityModel::passesModelTesterNewestFirst()
{
    StoreFixture store;
    store.addActivity(150);
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.path(), QStringLiteral("Items")); }));
    QVERIFY(model.rowCount() >= ActivityModel::pageSize);
    // Newest first: the planted entries come after the map's own "created" entry.
    QCOMPARE(model.index(0, ActivityModel::Message).data().toString(), QStringLiteral("Entry 150"));
    QCOMPARE(
        model.index(0, ActivityModel::Event).data().toString(), QStringLiteral("Status changed"));
    // The tester fetches more by itself too; whoever asks, the older page arrives.
    const auto fetched = [&] {
        if (model.canFetchMore({}))
            model.fetchMore({});
        return model.rowCount();
    };
    QTRY_COMPARE_WITH_TIMEOUT(fetched(), 151, 10000);
    QCOMPARE(
        model.index(150, ActivityModel::Event).data().toString(), QStringLiteral("Map created"));
    QVERIFY(!model.canFetchMore({}));
}

void TestActivityModel::reloadPutsNewEntriesOnTop()
{
    StoreFixture store;
    ActivityModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.path(), QStringLiteral("Items")); }));
    QCOMPARE(model.rowCount(), 1);
    store.addActivity(2);
    QVERIFY(loadedAfter(model, [&] { model.reload(); }));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 1);
    QCOMPARE(model.index(0, ActivityModel::Message).data().toString(), QStringLiteral("Entry 2"));
}

QTEST_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
