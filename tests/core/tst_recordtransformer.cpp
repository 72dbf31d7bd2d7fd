#include "dbconnection.h"
#include "recordtransformer.h"

#include <QSqlQuery>
#include <QTest>

using namespace dw;

namespace {

// One Dataverse → Finance field "Target ← source_col" with the given transform and target type.
MapPlan planFor(const Transform &transform, ColumnType targetType, bool targetNullable)
{
    MapPlan plan;
    plan.map.name = QStringLiteral("Test map");
    plan.source = Side::Dataverse;
    plan.target = Side::Finance;
    plan.sourceColumns = { QStringLiteral("source_col") };
    PlanStep step;
    step.fieldIndex = 0;
    step.sourceColumn = QStringLiteral("source_col");
    step.sourceIndex = 0;
    step.target.name = QStringLiteral("Target");
    step.target.type = targetType;
    step.target.nullable = targetNullable;
    step.transform = transform;
    plan.steps = { step };
    return plan;
}

Transform valueMap()
{
    Transform t;
    t.type = Transform::Type::ValueMap;
    t.valueMap = { { QStringLiteral("192350000"), QStringLiteral("Chargeable") },
        { QStringLiteral("192350001"), QStringLiteral("NonChargeable") },
        { QStringLiteral("yes"), QStringLiteral("1") } };
    return t;
}

Transform lookup()
{
    Transform t;
    t.type = Transform::Type::Lookup;
    t.lookupTable = QStringLiteral("msdyn_project");
    t.lookupKey = QStringLiteral("msdyn_projectid");
    t.lookupValue = QStringLiteral("msdyn_projectnumber");
    return t;
}

Transform withValue(Transform::Type type, const QVariant &value)
{
    Transform t;
    t.type = type;
    t.value = value;
    return t;
}

} // namespace

class TestRecordTransformer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void transforms_data();
    void transforms();
    void lookupsAreCachedPerRun();
    void valueMapOnATwoWayFieldIsReadBothWays();

private:
    DbConnection m_source;
};

void TestRecordTransformer::initTestCase()
{
    QString error;
    QVERIFY2(m_source.open(ConnectionSpec::sqliteFile(QStringLiteral(":memory:")), &error),
        qPrintable(error));
    QSqlQuery query(m_source.database());
    QVERIFY(query.exec(QStringLiteral(
        "CREATE TABLE msdyn_project (msdyn_projectid TEXT, msdyn_projectnumber TEXT)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO msdyn_project VALUES ('p-1', 'USPM-PRJ-000001'),"
                                      " ('dup', 'USPM-PRJ-000002'), ('dup', 'USPM-PRJ-000003'),"
                                      " ('Проект', 'FRPM-PRJ-000004')")));
}

void TestRecordTransformer::transforms_data()
{
    QTest::addColumn<Transform>("transform");
    QTest::addColumn<int>("targetType");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QVariant>("input"); // invalid QVariant = NULL
    QTest::addColumn<QString>("expected"); // output as text, "NULL", or empty when failing
    QTest::addColumn<QString>("error"); // message fragment when failing

    const int text = int(ColumnType::Text);
    const int integer = int(ColumnType::Integer);
    const QVariant null;
    QTest::newRow("none passes") << Transform() << text << true << QVariant(QStringLiteral("abc"))
                                 << QStringLiteral("abc") << QString();
    QTest::newRow("none integer to text")
        << Transform() << text << true << QVariant(42) << QStringLiteral("42") << QString();
    QTest::newRow("none text to integer fails")
        << Transform() << integer << true << QVariant(QStringLiteral("4x2")) << QString()
        << QStringLiteral("field Target ← source_col: '4x2'");
    QTest::newRow("none null into required")
        << Transform() << text << false << null << QString()
        << QStringLiteral("the value is empty, but Target is required");
    QTest::newRow("default fills null")
        << withValue(Transform::Type::Default, QStringLiteral("(none)")) << text << false << null
        << QStringLiteral("(none)") << QString();
    QTest::newRow("default fills empty text")
        << withValue(Transform::Type::Default, QStringLiteral("(none)")) << text << false
        << QVariant(QString::fromLatin1("")) << QStringLiteral("(none)") << QString();
    QTest::newRow("default keeps value")
        << withValue(Transform::Type::Default, QStringLiteral("(none)")) << text << false
        << QVariant(QStringLiteral("given")) << QStringLiteral("given") << QString();
    QTest::newRow("default number converted") << withValue(Transform::Type::Default, 7.0) << integer
                                              << false << null << QStringLiteral("7") << QString();
    QTest::newRow("constant ignores source")
        << withValue(Transform::Type::Constant, QStringLiteral("No")) << text << false
        << QVariant(QStringLiteral("Yes")) << QStringLiteral("No") << QString();
    QTest::newRow("constant bool") << withValue(Transform::Type::Constant, true) << integer << false
                                   << null << QStringLiteral("1") << QString();
    QTest::newRow("value map integer source") << valueMap() << text << true << QVariant(192350001)
                                              << QStringLiteral("NonChargeable") << QString();
    QTest::newRow("value map text source")
        << valueMap() << integer << true << QVariant(QStringLiteral("yes")) << QStringLiteral("1")
        << QString();
    QTest::newRow("value map null stays null")
        << valueMap() << text << true << null << QStringLiteral("NULL") << QString();
    QTest::newRow("value map miss")
        << valueMap() << text << true << QVariant(192350007) << QString()
        << QStringLiteral(
               "field Target ← source_col: the value 192350007 has no entry in the value map");
    QTest::newRow("value map miss quotes text")
        << valueMap() << text << true << QVariant(QStringLiteral("maybe")) << QString()
        << QStringLiteral("the value 'maybe' has no entry");
    QTest::newRow("lookup hit") << lookup() << text << false << QVariant(QStringLiteral("p-1"))
                                << QStringLiteral("USPM-PRJ-000001") << QString();
    QTest::newRow("lookup hit non-latin")
        << lookup() << text << false << QVariant(QStringLiteral("Проект"))
        << QStringLiteral("FRPM-PRJ-000004") << QString();
    QTest::newRow("lookup miss") << lookup() << text << false << QVariant(QStringLiteral("p-9"))
                                 << QString()
                                 << QStringLiteral("Unable to lookup msdyn_project with values "
                                                   "{p-9} (no row has msdyn_projectid = 'p-9')");
    QTest::newRow("lookup ambiguous")
        << lookup() << text << false << QVariant(QStringLiteral("dup")) << QString()
        << QStringLiteral("msdyn_projectid = 'dup' doesn't uniquely identify a msdyn_project row");
    QTest::newRow("lookup null into required")
        << lookup() << text << false << null << QString() << QStringLiteral("Target is required");
}

