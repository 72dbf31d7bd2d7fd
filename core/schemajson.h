#pragma once

#include "tabledefinition.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dw {

// The JSON form of table definitions: the committed environment schemas
// (resources/schema/*.json, written by scripts/generate-schemas) and `dwadmin-cli cdm show
// --format json`. A schema file is a list of tables:
//
//   [{"table": "msdyn_actual", "entity": "Actual", "primaryKey": ["msdyn_actualid"],
//     "uniqueKeys": [["…", "…"]],
//     "columns": [{"name": "msdyn_actualid", "type": "guid", "nullable": false,
//                  "maxLength": 0, "lookup": null, "default": "guid"}, …]}, …]
//
// "type" is a columnTypeId; "lookup" the referenced table or null; "default" null (none),
// "guid" (a new GUID), "now" (the current UTC time) or a literal (number, boolean or text; an
// importer's zero default is written as the literal 0, false or ""). "entity" and other keys
// are information for people and are not read back.
//
// Reading is strict: a wrong type, an unknown column type, a key naming no column or a
// duplicate table or column is an error naming its place (`[3] "msdyn_actual".columns[2]`),
// and nothing of a bad document is returned. Stateless and thread-safe.
class SchemaJson
{
public:
    static QJsonObject columnToJson(const ColumnDefinition &column);
    static QJsonObject tableToJson(const TableDefinition &table);

    static bool read(const QByteArray &json, QList<TableDefinition> *tables, QString *error);
};

} // namespace dw
