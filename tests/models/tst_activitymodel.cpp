#include "activitylog.h"
#include "activitymodel.h"
#include "loadwait.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

Q_DECLARE_METATYPE(dw::ActivityFilter)

class TestActivityModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterNewestFirst();
    void reloadPutsNewEntriesOnTop();
    void filterMatchesSql_data();
    void filterMatchesSql();
    void pagesContinueAcrossEqualTimes();
    void emptyStorePathListsNothing();

private:
    // Fetches pages until the model has them all.
    static bool fetchAll(ActivityModel &model);
    // A log of two maps and the workspace: kinds in turn, times with ties, some messages
    // with words and wildcard characters to find.
    static void plantLog(StoreFixture &store, int count);
};

bool TestActivityModel::fetchAll(ActivityModel &model)
{
    return QTest::qWaitFor(
        [&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return !model.isLoading() && !model.canFetchMore({});
        },
        20000);
}

void TestActivityModel::plantLog(StoreFixture &store, int count)
{
    QVERIFY(store.exec(QStringLiteral(
        "INSERT INTO maps (id, name, component, created_at) VALUES (2, 'Units', 'setup', 1)")));
    QVERIFY(store.exec(QStringLiteral("BEGIN")));
    QSqlQuery insert(store.db());
    QVERIFY(insert.prepare(QStringLiteral(
        "INSERT INTO activity_log (at, map_id, run_id, kind, message) VALUES (?, ?, ?, ?, ?)")));
    const QList<ActivityKind> &kinds = allActivityKinds();
    for (int i = 1; i <= count; ++i) {
        insert.addBindValue(qint64(i / 3) * 10); // three entries share a time
        insert.addBindValue(
            i % 3 == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(i % 3));
        insert.addBindValue(
            i % 4 == 0 ? QVariant(qint64(i / 4)) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.addBindValue(activityKindId(kinds.at(i % kinds.size())));
        QString message = QStringLiteral("Entry %1").arg(i);
        if (i % 7 == 0)
            message += QStringLiteral(" Paused by an alert");
        if (i % 11 == 0)
            message += QStringLiteral(" 50% done");
        if (i % 13 == 0)
            message += QStringLiteral(" 50_ done");
        insert.addBindValue(message);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    QVERIFY(store.exec(QStringLiteral("COMMIT")));
}

void TestActivityModel::passesModelTesterNewestFirst()
{
    StoreFixture store;
    store.addActivity(150);
    ActivityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ActivityFilter filter;
    filter.map = QStringLiteral("Items");
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.workspace(), filter); }));
    QVERIFY(model.rowCount() >= ActivityModel::pageSize);
    // Newest first: the map's own "created" entry (written now) before the planted ones.
    QCOMPARE(model.index(0, ActivityModel::Event).data().toString(), QStringLiteral("Map created"));
    QCOMPARE(model.index(1, ActivityModel::Message).data().toString(), QStringLiteral("Entry 150"));
    QCOMPARE(
        model.index(1, ActivityModel::Event).data().toString(), QStringLiteral("Status changed"));
    QCOMPARE(model.index(1, ActivityModel::Map).data().toString(), QStringLiteral("Items"));
    QCOMPARE(model.index(1, ActivityModel::Run).data().toString(), QString());
    // The tester fetches more by itself too; whoever asks, the older page arrives.
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 151);
    QCOMPARE(model.index(150, ActivityModel::Message).data().toString(), QStringLiteral("Entry 1"));
}

void TestActivityModel::reloadPutsNewEntriesOnTop()
{
    StoreFixture store;
    ActivityModel model;
    model.setCounting(true);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ActivityFilter filter;
    filter.map = QStringLiteral("Items");
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.workspace(), filter); }));
    QCOMPARE(model.rowCount(), 1);
    QTRY_COMPARE(model.totalCount(), 1);
    const int resets = int(reset.size());
    // Two entries written after the map's, one of them on another map.
    QVERIFY(store.exec(QStringLiteral(
        "INSERT INTO maps (id, name, component, created_at) VALUES (2, 'Units', 'setup', 1)")));
    QVERIFY(store.exec(
        QStringLiteral("INSERT INTO activity_log (at, map_id, run_id, kind, message) VALUES"
                       " (strftime('%s', 'now') * 1000 + 60000, 1, 7, 'runFinished', 'Later'),"
                       " (strftime('%s', 'now') * 1000 + 60000, 2, 7, 'runFinished', 'Other'),"
                       " (strftime('%s', 'now') * 1000 + 90000, 1, 8, 'alert', 'Latest')")));
    QVERIFY(loadedAfter(model, [&] { model.reload(); }));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(reset.size(), resets); // no reset: selection and scroll position stay
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.constFirst().at(1).toInt(), 0);
    QCOMPARE(inserted.constFirst().at(2).toInt(), 1);
    QCOMPARE(model.index(0, ActivityModel::Message).data().toString(), QStringLiteral("Latest"));
    QCOMPARE(model.index(0, ActivityModel::Event).data().toString(), QStringLiteral("Alert"));
    QCOMPARE(model.index(0, ActivityModel::Run).data().toString(), QStringLiteral("8"));
    QCOMPARE(model.index(1, ActivityModel::Message).data().toString(), QStringLiteral("Later"));
    QCOMPARE(model.totalCount(), 3); // counted along, without another count
}

