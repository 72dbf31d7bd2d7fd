#include "fieldmappingmodel.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>

using namespace dw;

namespace {
FieldMapping field(const char *finance, const char *dataverse, FieldDirection direction,
    const Transform &transform = {})
{
    return { QString::fromLatin1(finance), QString::fromLatin1(dataverse), direction, transform };
}

QList<FieldMapping> sample()
{
    Transform kinds;
    kinds.type = Transform::Type::ValueMap;
    kinds.valueMap = { { QStringLiteral("1"), QStringLiteral("Hour") },
        { QStringLiteral("2"), QStringLiteral("Expense") } };
    Transform unit;
    unit.type = Transform::Type::Lookup;
    unit.lookupTable = QStringLiteral("dv_unit");
    unit.lookupKey = QStringLiteral("id");
    unit.lookupValue = QStringLiteral("code");
    return { field("ItemId", "id", FieldDirection::Both),
        field("Name", "name", FieldDirection::ToFinance),
        field("Kind", "kind", FieldDirection::ToFinance, kinds),
        field("Unit", "unitid", FieldDirection::ToFinance, unit) };
}

ValidationIssue issue(const char *code, int fieldIndex, const char *message)
{
    ValidationIssue i;
    i.code = QString::fromLatin1(code);
    i.fieldIndex = fieldIndex;
    i.message = QString::fromLatin1(message);
    return i;
}
} // namespace

class TestFieldMappingModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester();
    void showsDirectionSymbolsAndTransforms();
    void editsNamesAndDirections();
    void marksRowsWithIssues();
    void addsAndRemovesRows();
};

void TestFieldMappingModel::passesModelTester()
{
    FieldMappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(sample());
    QVERIFY(model.setData(model.index(1, FieldMappingModel::DirectionColumn), QStringLiteral(">")));
    QVERIFY(model.setData(model.index(0, FieldMappingModel::FinanceColumn), QStringLiteral("Id")));
    model.setIssues({ issue("DW202", 1, "unknown column"), issue("DW101", -1, "no key") });
    QVERIFY(model.insertRows(4, 2));
    QVERIFY(model.insertRows(0, 1));
    QVERIFY(model.removeRows(1, 3));
    model.setTransform(0, sample().at(2).transform);
    model.setIssues({});
    model.setFields({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFieldMappingModel::showsDirectionSymbolsAndTransforms()
{
    FieldMappingModel model;
    model.setFields(sample());
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Finance field"));
    QCOMPARE(
        model.index(0, FieldMappingModel::DirectionColumn).data().toString(), QStringLiteral("="));
    QCOMPARE(
        model.index(1, FieldMappingModel::DirectionColumn).data().toString(), QStringLiteral("<"));
    QCOMPARE(model.index(1, FieldMappingModel::DirectionColumn).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Dataverse → Finance"));
    QCOMPARE(model.index(2, FieldMappingModel::TransformColumn).data().toString(),
        QStringLiteral("Value map (2 mapping(s))"));
    QCOMPARE(model.index(3, FieldMappingModel::TransformColumn).data().toString(),
        QStringLiteral("Lookup: dv_unit.id → code"));
    QVERIFY(model.index(0, FieldMappingModel::TransformColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(2, Qt::Vertical, Qt::DisplayRole).toInt(), 3); // numbered from 1
}

void TestFieldMappingModel::editsNamesAndDirections()
{
    FieldMappingModel model;
    model.setFields(sample());
    QSignalSpy edited(&model, &FieldMappingModel::edited);
    QVERIFY(model.setData(
        model.index(1, FieldMappingModel::DataverseColumn), QStringLiteral("  msdyn_name ")));
    QCOMPARE(model.field(1).dataverse, QStringLiteral("msdyn_name"));
    QVERIFY(model.setData(model.index(1, FieldMappingModel::DirectionColumn), QStringLiteral("=")));
    QCOMPARE(model.field(1).direction, FieldDirection::Both);
    QCOMPARE(edited.count(), 2);
    QVERIFY(
        !model.setData(model.index(1, FieldMappingModel::DirectionColumn), QStringLiteral("?")));
    QCOMPARE(model.field(1).direction, FieldDirection::Both);
    QVERIFY(
        !(model.flags(model.index(1, FieldMappingModel::TransformColumn)) & Qt::ItemIsEditable));
    QVERIFY(
        !model.setData(model.index(1, FieldMappingModel::TransformColumn), QStringLiteral("x")));
    // Setting the same value is no edit.
    QVERIFY(model.setData(model.index(1, FieldMappingModel::DirectionColumn), QStringLiteral("=")));
    QCOMPARE(edited.count(), 2);
    Transform constant;
    constant.type = Transform::Type::Constant;
    constant.value = QStringLiteral("USD");
    model.setTransform(1, constant);
    QCOMPARE(edited.count(), 3);
    QCOMPARE(model.index(1, FieldMappingModel::TransformColumn).data().toString(),
        QStringLiteral("Constant: USD"));
}

void TestFieldMappingModel::marksRowsWithIssues()
{
    FieldMappingModel model;
    model.setFields(sample());
    QSignalSpy edited(&model, &FieldMappingModel::edited);
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    model.setIssues({ issue("DW202", 1, "FinItem has no column Nme"),
        issue("DW204", 1, "types do not convert"), issue("DW101", -1, "no key") });
    QCOMPARE(header.count(), 1);
    QVERIFY(!model.headerData(1, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.headerData(0, Qt::Vertical, Qt::DecorationRole).isNull());
    const QString tip = model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QLatin1String("DW202: FinItem has no column Nme")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("DW204")));
    QCOMPARE(model.index(1, 0).data(FieldMappingModel::IssueCodesRole).toStringList(),
        QStringList({ QStringLiteral("DW202"), QStringLiteral("DW204") }));
    QVERIFY(model.index(1, FieldMappingModel::DataverseColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("DW202")));
    // The same issues again change nothing; none clears the mark.
    model.setIssues({ issue("DW202", 1, "FinItem has no column Nme"),
        issue("DW204", 1, "types do not convert") });
    QCOMPARE(header.count(), 1);
    model.setIssues({});
    QCOMPARE(header.count(), 2);
    QVERIFY(model.headerData(1, Qt::Vertical, Qt::DecorationRole).isNull());
    QCOMPARE(edited.count(), 0);
}

void TestFieldMappingModel::addsAndRemovesRows()
{
    FieldMappingModel model;
    model.setFields(sample());
    QSignalSpy edited(&model, &FieldMappingModel::edited);
    QVERIFY(model.insertRows(4, 1));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.field(4), FieldMapping());
    QVERIFY(model.removeRows(0, 2));
    QCOMPARE(model.field(0).finance, QStringLiteral("Kind"));
    QVERIFY(!model.removeRows(3, 5));
    QVERIFY(!model.insertRows(-1, 1));
    QCOMPARE(edited.count(), 2);
}

QTEST_MAIN(TestFieldMappingModel)
#include "tst_fieldmappingmodel.moc"