void TestRecordTransformer::transforms()
{
    QFETCH(Transform, transform);
    QFETCH(int, targetType);
    QFETCH(bool, nullable);
    QFETCH(QVariant, input);
    QFETCH(QString, expected);
    QFETCH(QString, error);

    const MapPlan plan = planFor(transform, ColumnType(targetType), nullable);
    LookupResolver lookups(m_source.database());
    RecordTransformer transformer(plan, &lookups);
    RowBuffer source(1);
    const int row = source.appendRow();
    if (!input.isValid())
        source.setNull(row, 0);
    else if (input.typeId() == QMetaType::Int)
        source.setInteger(row, 0, input.toInt());
    else
        source.setText(row, 0, input.toString().toUtf8());
    RowBuffer target(1);
    const int targetRow = target.appendRow();
    FieldError fieldError;
    const bool ok = transformer.transform(source, row, target, targetRow, &fieldError);
    if (error.isEmpty()) {
        QVERIFY2(ok, qPrintable(fieldError.message));
        QCOMPARE(QString::fromUtf8(target.displayText(target.cell(targetRow, 0))), expected);
    } else {
        QVERIFY(!ok);
        QCOMPARE(fieldError.stepIndex, 0);
        QVERIFY2(fieldError.message.contains(error), qPrintable(fieldError.message));
    }
}

void TestRecordTransformer::lookupsAreCachedPerRun()
{
    const MapPlan plan = planFor(lookup(), ColumnType::Text, true);
    LookupResolver lookups(m_source.database());
    RecordTransformer transformer(plan, &lookups);
    RowBuffer source(1);
    RowBuffer target(1);
    for (int i = 0; i < 1000; ++i) {
        const int row = source.appendRow();
        source.setText(row, 0, i % 2 ? QByteArrayLiteral("p-1") : QByteArrayLiteral("p-404"));
        const int targetRow = target.appendRow();
        FieldError fieldError;
        QCOMPARE(transformer.transform(source, row, target, targetRow, &fieldError), i % 2 == 1);
    }
    QCOMPARE(lookups.cachedCount(), 2); // one hit and one miss, each asked once
}

void TestRecordTransformer::valueMapOnATwoWayFieldIsReadBothWays()
{
    // "=" field with a value map written Finance → Dataverse: "Cost" ↔ 192350000.
    Transform map;
    map.type = Transform::Type::ValueMap;
    map.valueMap = { { QStringLiteral("Cost"), QStringLiteral("192350000") },
        { QStringLiteral("UnbilledSales"), QStringLiteral("192350001") } };
    for (Side source : { Side::Finance, Side::Dataverse }) {
        MapPlan plan = planFor(map, ColumnType::Text, true);
        plan.source = source;
        plan.target = source == Side::Finance ? Side::Dataverse : Side::Finance;
        plan.map.fields = { { QStringLiteral("TransType"),
            QStringLiteral("msdyn_transactiontypecode"), FieldDirection::Both, map } };
        LookupResolver lookups(m_source.database());
        RecordTransformer transformer(plan, &lookups);
        RowBuffer sourceRow(1);
        sourceRow.appendRow();
        sourceRow.setText(0, 0,
            source == Side::Finance ? QByteArrayLiteral("UnbilledSales")
                                    : QByteArrayLiteral("192350001"));
        RowBuffer target(1);
        target.appendRow();
        FieldError error;
        QVERIFY2(transformer.transform(sourceRow, 0, target, 0, &error), qPrintable(error.message));
        QCOMPARE(QString::fromUtf8(target.displayText(target.cell(0, 0))),
            source == Side::Finance ? QStringLiteral("192350001")
                                    : QStringLiteral("UnbilledSales"));
    }
}

QTEST_GUILESS_MAIN(TestRecordTransformer)
#include "tst_recordtransformer.moc"
