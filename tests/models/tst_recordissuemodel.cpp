#include "loadwait.h"
#include "recordissuemodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

class TestRecordIssueModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterWhilePaging();
    void pagesInKeyOrderAndCountsAll();
    void filtersByRun();
    void reloadKeepsUnchangedRows();
    void staleAnswersAreDropped();
};

void TestRecordIssueModel::passesModelTesterWhilePaging()
{
    StoreFixture store;
    store.addFailed(450, 1);
    RecordIssueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(store.workspace(), QStringLiteral("Items"));
    // The tester fetches more by itself too; whoever asks, the pages arrive one by one.
    const auto fetched = [&] {
        if (model.canFetchMore({}))
            model.fetchMore({});
        return model.rowCount();
    };
    QTRY_COMPARE_WITH_TIMEOUT(fetched(), 450, 10000);
    QVERIFY(!model.canFetchMore({}));
    model.setQuery(Workspace(), QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordIssueModel::pagesInKeyOrderAndCountsAll()
{
    StoreFixture store;
    store.addFailed(450, 1);
    RecordIssueModel model;
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.workspace(), QStringLiteral("Items")); }));
    QCOMPARE(model.rowCount(), RecordIssueModel::pageSize);
    QCOMPARE(model.totalCount(), 450);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(loadedAfter(model, [&] { model.fetchMore({}); }));
    QCOMPARE(model.rowCount(), 2 * RecordIssueModel::pageSize);
    QCOMPARE(model.index(200, RecordIssueModel::Key).data().toString(), QStringLiteral("K00201"));
    QCOMPARE(
        model.index(0, RecordIssueModel::Message).data().toString(), QStringLiteral("Bad value 1"));
    QCOMPARE(model.index(0, RecordIssueModel::ErrorClassColumn).data().toString(),
        QStringLiteral("Validation"));
    QVERIFY(loadedAfter(model, [&] { model.fetchMore({}); }));
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.canFetchMore({}));
}

void TestRecordIssueModel::filtersByRun()
{
    StoreFixture store;
    store.addFailed(5, 1);
    store.addFailed(3, 2, 100);
    RecordIssueModel model;
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.workspace(), QStringLiteral("Items"), 2); }));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 3);
    QCOMPARE(model.index(0, RecordIssueModel::Key).data().toString(), QStringLiteral("K00100"));
}

void TestRecordIssueModel::reloadKeepsUnchangedRows()
{
    StoreFixture store;
    store.addFailed(5, 1);
    RecordIssueModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.workspace(), QStringLiteral("Items")); }));
    QCOMPARE(model.rowCount(), 5);
    const qsizetype resets = reset.size();
    QVERIFY(loadedAfter(model, [&] { model.reload(); }));
    QCOMPARE(reset.size(), resets);
    store.addFailed(1, 1, 6);
    QVERIFY(loadedAfter(model, [&] { model.reload(); }));
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.totalCount(), 6);
}

void TestRecordIssueModel::staleAnswersAreDropped()
{
    StoreFixture store;
    store.addFailed(5, 1);
    RecordIssueModel model;
    QVERIFY(loadedAfter(model, [&] {
        model.setQuery(store.workspace(), QStringLiteral("Items"));
        model.setQuery(store.workspace(), QStringLiteral("Nothing of that name"));
    }));
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.map(), QStringLiteral("Nothing of that name"));
}

QTEST_MAIN(TestRecordIssueModel)
#include "tst_recordissuemodel.moc"
