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
    void saveAllSavesEveryMapWithOutcomes();
    void saveAllUnchangedWritesNothing();
    void saveAllIsAllOrNothing();
    void saveAllRefusesANameGivenTwice();
    void activateVersionMakesAnOlderVersionActive();
    void activateVersionRefusesAVersionOfAnotherMap();

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

void TestMapStore::saveAllSavesEveryMapWithOutcomes()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    TableMap changed = sampleMap(QStringLiteral("A"));
    QVERIFY(store.save(changed, &outcome, &error));
    QVERIFY(store.save(sampleMap(QStringLiteral("B")), &outcome, &error));
    changed.fields[1].direction = FieldDirection::Both;

    QList<MapStore::SaveOutcome> outcomes;
    QVERIFY2(
        store.saveAll({ changed, sampleMap(QStringLiteral("B")), sampleMap(QStringLiteral("C")) },
            &outcomes, &error),
        qPrintable(error));
    const QList<MapStore::SaveOutcome> expected { MapStore::SaveOutcome::NewVersion,
        MapStore::SaveOutcome::Unchanged, MapStore::SaveOutcome::Created };
    QCOMPARE(outcomes, expected);
    TableMap loaded;
    QVERIFY(store.load(QStringLiteral("A"), &loaded, &error));
    QCOMPARE(loaded.version, QStringLiteral("1.0.0.4"));
    QCOMPARE(loaded.fields.at(1).direction, FieldDirection::Both);
    QVERIFY(store.load(QStringLiteral("C"), &loaded, &error));
    QCOMPARE(loaded, sampleMap(QStringLiteral("C")));
    // One entry per created or changed map, as save() writes.
    QCOMPARE(count(m_store->database(),
                 QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE kind = 'mapCreated'")),
        3);
    QCOMPARE(count(m_store->database(),
                 QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE kind = 'mapSaved'")),
        1);
}

void TestMapStore::saveAllUnchangedWritesNothing()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    QVERIFY(store.save(sampleMap(QStringLiteral("A")), &outcome, &error));
    QList<MapStore::SaveOutcome> outcomes;
    QVERIFY2(
        store.saveAll({ sampleMap(QStringLiteral("A")) }, &outcomes, &error), qPrintable(error));
    QCOMPARE(outcomes, QList<MapStore::SaveOutcome> { MapStore::SaveOutcome::Unchanged });
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM map_versions")), 1);
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM activity_log")), 1);
    QVERIFY2(store.saveAll({}, &outcomes, &error), qPrintable(error));
    QVERIFY(outcomes.isEmpty());
}

