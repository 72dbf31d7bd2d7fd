#include "tablemapjson.h"

#include <QTest>

using namespace dw;

namespace {
QByteArray wrap(const QByteArray &mapsJson)
{
    return QByteArray("{\"format\": \"dwadmin-maps/1\", \"maps\": [") + mapsJson + "]}";
}

constexpr const char *kActuals = R"json({
  "name": "Project Operations integration actuals", "component": "actuals",
  "version": "1.0.0.19", "publisher": "Microsoft", "description": "Actuals",
  "dataverse": {"table": "msdyn_actual", "filter": "msdyn_skipsync eq false"},
  "finance":   {"table": "ProjCDSActualsImportEntity", "filter": ""},
  "keys":   [{"finance": "ActualId", "dataverse": "msdyn_actualid"}],
  "fields": [{"finance": "ActualId", "dataverse": "msdyn_actualid", "direction": "<"},
             {"finance": "Quantity", "dataverse": "msdyn_quantity", "direction": "<"},
             {"finance": "BillingType", "dataverse": "msdyn_billingtype", "direction": "<",
              "transform": {"type": "valueMap", "map": {"192350000": "Chargeable", "192350001": "NonChargeable"}}},
             {"finance": "ProjectId", "dataverse": "msdyn_project", "direction": "<",
              "transform": {"type": "lookup", "table": "msdyn_project",
                            "key": "msdyn_projectid", "value": "msdyn_projectnumber"}},
             {"finance": "Description", "dataverse": "msdyn_description", "direction": "<",
              "transform": {"type": "default", "value": "(none)"}},
             {"finance": "IsDuplicate", "direction": "<", "transform": {"type": "constant", "value": 0}},
             {"finance": "Voucher", "dataverse": "msdyn_vouchernumber", "direction": ">"}],
  "dependsOn": ["Projects V2"],
  "conflict": {"policy": "newest", "master": "finance"},
  "alerts": [{"errorClass": "validation", "count": 10, "minutes": 15, "action": "pause"}]})json";
} // namespace

class TestTableMapJson : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryPartOfAMap();
    void roundTripsThroughWrite();
    void derivesDirectionFromFields_data();
    void derivesDirectionFromFields();
    void rejectsBadInput_data();
    void rejectsBadInput();
};

void TestTableMapJson::readsEveryPartOfAMap()
{
    QList<TableMap> maps;
    QString error;
    QVERIFY2(TableMapJson::read(wrap(kActuals), &maps, &error), qPrintable(error));
    QCOMPARE(maps.size(), 1);
    const TableMap &map = maps.constFirst();
    QCOMPARE(map.name, QStringLiteral("Project Operations integration actuals"));
    QCOMPARE(map.component, Component::Actuals);
    QCOMPARE(map.version, QStringLiteral("1.0.0.19"));
    QCOMPARE(map.dataverse.filter, QStringLiteral("msdyn_skipsync eq false"));
    QCOMPARE(map.keys.size(), 1);
    QCOMPARE(map.keys.constFirst().finance, QStringLiteral("ActualId"));
    QCOMPARE(map.fields.size(), 7);
    const Transform &valueMap = map.fields.at(2).transform;
    QCOMPARE(valueMap.type, Transform::Type::ValueMap);
    QCOMPARE(valueMap.valueMap.size(), 2);
    QCOMPARE(valueMap.valueMap.constFirst().second, QStringLiteral("Chargeable"));
    const Transform &lookup = map.fields.at(3).transform;
    QCOMPARE(lookup.type, Transform::Type::Lookup);
    QCOMPARE(lookup.lookupValue, QStringLiteral("msdyn_projectnumber"));
    QCOMPARE(map.fields.at(4).transform.value.toString(), QStringLiteral("(none)"));
    QCOMPARE(map.fields.at(5).transform.type, Transform::Type::Constant);
    QVERIFY(map.fields.at(5).dataverse.isEmpty());
    QCOMPARE(map.fields.at(6).direction, FieldDirection::ToDataverse);
    QCOMPARE(map.direction(), MapDirection::TwoWay);
    QCOMPARE(map.dependsOn, QStringList { QStringLiteral("Projects V2") });
    QCOMPARE(map.conflictPolicy, ConflictPolicy::Newest);
    QCOMPARE(map.conflictMaster, Side::Finance);
    QCOMPARE(map.alerts.size(), 1);
    QCOMPARE(map.alerts.constFirst().action, AlertAction::Pause);
    QCOMPARE(map.alerts.constFirst().errorClass, QStringLiteral("validation"));
}

void TestTableMapJson::roundTripsThroughWrite()
{
    QList<TableMap> maps;
    QString error;
    QVERIFY(TableMapJson::read(wrap(kActuals), &maps, &error));
    QList<TableMap> again;
    QVERIFY2(TableMapJson::read(TableMapJson::write(maps), &again, &error), qPrintable(error));
    QCOMPARE(again, maps);
}

