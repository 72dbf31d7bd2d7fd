#include "mapversionmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

namespace {
QList<MapVersionInfo> sample(int active)
{
    QList<MapVersionInfo> versions;
    for (int i = 0; i < 3; ++i) {
        versions.append({ i + 1, QStringLiteral("1.0.0.%1").arg(i), QStringLiteral("Microsoft"),
            QStringLiteral("Release %1").arg(i), 1700000000000 + i, i == active });
    }
    return versions;
}
} // namespace

class TestMapVersionModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void activationChangesCellsNotRows();
};

void TestMapVersionModel::passesModelTester()
{
    MapVersionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVersions(sample(2));
    QCOMPARE(model.rowCount(), 3);
    model.setVersions(sample(0));
    model.setVersions(sample(0).mid(1));
    model.setVersions({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMapVersionModel::activationChangesCellsNotRows()
{
    MapVersionModel model;
    model.setVersions(sample(2));
    QCOMPARE(model.index(2, MapVersionModel::Active).data().toString(), QStringLiteral("Active"));
    QVERIFY(model.index(0, MapVersionModel::Active).data().toString().isEmpty());
    QCOMPARE(model.index(1, 0).data(MapVersionModel::VersionIdRole).toLongLong(), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setVersions(sample(0));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 2); // the old active row and the new one
    QVERIFY(model.index(0, 0).data(MapVersionModel::ActiveRole).toBool());
}

QTEST_MAIN(TestMapVersionModel)
#include "tst_mapversionmodel.moc"
