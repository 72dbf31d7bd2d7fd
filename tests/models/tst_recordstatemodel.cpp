#include "loadwait.h"
#include "recordstatemodel.h"
#include "storefixture.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dw;

// Two maps, "Items" (id 1) and "Lines" (id 2), with 700 and 500 records of every status:
// record i has status i % 5, i % 7 attempts, last attempt at i·1000, and, when failed or in
// conflict, an error naming its number. Keys of Lines are two-part (U+001F between).
class TestRecordStateModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void passesModelTesterWhilePaging();
    void everySortListsEachRecordOnceInOrder_data();
    void everySortListsEachRecordOnceInOrder();
    void filtersMatchSqlCounts_data();
    void filtersMatchSqlCounts();
    void staleAnswersAreDropped();

private:
    // Fetches every page; returns false on a timeout.
    bool fetchAll(RecordStateModel &model);
    qint64 sqlCount(const QString &where);

    StoreFixture *m_store = nullptr;
    QList<RecordQueryMap> m_maps;
};

void TestRecordStateModel::init()
{
    m_store = new StoreFixture;
    TableMap lines;
    lines.name = QStringLiteral("Lines");
    lines.component = Component::Expenses;
    lines.dataverse.table = QStringLiteral("dv_line");
    lines.finance.table = QStringLiteral("FinLine");
    lines.keys = { { QStringLiteral("Doc"), QStringLiteral("doc") },
        { QStringLiteral("Line"), QStringLiteral("line") } };
    lines.fields
        = { { QStringLiteral("Doc"), QStringLiteral("doc"), FieldDirection::ToFinance, {} },
              { QStringLiteral("Line"), QStringLiteral("line"), FieldDirection::ToFinance, {} } };
    MapStore::SaveOutcome outcome;
    QString error;
    QVERIFY2(MapStore(m_store->db()).save(lines, &outcome, &error), qPrintable(error));
    for (const auto &[map, count, key] : { std::tuple { 1, 700, "printf('K%04d', i)" },
             std::tuple { 2, 500, "printf('D%03d', i / 10) || char(31) || (i % 10)" } }) {
        QVERIFY(m_store->exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %2)"
            " INSERT INTO record_states (map_id, record_key, status, last_direction,"
            " attempts, error_class, error_message, last_attempt_at, last_run_id)"
            " SELECT %1, %3, i % 5, 'finance', i % 7,"
            " CASE WHEN i % 5 IN (1, 2) THEN 'validation' END,"
            " CASE WHEN i % 5 IN (1, 2) THEN 'Bad value ' || i || ' in map %1' END,"
            " i * 1000, 1 + i % 2 FROM n")
                                  .arg(map)
                                  .arg(count)
                                  .arg(QLatin1String(key))));
    }
    QVERIFY2(RecordQuery(m_store->db()).maps(std::nullopt, &m_maps, &error), qPrintable(error));
    QCOMPARE(m_maps.size(), 2);
    QCOMPARE(m_maps.at(0).name, QStringLiteral("Items"));
}

void TestRecordStateModel::cleanup()
{
    delete m_store;
    m_store = nullptr;
}

bool TestRecordStateModel::fetchAll(RecordStateModel &model)
{
    return QTest::qWaitFor(
        [&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return !model.isLoading() && !model.canFetchMore({});
        },
        20000);
}

qint64 TestRecordStateModel::sqlCount(const QString &where)
{
    QSqlQuery query(m_store->db());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM record_states WHERE ") + where)
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestRecordStateModel::passesModelTesterWhilePaging()
{
    RecordStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordFilter filter;
    filter.maps = m_maps;
    QVERIFY(loadedAfter(model, [&] { model.setQuery(m_store->workspace(), filter); }));
    QCOMPARE(model.rowCount(), RecordStateModel::pageSize);
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 1200);
    QVERIFY(
        loadedAfter(model, [&] { model.sort(RecordStateModel::Attempts, Qt::DescendingOrder); }));
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), 1200);
    model.setQuery(dw::Workspace(), filter);
    QCOMPARE(model.rowCount(), 0);
}

void TestRecordStateModel::everySortListsEachRecordOnceInOrder_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<bool>("ascending");
    for (int column :
        { int(RecordStateModel::Key), int(RecordStateModel::Map), int(RecordStateModel::Status),
            int(RecordStateModel::Attempts), int(RecordStateModel::LastAttempt) }) {
        for (bool ascending : { true, false }) {
            QTest::addRow("column %d %s", column, ascending ? "ascending" : "descending")
                << column << ascending;
        }
    }
}