void TestMapStore::saveAllIsAllOrNothing()
{
    // A stored definition damaged by hand (or by a foreign tool) makes its map unsaveable; the
    // maps before it in the batch, a new version and a new map, must be rolled back with it.
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    TableMap changed = sampleMap(QStringLiteral("A"));
    QVERIFY(store.save(changed, &outcome, &error));
    QVERIFY(store.save(sampleMap(QStringLiteral("Broken")), &outcome, &error));
    qint64 brokenId = 0;
    QVERIFY(store.mapId(QStringLiteral("Broken"), &brokenId, &error));
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE map_versions SET definition = '[1' WHERE map_id = ?"));
    query.addBindValue(brokenId);
    QVERIFY(query.exec());
    const int versionsBefore
        = count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM map_versions"));
    const int logBefore
        = count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM activity_log"));

    changed.fields[1].direction = FieldDirection::Both;
    QList<MapStore::SaveOutcome> outcomes { MapStore::SaveOutcome::Created };
    QVERIFY(!store.saveAll(
        { changed, sampleMap(QStringLiteral("New")), sampleMap(QStringLiteral("Broken")) },
        &outcomes, &error));
    QVERIFY2(error.contains(QLatin1String("\"Broken\"")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QCOMPARE(
        outcomes, QList<MapStore::SaveOutcome> { MapStore::SaveOutcome::Created }); // untouched

    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM maps")), 2);
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM map_versions")),
        versionsBefore);
    QCOMPARE(
        count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM activity_log")), logBefore);
    TableMap loaded;
    QVERIFY(store.load(QStringLiteral("A"), &loaded, &error));
    QCOMPARE(loaded, sampleMap(QStringLiteral("A")));
    QVERIFY(!store.load(QStringLiteral("New"), &loaded, &error));

    // The connection is usable afterwards: no transaction was left open.
    QVERIFY2(store.saveAll({ changed }, &outcomes, &error), qPrintable(error));
    QCOMPARE(outcomes, QList<MapStore::SaveOutcome> { MapStore::SaveOutcome::NewVersion });
}

void TestMapStore::saveAllRefusesANameGivenTwice()
{
    MapStore store(m_store->database());
    QList<MapStore::SaveOutcome> outcomes;
    QString error;
    TableMap second = sampleMap(QStringLiteral("A"));
    second.description = QStringLiteral("second");
    QVERIFY(
        !store.saveAll({ sampleMap(QStringLiteral("B")), sampleMap(QStringLiteral("A")), second },
            &outcomes, &error));
    QVERIFY2(error.contains(QLatin1String("\"A\"")), qPrintable(error));
    QCOMPARE(count(m_store->database(), QStringLiteral("SELECT COUNT(*) FROM maps")), 0);
}

void TestMapStore::activateVersionMakesAnOlderVersionActive()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    const TableMap first = sampleMap(QStringLiteral("A"));
    QVERIFY(store.save(first, &outcome, &error));
    TableMap second = first;
    second.fields[1].direction = FieldDirection::Both;
    QVERIFY(store.save(second, &outcome, &error));
    QList<MapVersionInfo> versions;
    QVERIFY(store.versions(QStringLiteral("A"), &versions, &error));
    QCOMPARE(versions.size(), 2);
    QVERIFY(versions.at(1).active);

    const int entriesBefore = count(m_store->database(),
        QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE kind = 'versionActivated'"));
    QVERIFY2(
        store.activateVersion(QStringLiteral("A"), versions.at(0).id, &error), qPrintable(error));
    TableMap loaded;
    QVERIFY(store.load(QStringLiteral("A"), &loaded, &error));
    QCOMPARE(loaded, first);
    QVERIFY(store.versions(QStringLiteral("A"), &versions, &error));
    QVERIFY(versions.at(0).active);
    QVERIFY(!versions.at(1).active);
    QList<MapSummary> summaries;
    QVERIFY(store.summaries(&summaries, &error));
    QCOMPARE(summaries.constFirst().version, first.version);
    QCOMPARE(summaries.constFirst().direction, MapDirection::ToFinance);
    QCOMPARE(count(m_store->database(),
                 QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE kind = 'versionActivated'"
                                " AND message LIKE '%1.0.0.3%'")),
        entriesBefore + 1);

    // The active version again: nothing changes, nothing is logged.
    QVERIFY(store.activateVersion(QStringLiteral("A"), versions.at(0).id, &error));
    QCOMPARE(
        count(m_store->database(),
            QStringLiteral("SELECT COUNT(*) FROM activity_log WHERE kind = 'versionActivated'")),
        entriesBefore + 1);

    // The older version can be read by id whichever is active.
    TableMap newer;
    QVERIFY(store.loadVersion(QStringLiteral("A"), versions.at(1).id, &newer, &error));
    QCOMPARE(newer.fields.at(1).direction, FieldDirection::Both);
}

void TestMapStore::activateVersionRefusesAVersionOfAnotherMap()
{
    MapStore store(m_store->database());
    MapStore::SaveOutcome outcome;
    QString error;
    QVERIFY(store.save(sampleMap(QStringLiteral("A")), &outcome, &error));
    QVERIFY(store.save(sampleMap(QStringLiteral("B")), &outcome, &error));
    QList<MapVersionInfo> versionsOfB;
    QVERIFY(store.versions(QStringLiteral("B"), &versionsOfB, &error));
    QVERIFY(!store.activateVersion(QStringLiteral("A"), versionsOfB.constFirst().id, &error));
    QVERIFY2(error.contains(QLatin1String("\"A\"")), qPrintable(error));
    QVERIFY(!store.activateVersion(QStringLiteral("A"), 9999, &error));
    QVERIFY(!store.activateVersion(QStringLiteral("Nope"), versionsOfB.constFirst().id, &error));
    TableMap loaded;
    QVERIFY(store.load(QStringLiteral("A"), &loaded, &error)); // still its own version
    QCOMPARE(loaded, sampleMap(QStringLiteral("A")));
    // No transaction was left open.
    QVERIFY(m_store->database().transaction());
    QVERIFY(m_store->database().rollback());
}

QTEST_GUILESS_MAIN(TestMapStore)
#include "tst_mapstore.moc"