void TestTableMapJson::derivesDirectionFromFields_data()
{
    QTest::addColumn<QString>("directions");
    QTest::addColumn<MapDirection>("expected");
    QTest::newRow("all to Finance") << QStringLiteral("<<") << MapDirection::ToFinance;
    QTest::newRow("all to Dataverse") << QStringLiteral(">>") << MapDirection::ToDataverse;
    QTest::newRow("write-back field") << QStringLiteral("<<>") << MapDirection::TwoWay;
    QTest::newRow("bidirectional field") << QStringLiteral("<=") << MapDirection::TwoWay;
}

void TestTableMapJson::derivesDirectionFromFields()
{
    QFETCH(QString, directions);
    QFETCH(MapDirection, expected);
    TableMap map;
    for (QChar symbol : directions) {
        FieldMapping field;
        QVERIFY(directionFromSymbol(QString(symbol), &field.direction));
        map.fields.append(field);
    }
    QCOMPARE(map.direction(), expected);
}

void TestTableMapJson::rejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray minimal = R"("name": "M", "component": "setup",
        "dataverse": {"table": "a"}, "finance": {"table": "B"}, "keys": [], "fields": [])";

    QTest::newRow("not json") << QByteArray("{\"format\": \n  \"dwadmin-maps/1\" \"maps\": []}")
                              << QStringLiteral("line 2, column");
    QTest::newRow("truncated") << QByteArray("{\"format\": \"dwadmin-maps/1\", \"maps\": [{\"na")
                               << QStringLiteral("Not valid JSON");
    QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("Expected a JSON object");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "dwadmin-maps/2", "maps": []})")
                                  << QStringLiteral("format: 'dwadmin-maps/2' is not supported");
    QTest::newRow("missing maps") << QByteArray(R"({"format": "dwadmin-maps/1"})")
                                  << QStringLiteral("maps: is required");
    QTest::newRow("unknown component")
        << wrap(R"({"name": "M", "component": "payroll", "dataverse": {"table": "a"},
                       "finance": {"table": "B"}, "keys": [], "fields": []})")
        << QStringLiteral("maps[0] \"M\".component: 'payroll' is not a component");
    QTest::newRow("unknown key") << wrap("{" + minimal + R"(, "dependOn": []})")
                                 << QStringLiteral("maps[0] \"M\".dependOn: unknown key");
    QTest::newRow("bad direction")
        << wrap("{" + minimal.left(minimal.size() - 3)
               + R"([{"finance": "X", "dataverse": "x", "direction": "<>"}]})")
        << QStringLiteral("fields[0].direction: '<>' is not a direction");
    QTest::newRow("field without names")
        << wrap("{" + minimal.left(minimal.size() - 3) + R"([{"direction": "<"}]})")
        << QStringLiteral("fields[0]: names neither");
    QTest::newRow("unknown transform")
        << wrap("{" + minimal.left(minimal.size() - 3)
               + R"([{"finance": "X", "direction": "<", "transform": {"type": "regex"}}]})")
        << QStringLiteral("transform.type: 'regex' is not a transform");
    QTest::newRow("lookup without table") << wrap("{" + minimal.left(minimal.size() - 3)
        + R"([{"finance": "X", "dataverse": "x", "direction": "<",
                           "transform": {"type": "lookup", "key": "k", "value": "v"}}]})")
                                          << QStringLiteral("transform.table: is required");
    QTest::newRow("empty table") << wrap(R"({"name": "M", "component": "setup",
        "dataverse": {"table": " "}, "finance": {"table": "B"}, "keys": [], "fields": []})")
                                 << QStringLiteral("dataverse.table: must not be empty");
    QTest::newRow("bad alert count") << wrap("{" + minimal + R"(, "alerts": [{"count": 0}]})")
                                     << QStringLiteral("alerts[0].count: must be a whole number");
    QTest::newRow("bad policy") << wrap("{" + minimal + R"(, "conflict": {"policy": "coin"}})")
                                << QStringLiteral("'coin' is not a conflict policy");
    QTest::newRow("duplicate map")
        << wrap("{" + minimal + "}, {" + minimal + "}") << QStringLiteral("appears twice");
    QTest::newRow("name wrong type")
        << wrap(R"({"name": 7})") << QStringLiteral("maps[0].name: must be a string");
}

void TestTableMapJson::rejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QList<TableMap> maps { TableMap() };
    QString error;
    QVERIFY(!TableMapJson::read(json, &maps, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(maps.size(), 1); // nothing of a bad file is returned
}

QTEST_GUILESS_MAIN(TestTableMapJson)
#include "tst_tablemapjson.moc"
