#include "activitylog.h"
#include "mapstore.h"
#include "statestore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {
TableMap sampleMap(const QString &name)
{
    TableMap map;
    map.name = name;
    map.component = Component::Setup;
    map.version = QStringLiteral("1.0.0.3");
    map.publisher = QStringLiteral("Microsoft");
    map.dataverse.table = QStringLiteral("msdyn_project");
    map.finance.table = QStringLiteral("ProjCDSProjectEntity");
    map.keys = { { QStringLiteral("ProjectID"), QStringLiteral("msdyn_projectnumber") } };
    map.fields = { { QStringLiteral("ProjectID"), QStringLiteral("msdyn_projectnumber"),
                       FieldDirection::ToFinance, {} },
        { QStringLiteral("ProjectName"), QStringLiteral("msdyn_subject"), FieldDirection::ToFinance,
            {} } };
    return map;
}

int count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class TestMapStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsMapWithFirstVersion();
    void unchangedSaveKeepsVersion();
    void changedDefinitionCreatesNewVersion();
    void explicitVersionIsKept();
    void summariesCountFailedRecordsAndLastRun();
    void nextVersion_data();
    void nextVersion();
    void damagedDefinitionIsReportedByName();

private:
    QTemporaryDir *m_dir = nullptr;
    StateStore *m_store = nullptr;
};

void TestMapStore::init()
{
    m_dir = new QTemporaryDir;
    m_store = new StateStore;
    QString error;
    QVERIFY2(
        m_store->open(m_dir->filePath(QStringLiteral("workspace.db")), &error), qPrintable(error));
}

void TestMapStore::cleanup()
{
    delete m_store;
    delete m_dir;
}

void TestMapStore::createsMapWithFirstVersion()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    QVERIFY2(
        store.save(sampleMap(QStringLiteral("Projects V2")), &outcome, &error), qPrintable(error));
    QCOMPARE(outcome, MapStore::SaveOutcome::Created);
    TableMap loaded;
    QVERIFY(store.load(QStringLiteral("Projects V2"), &loaded, &error));
    QCOMPARE(loaded, sampleMap(QStringLiteral("Projects V2")));
    QCOMPARE(count(m_store->database(),
                 QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE kind = 'mapCreated'")),
        1);
}

void TestMapStore::unchangedSaveKeepsVersion()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    QVERIFY(store.save(sampleMap(QStringLiteral("A")), &outcome, &error));
    QVERIFY(store.save(sampleMap(QStringLiteral("A")), &outcome, &error));
    QCOMPARE(outcome, MapStore::SaveOutcome::Unchanged);
    QList<MapVersionInfo> versions;
    QVERIFY(store.versions(QStringLiteral("A"), &versions, &error));
    QCOMPARE(versions.size(), 1);
}

void TestMapStore::changedDefinitionCreatesNewVersion()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    TableMap map = sampleMap(QStringLiteral("A"));
    QVERIFY(store.save(map, &outcome, &error));
    map.fields[1].direction = FieldDirection::Both;
    QVERIFY(store.save(map, &outcome, &error));
    QCOMPARE(outcome, MapStore::SaveOutcome::NewVersion);

    QList<MapVersionInfo> versions;
    QVERIFY(store.versions(QStringLiteral("A"), &versions, &error));
    QCOMPARE(versions.size(), 2);
    QVERIFY(!versions.at(0).active);
    QVERIFY(versions.at(1).active);
    QCOMPARE(versions.at(1).version, QStringLiteral("1.0.0.4")); // bumped: same number given

    TableMap loaded;
    QVERIFY(store.load(QStringLiteral("A"), &loaded, &error));
    QCOMPARE(loaded.fields.at(1).direction, FieldDirection::Both);
    QCOMPARE(loaded.direction(), MapDirection::TwoWay);
}

void TestMapStore::explicitVersionIsKept()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    TableMap map = sampleMap(QStringLiteral("A"));
    QVERIFY(store.save(map, &outcome, &error));
    map.version = QStringLiteral("2.0.0.0");
    map.description = QStringLiteral("Release for contract lines");
    QVERIFY(store.save(map, &outcome, &error));
    QCOMPARE(outcome, MapStore::SaveOutcome::NewVersion);
    QList<MapSummary> summaries;
    QVERIFY(store.summaries(&summaries, &error));
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.constFirst().version, QStringLiteral("2.0.0.0"));
}

void TestMapStore::summariesCountFailedRecordsAndLastRun()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    QVERIFY(store.save(sampleMap(QStringLiteral("B")), &outcome, &error));
    QVERIFY(store.save(sampleMap(QStringLiteral("A")), &outcome, &error));
    qint64 idA = 0;
    QVERIFY(store.mapId(QStringLiteral("A"), &idA, &error));
    QSqlQuery query(m_store->database());
    for (int i = 0; i < 5; ++i) {
        query.prepare(QStringLiteral("INSERT INTO record_states (map_id, record_key, status)"
                                     " VALUES (?, ?, ?)"));
        query.addBindValue(idA);
        query.addBindValue(QString::number(i));
        query.addBindValue(i < 3 ? 1 : 0); // three failed, two synced
        QVERIFY(query.exec());
    }
    QVERIFY(query.exec(QStringLiteral("INSERT INTO runs (id, kind, started_at, finished_at)"
                                      " VALUES (7, 'initial', 1000, 5000)")));
    query.prepare(QStringLiteral("INSERT INTO run_map_counts (run_id, map_id) VALUES (7, ?)"));
    query.addBindValue(idA);
    QVERIFY(query.exec());

    QList<MapSummary> summaries;
    QVERIFY2(store.summaries(&summaries, &error), qPrintable(error));
    QCOMPARE(summaries.size(), 2);
    QCOMPARE(summaries.at(0).name, QStringLiteral("A")); // ordered by name
    QCOMPARE(summaries.at(0).failed, 3);
    QCOMPARE(summaries.at(0).lastRunAt, 5000);
    QCOMPARE(summaries.at(0).status, MapStatus::NotRunning);
    QCOMPARE(summaries.at(1).failed, 0);
    QCOMPARE(summaries.at(1).lastRunAt, 0);
}

void TestMapStore::nextVersion_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("next");
    QTest::newRow("four parts") << QStringLiteral("1.0.0.19") << QStringLiteral("1.0.0.20");
    QTest::newRow("single") << QStringLiteral("3") << QStringLiteral("4");
    QTest::newRow("text tail") << QStringLiteral("1.0-beta") << QStringLiteral("1.0-beta.1");
}

void TestMapStore::nextVersion()
{
    QFETCH(QString, version);
    QFETCH(QString, next);
    QCOMPARE(MapStore::nextVersion(version), next);
}

void TestMapStore::damagedDefinitionIsReportedByName()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    QVERIFY(store.save(sampleMap(QStringLiteral("Broken")), &outcome, &error));
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec(QStringLiteral("UPDATE map_versions SET definition = '{\"name\": 1}'")));
    TableMap map;
    QVERIFY(!store.load(QStringLiteral("Broken"), &map, &error));
    QVERIFY2(error.contains(QLatin1String("\"Broken\"")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestMapStore)
#include "tst_mapstore.moc"
