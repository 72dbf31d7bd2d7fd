#include "statestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

class TestStateStore : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchemaOnFreshFile();
    void upgradesStoreFromOlderMigration();
    void appliesEachMigrationOnce();
    void upgradeKeepsRecordStates();
    void refusesStoreFromTheFuture();
    void failedMigrationRollsBackAndNamesIt();
    void refusesFileThatIsNotADatabase();
    void createsFilePrivateToUser();

private:
    static QStringList tables(const QSqlDatabase &db)
    {
        QStringList names = db.tables();
        names.sort();
        return names;
    }
};

void TestStateStore::createsLatestSchemaOnFreshFile()
{
    QTemporaryDir dir;
    StateStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("workspace.db")), &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), store.latestVersion());
    QVERIFY(store.latestVersion() >= 2);
    const QStringList names = tables(store.database());
    for (const char *table : { "environments", "maps", "map_versions", "activity_log", "runs",
             "run_map_counts", "record_states", "schema_migrations" })
        QVERIFY2(names.contains(QLatin1String(table)), table);
}

void TestStateStore::upgradesStoreFromOlderMigration()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.db"));
    QString error;
    {
        // A store as an older dwadmin left it: only the first migration.
        StateStore old(stateStoreMigrations().mid(0, 1));
        QVERIFY2(old.open(path, &error), qPrintable(error));
        QCOMPARE(old.schemaVersion(), 1);
        QVERIFY(!tables(old.database()).contains(QStringLiteral("record_states")));
        QSqlQuery insert(old.database());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO maps (name, component, created_at) VALUES ('Kept', 'setup', 1)")));
    }
    StateStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QCOMPARE(store.schemaVersion(), store.latestVersion());
    QVERIFY(tables(store.database()).contains(QStringLiteral("record_states")));
    QSqlQuery query(store.database());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM maps")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Kept"));
    QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")));
    QList<int> applied;
    while (query.next())
        applied.append(query.value(0).toInt());
    QCOMPARE(applied.size(), stateStoreMigrations().size());
}

void TestStateStore::upgradeKeepsRecordStates()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.db"));
    QString error;
    {
        // Version 4 kept record states in a rowid table; version 5 clusters them by key.
        StateStore old(stateStoreMigrations().mid(0, 4));
        QVERIFY2(old.open(path, &error), qPrintable(error));
        QSqlQuery query(old.database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO maps (id, name, component, created_at) VALUES (1, 'M', 'setup', 1)")));
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO record_states (map_id, record_key, status, attempts, error_message,"
            " source_key) VALUES (1, 'K1', 1, 3, 'value map miss', 'tK1'),"
            " (1, 'K2', 0, 1, NULL, 'tK2')")));
    }
    StateStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QSqlQuery query(store.database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT record_key, status, attempts, error_message, source_key"
                                  " FROM record_states ORDER BY record_key")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("K1"));
    QCOMPARE(query.value(2).toInt(), 3);
    QCOMPARE(query.value(3).toString(), QStringLiteral("value map miss"));
    QCOMPARE(query.value(4).toString(), QStringLiteral("tK1"));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("K2"));
    QVERIFY(!query.next());
    QVERIFY(
        query.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'record_states'")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toString().contains(QLatin1String("WITHOUT ROWID")));
}

void TestStateStore::appliesEachMigrationOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.db"));
    QString error;
    for (int i = 0; i < 3; ++i) {
        StateStore store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), stateStoreMigrations().size());
    }
}

void TestStateStore::refusesStoreFromTheFuture()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.db"));
    QString error;
    {
        QList<Migration> future = stateStoreMigrations();
        future.append({ 999, QStringLiteral("from a later dwadmin"),
            { QStringLiteral("CREATE TABLE later_feature (x INTEGER)") } });
        StateStore newer(future);
        QVERIFY2(newer.open(path, &error), qPrintable(error));
        QCOMPARE(newer.schemaVersion(), 999);
    }
    StateStore store;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(QLatin1String("999")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("newer dwadmin")), qPrintable(error));
    QVERIFY(!store.isOpen());
}

void TestStateStore::failedMigrationRollsBackAndNamesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.db"));
    QList<Migration> broken = stateStoreMigrations();
    broken.append({ 50, QStringLiteral("broken step"),
        { QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
            QStringLiteral("THIS IS NOT SQL") } });
    QString error;
    {
        StateStore store(broken);
        QVERIFY(!store.open(path, &error));
        QVERIFY2(error.contains(QLatin1String("Migration 50")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("broken step")), qPrintable(error));
    }
    StateStore store;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    QVERIFY(!tables(store.database()).contains(QStringLiteral("half_done")));
    QCOMPARE(store.schemaVersion(), store.latestVersion());
}

void TestStateStore::refusesFileThatIsNotADatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workspace.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    StateStore store;
    QString error;
    QVERIFY(!store.open(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestStateStore::createsFilePrivateToUser()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/workspace.db"));
    StateStore store;
    QString error;
    QVERIFY2(store.open(path, &error), qPrintable(error));
    const QFile::Permissions permissions = QFile::permissions(path);
    QVERIFY(permissions & QFileDevice::ReadOwner);
    QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));
}

QTEST_GUILESS_MAIN(TestStateStore)
#include "tst_statestore.moc"