void TestActivityModel::filterMatchesSql_data()
{
    QTest::addColumn<ActivityFilter>("filter");
    QTest::addColumn<QString>("where"); // the same condition, written out in SQL
    const auto filter = [](const QString &map, std::optional<ActivityKind> kind, qint64 from,
                            qint64 to, const QString &text) {
        ActivityFilter f;
        f.map = map;
        f.kind = kind;
        f.fromMs = from;
        f.toMs = to;
        f.text = text;
        return f;
    };
    QTest::newRow("everything") << ActivityFilter() << QStringLiteral("1 = 1");
    QTest::newRow("map") << filter(QStringLiteral("Units"), {}, 0, 0, {})
                         << QStringLiteral("map_id = 2");
    QTest::newRow("unknown map") << filter(QStringLiteral("Nope"), {}, 0, 0, {})
                                 << QStringLiteral("0 = 1");
    QTest::newRow("kind") << filter({}, ActivityKind::RunFinished, 0, 0, {})
                          << QStringLiteral("kind = 'runFinished'");
    QTest::newRow("map and kind") << filter(QStringLiteral("Items"), ActivityKind::Alert, 0, 0, {})
                                  << QStringLiteral("map_id = 1 AND kind = 'alert'");
    QTest::newRow("from") << filter({}, {}, 1500, 0, {}) << QStringLiteral("at >= 1500");
    QTest::newRow("to") << filter({}, {}, 0, 700, {}) << QStringLiteral("at < 700");
    QTest::newRow("range") << filter({}, {}, 400, 1230, {})
                           << QStringLiteral("at >= 400 AND at < 1230");
    QTest::newRow("text") << filter({}, {}, 0, 0, QStringLiteral("paused"))
                          << QStringLiteral("message LIKE '%Paused%'");
    QTest::newRow("text in other case") << filter({}, {}, 0, 0, QStringLiteral("PAUSED BY"))
                                        << QStringLiteral("message LIKE '%Paused by%'");
    // Wildcards of LIKE are literal characters to find.
    QTest::newRow("percent") << filter({}, {}, 0, 0, QStringLiteral("50%"))
                             << QStringLiteral("instr(message, '50%') > 0");
    QTest::newRow("underscore") << filter({}, {}, 0, 0, QStringLiteral("50_"))
                                << QStringLiteral("instr(message, '50_') > 0");
    QTest::newRow("all at once") << filter(
        QStringLiteral("Items"), ActivityKind::StatusChanged, 100, 3000, QStringLiteral("entry 1"))
                                 << QStringLiteral("map_id = 1 AND kind = 'statusChanged' AND"
                                                   " at >= 100 AND at < 3000 AND"
                                                   " message LIKE '%Entry 1%'");
}

// Every filter lists exactly the entries its SQL condition selects, in the log's order, page
// after page, and counts them.
void TestActivityModel::filterMatchesSql()
{
    QFETCH(ActivityFilter, filter);
    QFETCH(QString, where);
    StoreFixture store;
    plantLog(store, 700);
    ActivityModel model;
    model.setCounting(true);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.workspace(), filter); }));
    QVERIFY(fetchAll(model));

    QSqlQuery query(store.db());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE ") + where));
    QVERIFY(query.next());
    const qint64 expected = query.value(0).toLongLong();
    QTRY_COMPARE(model.totalCount(), expected);
    QCOMPARE(qint64(model.rowCount()), expected);
    QVERIFY2(expected > 0 || where == QLatin1String("0 = 1"), "the planted log covers the filter");

    QVERIFY(query.exec(QStringLiteral("SELECT a.id, COALESCE(m.name, '') FROM activity_log a"
                                      " LEFT JOIN maps m ON m.id = a.map_id WHERE ")
        + where + QStringLiteral(" ORDER BY a.at DESC, a.id DESC")));
    for (int row = 0; query.next(); ++row) {
        QCOMPARE(model.entry(row).id, query.value(0).toLongLong());
        QCOMPARE(model.index(row, ActivityModel::Map).data().toString(), query.value(1).toString());
    }
}

void TestActivityModel::pagesContinueAcrossEqualTimes()
{
    StoreFixture store;
    // Every entry at the same time: the order, and where a page ends, is by id alone.
    store.exec(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250)"
        " INSERT INTO activity_log (at, map_id, kind, message)"
        " SELECT 42, 1, 'alert', 'Same time ' || i FROM n"));
    ActivityModel model;
    ActivityFilter filter;
    filter.kind = ActivityKind::Alert;
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.workspace(), filter); }));
    QCOMPARE(model.rowCount(), ActivityModel::pageSize);
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 250);
    for (int row = 0; row < 250; ++row)
        QCOMPARE(model.index(row, ActivityModel::Message).data().toString(),
            QStringLiteral("Same time %1").arg(250 - row));
}

void TestActivityModel::emptyStorePathListsNothing()
{
    StoreFixture store;
    store.addActivity(3);
    ActivityModel model;
    ActivityFilter filter;
    filter.map = QStringLiteral("Items");
    QVERIFY(loadedAfter(model, [&] { model.setQuery(store.workspace(), filter); }));
    QCOMPARE(model.rowCount(), 4);
    // What the map detail does when no map is current.
    model.setQuery(Workspace(), ActivityFilter());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

QTEST_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
