#pragma once

#include "tabledefinition.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dw {

// One entity read from a Common Data Model document.
struct CdmImport
{
    TableDefinition table;
    QString entityName; // the CDM entity name, e.g. "Actual" for the table msdyn_actual
    QStringList warnings; // constructs that were not imported or could not be resolved
};

// Turns one Common Data Model entity document (*.cdm.json, as published in microsoft/CDM)
// into the table dwadmin creates in a simulated environment.
//
// Two flavours occur: Dataverse tables (the entity or its attributes carry `sourceName`, the
// Dataverse logical name) get a primary key from the `identifiedBy` attribute, lookups to other
// tables and the Dataverse system columns the CDM leaves to the CdsStandard base entity;
// Finance data entities (plain `name`/`isNullable` lists) get neither keys nor lookups, since
// their keys come from each table map's integration key. The rules are described where they
// are applied in cdmimporter.cpp.
//
// Reading is strict about what it must understand: text that is not JSON, a document without
// an entity, an attribute without a name and an unknown data type are errors naming the source
// and the JSON path (e.g. `definitions[0].hasAttributes[3].dataType`); nothing of a bad document
// is returned. What does not change the table (display names, descriptions, most traits) is
// ignored; what might, but cannot be interpreted, is reported in CdmImport::warnings.
// Stateless and thread-safe.
class CdmImporter
{
public:
    static bool importFile(const QString &path, CdmImport *result, QString *error);
    static bool importJson(
        const QByteArray &json, const QString &sourceName, CdmImport *result, QString *error);
};

} // namespace dw