void TestRecordStateModel::everySortListsEachRecordOnceInOrder()
{
    QFETCH(int, column);
    QFETCH(bool, ascending);
    RecordStateModel model;
    RecordFilter filter;
    filter.maps = m_maps;
    model.sort(column, ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
    QVERIFY(loadedAfter(model, [&] { model.setQuery(m_store->workspace(), filter); }));
    QVERIFY(fetchAll(model));
    QCOMPARE(model.rowCount(), sqlCount(QStringLiteral("1")));
    QSet<QString> seen;
    const auto value = [&](const RecordState &r) -> qint64 {
        switch (column) {
        case RecordStateModel::Status:
            return int(r.status);
        case RecordStateModel::Attempts:
            return r.attempts;
        case RecordStateModel::LastAttempt:
            return r.lastAttemptAt;
        }
        return 0;
    };
    const auto rank = [](const RecordState &r) {
        return r.map == QLatin1String("Items") ? 0 : 1;
    };
    for (int row = 0; row < model.rowCount(); ++row) {
        const RecordState &r = model.record(row);
        seen.insert(r.map + u'/' + r.key);
        if (row == 0)
            continue;
        const RecordState &p = model.record(row - 1);
        // (value, map, key) strictly increasing (or decreasing); key order is byte order.
        const auto tuple = [&](const RecordState &s) {
            return std::tuple(column == RecordStateModel::Key ? 0 : value(s),
                column == RecordStateModel::Key ? 0 : rank(s), s.key.toUtf8());
        };
        if (column == RecordStateModel::Key) {
            // Key order across maps: by key, then map.
            const auto keyTuple = [&](const RecordState &s) {
                return std::tuple(s.key.toUtf8(), rank(s));
            };
            QVERIFY2(ascending ? keyTuple(p) < keyTuple(r) : keyTuple(r) < keyTuple(p),
                qPrintable(QStringLiteral("row %1").arg(row)));
        } else {
            QVERIFY2(ascending ? tuple(p) < tuple(r) : tuple(r) < tuple(p),
                qPrintable(QStringLiteral("row %1: %2 after %3").arg(row).arg(r.key, p.key)));
        }
    }
    QCOMPARE(seen.size(), model.rowCount());
}

void TestRecordStateModel::filtersMatchSqlCounts_data()
{
    QTest::addColumn<int>("status"); // -1 = any
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fromMs");
    QTest::addColumn<qint64>("toMs");
    QTest::addColumn<qint64>("runId");
    QTest::addColumn<QString>("where"); // the same filter in SQL
    QTest::newRow("failed") << 1 << QString() << 0LL << 0LL << 0LL << QStringLiteral("status = 1");
    QTest::newRow("text in the error") << -1 << QStringLiteral("VALUE 12") << 0LL << 0LL << 0LL
                                       << QStringLiteral("error_message LIKE '%value 12%'");
    QTest::newRow("text in a two-part key, as shown")
        << -1 << QStringLiteral("D012 | 3") << 0LL << 0LL << 0LL
        << QStringLiteral("record_key = 'D012' || char(31) || '3'");
    QTest::newRow("wildcards are literal")
        << -1 << QStringLiteral("K0_1") << 0LL << 0LL << 0LL << QStringLiteral("0");
    QTest::newRow("conflicts in a time range and a run")
        << 2 << QString() << 100000LL << 300000LL << 2LL
        << QStringLiteral("status = 2 AND last_attempt_at >= 100000 AND last_attempt_at < 300000"
                          " AND last_run_id = 2");
    QTest::newRow("failed with text")
        << 1 << QStringLiteral("map 2") << 0LL << 0LL << 0LL
        << QStringLiteral("status = 1 AND error_message LIKE '%map 2%'");
}

void TestRecordStateModel::filtersMatchSqlCounts()
{
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(qint64, fromMs);
    QFETCH(qint64, toMs);
    QFETCH(qint64, runId);
    QFETCH(QString, where);
    RecordStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RecordFilter filter;
    filter.maps = m_maps;
    if (status >= 0)
        filter.status = RecordStatus(status);
    filter.text = text;
    filter.fromMs = fromMs;
    filter.toMs = toMs;
    filter.runId = runId;
    QSignalSpy counted(&model, &RecordStateModel::countsLoaded);
    QVERIFY(loadedAfter(model, [&] { model.setQuery(m_store->workspace(), filter); }));
    QVERIFY(fetchAll(model));
    const qint64 expected = sqlCount(where);
    QVERIFY(expected >= 0);
    QCOMPARE(model.rowCount(), expected);
    QTRY_COMPARE(counted.size(), 1);
    QCOMPARE(model.totalCount(), expected);
    // Per status, the filter's own status left out.
    QString withoutStatus = where;
    withoutStatus.replace(QRegularExpression(QStringLiteral("status = \\d( AND )?")), QString());
    if (withoutStatus.isEmpty())
        withoutStatus = QStringLiteral("1");
    for (int s = 0; s < 5; ++s) {
        QCOMPARE(model.statusCounts().at(s),
            sqlCount(QStringLiteral("(%1) AND status = %2").arg(withoutStatus).arg(s)));
    }
}

void TestRecordStateModel::staleAnswersAreDropped()
{
    RecordStateModel model;
    RecordFilter failed;
    failed.maps = m_maps;
    failed.status = RecordStatus::Failed;
    RecordFilter itemsOnly;
    itemsOnly.maps = { m_maps.at(0) };
    QSignalSpy loaded(&model, &RecordStateModel::loaded);
    model.setQuery(m_store->workspace(), failed);
    model.setQuery(m_store->workspace(), itemsOnly);
    QTRY_COMPARE(loaded.size(), 1);
    QTest::qWait(200);
    QCOMPARE(loaded.size(), 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.record(row).map, QStringLiteral("Items"));
    QCOMPARE(model.record(1).status, RecordStatus::Conflict); // K0002: not only failed ones
}

QTEST_MAIN(TestRecordStateModel)
#include "tst_recordstatemodel.moc"
