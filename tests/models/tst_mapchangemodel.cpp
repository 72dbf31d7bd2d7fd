#include "mapchangemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dw;

namespace {
TableMap base()
{
    TableMap map;
    map.name = QStringLiteral("Projects");
    map.version = QStringLiteral("1.0.0.1");
    map.publisher = QStringLiteral("Microsoft");
    map.dataverse.table = QStringLiteral("msdyn_project");
    map.finance.table = QStringLiteral("ProjCDSProjectEntity");
    map.keys = { { QStringLiteral("ProjectID"), QStringLiteral("msdyn_projectnumber") } };
    map.fields = { { QStringLiteral("ProjectID"), QStringLiteral("msdyn_projectnumber"),
                       FieldDirection::ToFinance, {} },
        { QStringLiteral("Name"), QStringLiteral("msdyn_subject"), FieldDirection::ToFinance, {} },
        { QStringLiteral("Stage"), QStringLiteral("msdyn_stage"), FieldDirection::ToFinance, {} } };
    return map;
}
} // namespace

class TestMapChangeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void listsWhatChangedFieldByField();
};

void TestMapChangeModel::passesModelTester()
{
    MapChangeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TableMap newer = base();
    newer.version = QStringLiteral("1.0.0.2");
    model.setChanges(MapDiff::compare(base(), newer));
    QCOMPARE(model.rowCount(), 1);
    model.setChanges({});
    QCOMPARE(model.rowCount(), 0);
}

void TestMapChangeModel::listsWhatChangedFieldByField()
{
    TableMap newer = base();
    newer.version = QStringLiteral("1.0.0.2");
    newer.fields[1].direction = FieldDirection::Both;
    newer.fields.removeAt(2);
    Transform constant;
    constant.type = Transform::Type::Constant;
    constant.value = QStringLiteral("USMF");
    newer.fields.append(
        { QStringLiteral("DataAreaId"), QString(), FieldDirection::ToFinance, constant });
    newer.dataverse.filter = QStringLiteral("statecode eq 0");
    MapChangeModel model;
    model.setChanges(MapDiff::compare(base(), newer));
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < MapChangeModel::ColumnCount; ++column)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells.join(u'|'));
    }
    const QStringList expected = {
        QStringLiteral("Version|Changed|1.0.0.1|1.0.0.2"),
        QStringLiteral("Dataverse filter|Added||statecode eq 0"),
        QStringLiteral("Field Name ⇄ msdyn_subject|Changed|<|="),
        QStringLiteral("Field Stage ⇄ msdyn_stage|Removed|<|"),
        QStringLiteral("Field DataAreaId ⇄ –|Added||<; Constant: USMF"),
    };
    QCOMPARE(rows, expected);
    // Removed and added sides are marked by colour as well as by the Change column.
    QVERIFY(model.index(3, MapChangeModel::Before).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(3, MapChangeModel::After).data(Qt::BackgroundRole).isValid());
    QVERIFY(MapDiff::compare(base(), base()).isEmpty());
}

QTEST_MAIN(TestMapChangeModel)
#include "tst_mapchangemodel.moc"
