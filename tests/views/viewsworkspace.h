#pragma once

#include "environmentstore.h"
#include "mapstore.h"
#include "statestore.h"
#include "tablemapjson.h"
#include "testdb.h"

#include <QAbstractItemModel>
#include <QTest>

// A small workspace of our own for the view tests (the demo content changes independently):
// Units (setup) ← Items (actuals, depends on Units) and Items both ways (two-way). One item
// has kind 3, which the value map lacks, so an initial sync of Items fails exactly one record.
namespace viewsworkspace {

inline const char *maps()
{
    return R"json({"format": "dwadmin-maps/1", "maps": [
 {"name": "Units", "component": "setup", "dataverse": {"table": "dv_unit"},
  "finance": {"table": "FinUnit"}, "keys": [{"finance": "UnitId", "dataverse": "id"}],
  "fields": [{"finance": "UnitId", "dataverse": "id", "direction": "<"},
             {"finance": "Name", "dataverse": "name", "direction": "<"}]},
 {"name": "Items", "component": "actuals", "dataverse": {"table": "dv_item"},
  "finance": {"table": "FinItem"}, "keys": [{"finance": "ItemId", "dataverse": "id"}],
  "dependsOn": ["Units"],
  "fields": [{"finance": "ItemId", "dataverse": "id", "direction": "<"},
             {"finance": "Name", "dataverse": "name", "direction": "<"},
             {"finance": "Qty", "dataverse": "qty", "direction": "<"},
             {"finance": "Kind", "dataverse": "kind", "direction": "<",
              "transform": {"type": "valueMap", "map": {"1": "Hour", "2": "Expense"}}}],
  "alerts": [{"errorClass": "validation", "count": 10, "minutes": 15, "action": "pause"}]},
 {"name": "Items both ways", "component": "actuals", "dataverse": {"table": "dv_pair"},
  "finance": {"table": "FinPair"}, "keys": [{"finance": "ItemId", "dataverse": "id"}],
  "fields": [{"finance": "ItemId", "dataverse": "id", "direction": "="},
             {"finance": "Name", "dataverse": "name", "direction": "="},
             {"finance": "Voucher", "dataverse": "voucher", "direction": ">"}],
  "conflict": {"policy": "master", "master": "dataverse"}}]})json";
}

inline void create(const QString &dir)
{
    {
        TestDb dataverse(dir + QStringLiteral("/dataverse.db"));
        QVERIFY(dataverse.exec(
            QStringLiteral("CREATE TABLE dv_unit (id TEXT PRIMARY KEY NOT NULL, name TEXT)")));
        QVERIFY(dataverse.exec(QStringLiteral("CREATE TABLE dv_item (id TEXT PRIMARY KEY NOT NULL,"
                                              " name TEXT, qty INTEGER, kind INTEGER)")));
        QVERIFY(dataverse.exec(QStringLiteral("CREATE TABLE dv_pair (id TEXT PRIMARY KEY NOT NULL,"
                                              " name TEXT, voucher TEXT)")));
        QVERIFY(dataverse.exec(
            QStringLiteral("INSERT INTO dv_unit (id, name) VALUES ('h', 'Hour'), ('d', 'Day')")));
        QVERIFY(dataverse.exec(
            QStringLiteral("INSERT INTO dv_item (id, name, qty, kind) VALUES ('A', 'Alpha', 1, 1),"
                           " ('B', 'Beta', 2, 2), ('C', 'Gamma', 3, 1), ('D', 'Delta', 4, 3)")));
        QVERIFY(dataverse.exec(
            QStringLiteral("INSERT INTO dv_pair (id, name) VALUES ('P1', 'One'), ('P2', 'Two')")));
    }
    {
        TestDb finance(dir + QStringLiteral("/finance.db"));
        QVERIFY(finance.exec(
            QStringLiteral("CREATE TABLE FinUnit (UnitId TEXT PRIMARY KEY NOT NULL, Name TEXT)")));
        QVERIFY(
            finance.exec(QStringLiteral("CREATE TABLE FinItem (ItemId TEXT PRIMARY KEY NOT NULL,"
                                        " Name TEXT, Qty INTEGER, Kind TEXT)")));
        QVERIFY(
            finance.exec(QStringLiteral("CREATE TABLE FinPair (ItemId TEXT PRIMARY KEY NOT NULL,"
                                        " Name TEXT, Voucher TEXT)")));
    }
    dw::StateStore store;
    QString error;
    QVERIFY(store.open(dir + QStringLiteral("/workspace.db"), &error));
    QList<dw::TableMap> list;
    QVERIFY2(dw::TableMapJson::read(maps(), &list, &error), qPrintable(error));
    QList<dw::MapStore::SaveOutcome> outcomes;
    QVERIFY(dw::MapStore(store.database()).saveAll(list, &outcomes, &error));
    QVERIFY(dw::EnvironmentStore(store.database())
                .save(dw::Side::Dataverse,
                    dw::ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")), &error));
    QVERIFY(dw::EnvironmentStore(store.database())
                .save(dw::Side::Finance,
                    dw::ConnectionSpec::sqliteFile(QStringLiteral("finance.db")), &error));
}

// The row of the map named `name` in a (proxy) model of the table maps list, or -1.
inline int rowOf(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

} // namespace viewsworkspace
