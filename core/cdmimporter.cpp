#include "cdmimporter.h"

#include "tr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <climits>
#include <initializer_list>

namespace dw {

namespace {

// CDM data types and the column type that stores them. Option sets (listLookup,
// listLookupCorrelated) store their integer option value. A type missing here is an error:
// a guessed type would give a column the other side of a map cannot read.
struct DataTypeMapping
{
    const char *cdmType;
    ColumnType type;
};
constexpr DataTypeMapping kDataTypes[] = {
    { "entityId", ColumnType::Guid },
    { "guid", ColumnType::Guid },
    { "string", ColumnType::Text },
    { "name", ColumnType::Text },
    { "url", ColumnType::Text },
    { "email", ColumnType::Text },
    { "phone", ColumnType::Text },
    { "listLookup", ColumnType::Integer },
    { "listLookupCorrelated", ColumnType::Integer },
    { "integer", ColumnType::Integer },
    { "bigInteger", ColumnType::Integer },
    { "smallInteger", ColumnType::Integer },
    { "decimal", ColumnType::Decimal },
    { "currency", ColumnType::Decimal },
    { "baseCurrency", ColumnType::Decimal },
    { "double", ColumnType::Double },
    { "float", ColumnType::Double },
    { "boolean", ColumnType::Boolean },
    { "dateTime", ColumnType::DateTime },
    { "date", ColumnType::DateTime },
    { "time", ColumnType::DateTime },
    { "dateTimeOffset", ColumnType::DateTime },
    { "binary", ColumnType::Binary },
};

// Dataverse logical names of the CDM entities Project Operations tables refer to. The CDM
// names an entity by its CDM name ("User", "Project") and its identifying attribute without
// publisher prefix ("User/(resolvedAttributes)/systemUserId", ".../projectId"). The identifying
// attribute reliably gives standard tables (Dataverse keys are <logical name>id: systemuser,
// transactioncurrency, pricelevel, uom, salesorder), but not the msdyn_ prefix of Project
// Operations tables, so the catalogue is the authority and the identifying attribute checks it.
struct KnownTable
{
    const char *entity;
    const char *table;
};
constexpr KnownTable kKnownTables[] = {
    // Standard Dataverse tables.
    { "Account", "account" },
    { "BookableResource", "bookableresource" },
    { "BookableResourceCategory", "bookableresourcecategory" },
    { "BookingStatus", "bookingstatus" },
    { "BusinessUnit", "businessunit" },
    { "Contact", "contact" },
    { "Currency", "transactioncurrency" },
    { "Invoice", "invoice" },
    { "InvoiceProduct", "invoicedetail" },
    { "Order", "salesorder" },
    { "OrderProduct", "salesorderdetail" },
    { "Organization", "organization" },
    { "PriceList", "pricelevel" },
    { "Product", "product" },
    { "Quote", "quote" },
    { "QuoteProduct", "quotedetail" },
    { "Team", "team" },
    { "Unit", "uom" },
    { "UnitGroup", "uomschedule" },
    { "User", "systemuser" },
    // Project Operations tables (publisher prefix msdyn_).
    { "Actual", "msdyn_actual" },
    { "Estimate", "msdyn_estimate" },
    { "EstimateLine", "msdyn_estimateline" },
    { "Expense", "msdyn_expense" },
    { "ExpenseCategory", "msdyn_expensecategory" },
    { "InvoiceFrequency", "msdyn_invoicefrequency" },
    { "OrganizationalUnit", "msdyn_organizationalunit" },
    { "Project", "msdyn_project" },
    { "ProjectTask", "msdyn_projecttask" },
    { "ProjectTeam", "msdyn_projectteam" },
    { "ResourceAssignment", "msdyn_resourceassignment" },
    { "TransactionCategory", "msdyn_transactioncategory" },
    { "WorkHourTemplate", "msdyn_workhourtemplate" },
};

QString knownTable(const QString &entity)
{
    for (const KnownTable &known : kKnownTables) {
        if (entity == QLatin1String(known.entity))
            return QString::fromLatin1(known.table);
    }
    return {};
}

// The catalogue table whose primary key is `column` (Dataverse keys are <table>id), e.g.
// invoice.salesorderid → salesorder.
QString knownTableWithKey(const QString &column)
{
    for (const KnownTable &known : kKnownTables) {
        if (column.compare(QLatin1String(known.table) + QLatin1String("id"), Qt::CaseInsensitive)
            == 0)
            return QString::fromLatin1(known.table);
    }
    return {};
}

// The Dataverse system columns of CdsStandard, which the CDM documents extend but which is not
// part of them. statecode is NOT NULL DEFAULT 0 (Active), as in Dataverse.
struct SystemColumn
{
    const char *name;
    ColumnType type;
    bool nullable;
};
constexpr SystemColumn kSystemColumns[] = {
    { "createdon", ColumnType::DateTime, true },
    { "modifiedon", ColumnType::DateTime, true },
    { "versionnumber", ColumnType::Integer, true },
    { "statecode", ColumnType::Integer, false },
    { "statuscode", ColumnType::Integer, true },
};
constexpr QLatin1String kStateCode("statecode");

// Purposes that describe what a column means without changing its shape.
constexpr const char *kKnownPurposes[] = { "hasA", "representsStateWith",
    "representsCorrelatedStatusWith", "createdOn", "modifiedOn" };

bool isOneOf(const QString &value, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (value == QLatin1String(name))
            return true;
    }
    return false;
}

QString join(const QString &path, const char *key)
{
    return path + u'.' + QLatin1String(key);
}

QString index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

// "base_Invoice/Invoice", "Account.cdm.json/Account" and "Account" all name Account.
QString lastSegment(const QString &reference)
{
    return reference.section(u'/', -1);
}

// A reference is a name or an object holding the name under `referenceKey` (itself a name or
// an inline definition carrying `nameKey`).
QString referenceName(const QJsonValue &value, const char *referenceKey, const char *nameKey)
{
    if (value.isString())
        return value.toString();
    const QJsonValue inner = value.toObject().value(QLatin1String(referenceKey));
    if (inner.isString())
        return inner.toString();
    return inner.toObject().value(QLatin1String(nameKey)).toString();
}

// Finds an applied trait; a trait is a name or {traitReference, arguments}.
bool findTrait(const QJsonValue &traits, const char *name, QJsonArray *arguments = nullptr)
{
    for (const QJsonValue &trait : traits.toArray()) {
        if (referenceName(trait, "traitReference", "traitName") == QLatin1String(name)) {
            if (arguments)
                *arguments = trait.toObject().value(QLatin1String("arguments")).toArray();
            return true;
        }
    }
    return false;
}

// An argument is a bare value or {name, value}; returns the named one, else the first.
QString argumentText(const QJsonArray &arguments, const char *name)
{
    for (const QJsonValue &argument : arguments) {
        const QJsonObject object = argument.toObject();
        if (object.value(QLatin1String("name")).toString() == QLatin1String(name))
            return object.value(QLatin1String("value")).toString();
    }
    if (arguments.isEmpty())
        return {};
    const QJsonValue first = arguments.first();
    return first.isString() ? first.toString()
                            : first.toObject().value(QLatin1String("value")).toString();
}

// A document is a Dataverse table when the entity or any attribute carries a sourceName (the
// Dataverse logical name). Finance data entities name columns by `name` only. The rule looks
// at the content, not at the folder, so it holds for importJson too.
bool carriesSourceNames(const QJsonArray &attributes)
{
    for (const QJsonValue &value : attributes) {
        const QJsonObject attribute = value.toObject();
        const QJsonObject group
            = attribute.value(QLatin1String("attributeGroupReference")).toObject();
        const QJsonObject foreignKey = attribute.value(QLatin1String("resolutionGuidance"))
                                           .toObject()
                                           .value(QLatin1String("entityByReference"))
                                           .toObject()
                                           .value(QLatin1String("foreignKeyAttribute"))
                                           .toObject();
        if (attribute.contains(QLatin1String("sourceName"))
            || foreignKey.contains(QLatin1String("sourceName"))
            || carriesSourceNames(group.value(QLatin1String("members")).toArray()))
            return true;
    }
    return false;
}

// QJsonParseError gives a byte offset; people look for a line and column.
QString position(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

// Reads one entity definition; the first error stops it.
class EntityReader
{
public:
    explicit EntityReader(QString *error)
        : m_error(error)
    { }

    bool read(const QJsonObject &entity, const QString &path, CdmImport *result);

private:
    void fail(const QString &path, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        *m_error = Tr::tr("%1: %2").arg(path, message);
    }
    void warn(const QString &path, const QString &message)
    {
        m_result.warnings.append(Tr::tr("%1: %2").arg(path, message));
    }
    void warnUnknownKeys(
        const QJsonObject &object, const QString &path, std::initializer_list<const char *> known);

    QString tableName(const QJsonObject &entity, const QString &path);
    void readAttributes(const QJsonArray &attributes, const QString &path);
    void readTypeAttribute(const QJsonObject &attribute, const QString &path);
    void readEntityAttribute(const QJsonObject &attribute, const QString &path);
    QString requireName(const QJsonObject &attribute, const QString &path);
    bool readNullable(const QJsonObject &attribute, const QString &path);
    int readMaxLength(const QJsonObject &attribute, const QString &path);
    QString lookupTable(const QString &entity, const QString &idAttribute, const QString &column,
        const QString &path);
    void addColumn(const ColumnDefinition &column, const QString &path);
    void completeDataverseTable(const QString &path);

    QString *m_error;
    bool m_failed = false;
    bool m_dataverse = false;
    CdmImport m_result;
};

void EntityReader::warnUnknownKeys(
    const QJsonObject &object, const QString &path, std::initializer_list<const char *> known)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!isOneOf(it.key(), known))
            warn(path, Tr::tr("'%1' is not interpreted; it was ignored").arg(it.key()));
    }
}

bool EntityReader::read(const QJsonObject &entity, const QString &path, CdmImport *result)
{
    warnUnknownKeys(entity, path,
        { "entityName", "extendsEntity", "exhibitsTraits", "hasAttributes", "sourceName",
            "displayName", "description", "explanation" });
    const QJsonValue name = entity.value(QLatin1String("entityName"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        fail(join(path, "entityName"), Tr::tr("must be a non-empty string"));
        return false;
    }
    m_result.entityName = name.toString();
    const QJsonValue attributes = entity.value(QLatin1String("hasAttributes"));
    if (!attributes.isArray()) {
        fail(join(path, "hasAttributes"),
            Tr::tr("entity '%1' has no attribute list").arg(m_result.entityName));
        return false;
    }
    m_dataverse
        = entity.contains(QLatin1String("sourceName")) || carriesSourceNames(attributes.toArray());
    m_result.table.name = tableName(entity, path);
    readAttributes(attributes.toArray(), join(path, "hasAttributes"));
    if (m_dataverse && !m_failed)
        completeDataverseTable(path);
    if (!m_failed && m_result.table.columns.isEmpty())
        fail(join(path, "hasAttributes"),
            Tr::tr("entity '%1' defines no columns").arg(m_result.entityName));
    if (m_failed)
        return false;
    *result = m_result;
    return true;
}

// Dataverse: the entity's sourceName. A Dataverse document without one adds columns to a
// standard table (Invoice.cdm.json extends base_Invoice/Invoice with the Project Operations
// columns), so the table is that of the extended entity, or of the entity itself when it
// extends a generic base: Invoice → invoice, Order → salesorder, OrderProduct →
// salesorderdetail by the catalogue; an entity outside it is lowercased with a warning.
// Finance: the entity name, which is the data entity's name.
QString EntityReader::tableName(const QJsonObject &entity, const QString &path)
{
    const QJsonValue sourceName = entity.value(QLatin1String("sourceName"));
    if (sourceName.isString() && !sourceName.toString().isEmpty())
        return sourceName.toString();
    if (!m_dataverse)
        return m_result.entityName;
    QString base = lastSegment(referenceName(
        entity.value(QLatin1String("extendsEntity")), "entityReference", "entityName"));
    if (base.isEmpty() || isOneOf(base, { "CdsStandard", "CdmEntity" }))
        base = m_result.entityName;
    const QString known = knownTable(base);
    if (!known.isEmpty())
        return known;
    const QString guessed = base.toLower();
    warn(path,
        Tr::tr("the entity has no sourceName and '%1' is no known Dataverse table; the table "
               "was named '%2'")
            .arg(base, guessed));
    return guessed;
}

void EntityReader::readAttributes(const QJsonArray &attributes, const QString &path)
{
    for (qsizetype i = 0; i < attributes.size() && !m_failed; ++i) {
        const QString itemPath = index(path, i);
        const QJsonValue value = attributes.at(i);
        if (value.isString()) {
            warn(itemPath,
                Tr::tr("'%1' refers to a definition in another document; it was not imported")
                    .arg(value.toString()));
            continue;
        }
        if (!value.isObject()) {
            fail(itemPath, Tr::tr("must be an attribute object"));
            return;
        }
        const QJsonObject attribute = value.toObject();
        const QJsonValue group = attribute.value(QLatin1String("attributeGroupReference"));
        if (group.isString()) {
            warn(itemPath,
                Tr::tr("attribute group '%1' is defined in another document; its attributes "
                       "were not imported")
                    .arg(group.toString()));
        } else if (group.isObject()) {
            const QString groupPath = join(itemPath, "attributeGroupReference");
            warnUnknownKeys(group.toObject(), groupPath,
                { "attributeGroupName", "members", "exhibitsTraits", "explanation" });
            const QJsonValue members = group.toObject().value(QLatin1String("members"));
            if (!members.isArray()) {
                fail(join(groupPath, "members"), Tr::tr("must be an array of attributes"));
                return;
            }
            readAttributes(members.toArray(), join(groupPath, "members"));
        } else if (!group.isUndefined()) {
            fail(join(itemPath, "attributeGroupReference"), Tr::tr("must be an object"));
        } else if (attribute.contains(QLatin1String("entity"))) {
            readEntityAttribute(attribute, itemPath);
        } else {
            readTypeAttribute(attribute, itemPath);
        }
    }
}

QString EntityReader::requireName(const QJsonObject &attribute, const QString &path)
{
    const QJsonValue name = attribute.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty()) {
        fail(join(path, "name"), Tr::tr("the attribute has no name"));
        return {};
    }
    return name.toString();
}

// Dataverse states requirement with the trait is.requiredAtLevel (systemrequired and required
// are NOT NULL; none and recommended allow NULL) and sets isNullable to true even on required
// columns, so the trait wins. Without it, isNullable counts; CDM treats a missing isNullable
// as false, which Finance uses for its mandatory fields (e.g. ProjectContractID).
bool EntityReader::readNullable(const QJsonObject &attribute, const QString &path)
{
    QJsonArray arguments;
    if (findTrait(
            attribute.value(QLatin1String("appliedTraits")), "is.requiredAtLevel", &arguments)) {
        const QString level = argumentText(arguments, "level");
        if (isOneOf(level, { "systemrequired", "required" }))
            return false;
        if (isOneOf(level, { "none", "recommended" }))
            return true;
        fail(join(path, "appliedTraits"),
            Tr::tr("'%1' is not a requirement level; expected none, recommended, required or "
                   "systemrequired")
                .arg(level));
        return true;
    }
    const QJsonValue nullable = attribute.value(QLatin1String("isNullable"));
    if (nullable.isUndefined())
        return false;
    if (!nullable.isBool())
        fail(join(path, "isNullable"), Tr::tr("must be true or false"));
    return nullable.toBool();
}

int EntityReader::readMaxLength(const QJsonObject &attribute, const QString &path)
{
    const QJsonValue value = attribute.value(QLatin1String("maximumLength"));
    if (value.isUndefined())
        return 0;
    bool ok = value.isDouble();
    double length = value.toDouble();
    if (value.isString())
        length = value.toString().toDouble(&ok);
    if (!ok || length < 0 || length > INT_MAX || length != static_cast<int>(length)) {
        fail(join(path, "maximumLength"), Tr::tr("must be a whole number of characters"));
        return 0;
    }
    return static_cast<int>(length);
}

void EntityReader::readTypeAttribute(const QJsonObject &attribute, const QString &path)
{
    const QString name = requireName(attribute, path);
    if (m_failed)
        return;
    warnUnknownKeys(attribute, path,
        { "name", "purpose", "dataType", "appliedTraits", "description", "displayName",
            "explanation", "isNullable", "isReadOnly", "maximumLength", "maximumValue",
            "minimumValue", "resolutionGuidance", "sourceName", "sourceOrdering",
            "valueConstrainedToList" });
    // addSupportingAttribute describes the virtual <name>_display text of an option set: no
    // stored column.
    warnUnknownKeys(attribute.value(QLatin1String("resolutionGuidance")).toObject(),
        join(path, "resolutionGuidance"), { "addSupportingAttribute", "renameFormat" });

    ColumnDefinition column;
    column.name = name;
    if (m_dataverse) {
        column.name = attribute.value(QLatin1String("sourceName")).toString();
        if (column.name.isEmpty()) {
            fail(join(path, "sourceName"),
                Tr::tr("attribute '%1' has no sourceName (its Dataverse column name)").arg(name));
            return;
        }
    }

    const QJsonValue dataType = attribute.value(QLatin1String("dataType"));
    if (dataType.isUndefined()) {
        fail(join(path, "dataType"), Tr::tr("attribute '%1' has no dataType").arg(name));
        return;
    }
    const QString typeName = referenceName(dataType, "dataTypeReference", "dataTypeName");
    bool known = false;
    for (const DataTypeMapping &mapping : kDataTypes) {
        if (typeName == QLatin1String(mapping.cdmType)) {
            column.type = mapping.type;
            known = true;
        }
    }
    if (!known) {
        fail(join(path, "dataType"),
            typeName.isEmpty()
                ? Tr::tr("the dataType of attribute '%1' is not a type name").arg(name)
                : Tr::tr("unknown dataType '%1' of attribute '%2'").arg(typeName, name));
        return;
    }
    column.nullable = readNullable(attribute, path);
    column.maxLength = readMaxLength(attribute, path);

    const QString purpose = referenceName(
        attribute.value(QLatin1String("purpose")), "purposeReference", "purposeName");
    if (purpose == QLatin1String("identifiedBy")) {
        if (m_result.table.primaryKey.isEmpty()) {
            m_result.table.primaryKey = { column.name };
            column.nullable = false;
        } else {
            warn(path,
                Tr::tr("'%1' is a second identifying attribute; the primary key stays '%2'")
                    .arg(column.name, m_result.table.primaryKey.constFirst()));
        }
    } else if (!purpose.isEmpty()) {
        bool interpreted = false;
        for (const char *knownPurpose : kKnownPurposes)
            interpreted |= purpose == QLatin1String(knownPurpose);
        if (!interpreted)
            warn(join(path, "purpose"),
                Tr::tr("purpose '%1' of '%2' is not interpreted; it was imported as a plain "
                       "column")
                    .arg(purpose, column.name));
    }

    // A lookup declared on the column itself names no target entity (Invoice.salesorderid).
    // Only a column named after a catalogue table's key is resolved.
    if (findTrait(attribute.value(QLatin1String("appliedTraits")), "is.CDS.lookup")) {
        column.lookupTable = knownTableWithKey(column.name);
        if (column.lookupTable.isEmpty())
            warn(path,
                Tr::tr("'%1' is a lookup whose target table the document does not name; it "
                       "was imported without a lookup table")
                    .arg(column.name));
    }
    // Dataverse defaults statecode to 0 (Active), whether CdsStandard or the entity defines it.
    if (m_dataverse && column.name == kStateCode)
        column.hasDefault = true;
    if (!m_failed)
        addColumn(column, path);
}

// An entity attribute with a foreign key attribute is a lookup column; one without (Finance's
// BackingTable_… and Relationship_…) describes a relationship, not a column.
void EntityReader::readEntityAttribute(const QJsonObject &attribute, const QString &path)
{
    const QString name = requireName(attribute, path);
    if (m_failed)
        return;
    warnUnknownKeys(attribute, path,
        { "name", "entity", "resolutionGuidance", "description", "displayName", "explanation",
            "purpose" });
    const QString guidancePath = join(path, "resolutionGuidance");
    const QJsonObject guidance = attribute.value(QLatin1String("resolutionGuidance")).toObject();
    warnUnknownKeys(guidance, guidancePath, { "entityByReference", "renameFormat" });
    const QJsonObject byReference = guidance.value(QLatin1String("entityByReference")).toObject();
    warnUnknownKeys(byReference, join(guidancePath, "entityByReference"),
        { "allowReference", "alwaysIncludeForeignKey", "referenceOnlyAfterDepth",
            "foreignKeyAttribute" });
    const QJsonValue foreignKeyValue = byReference.value(QLatin1String("foreignKeyAttribute"));
    if (!foreignKeyValue.isObject()) {
        if (m_dataverse)
            warn(path,
                Tr::tr("entity attribute '%1' has no foreign key attribute; it was not "
                       "imported")
                    .arg(name));
        return;
    }
    const QJsonObject foreignKey = foreignKeyValue.toObject();
    const QString foreignKeyPath
        = join(join(guidancePath, "entityByReference"), "foreignKeyAttribute");

    ColumnDefinition column;
    column.type = ColumnType::Guid;
    column.name = foreignKey.value(QLatin1String("sourceName")).toString();
    if (column.name.isEmpty() && !m_dataverse)
        column.name = foreignKey.value(QLatin1String("name")).toString();
    if (column.name.isEmpty()) {
        fail(join(foreignKeyPath, "sourceName"),
            Tr::tr("the foreign key of '%1' has no column name").arg(name));
        return;
    }
    const QString keyType = referenceName(
        foreignKey.value(QLatin1String("dataType")), "dataTypeReference", "dataTypeName");
    if (!keyType.isEmpty() && !isOneOf(keyType, { "entityId", "guid" }))
        warn(join(foreignKeyPath, "dataType"),
            Tr::tr("the foreign key '%1' has dataType '%2'; it was imported as a GUID")
                .arg(column.name, keyType));
    column.nullable = readNullable(foreignKey, foreignKeyPath);

    const QJsonValue entity = attribute.value(QLatin1String("entity"));
    const QString target = lastSegment(referenceName(entity, "entityReference", "entityName"));
    // is.identifiedBy names the target's key: "Account/(resolvedAttributes)/accountId".
    QJsonArray arguments;
    findTrait(
        entity.toObject().value(QLatin1String("appliedTraits")), "is.identifiedBy", &arguments);
    const QString idAttribute = lastSegment(argumentText(arguments, "attribute"));
    column.lookupTable = lookupTable(target, idAttribute, column.name, path);
    if (!m_failed)
        addColumn(column, path);
}

// Self-references resolve to this table; catalogue entities to their logical name, checked
// against the identifying attribute; other entities to the identifying attribute without its
// "id" suffix (the Dataverse key convention), with a warning since a publisher prefix is not
// visible there; without an identifying attribute, to nothing, with a warning.
QString EntityReader::lookupTable(
    const QString &entity, const QString &idAttribute, const QString &column, const QString &path)
{
    if (entity.isEmpty()) {
        warn(path,
            Tr::tr("the lookup '%1' names no target entity; it was imported without a lookup "
                   "table")
                .arg(column));
        return {};
    }
    if (entity == m_result.entityName)
        return m_result.table.name;
    QString derived = idAttribute.toLower();
    if (derived.size() > 2 && derived.endsWith(QLatin1String("id")))
        derived.chop(2);
    else
        derived.clear();
    const QString known = knownTable(entity);
    if (!known.isEmpty()) {
        if (!derived.isEmpty() && known != derived && known != QLatin1String("msdyn_") + derived)
            warn(path,
                Tr::tr("'%1' refers to %2, known as table '%3', but identifies it by '%4'; "
                       "'%3' was used")
                    .arg(column, entity, known, idAttribute));
        return known;
    }
    if (!derived.isEmpty()) {
        warn(path,
            Tr::tr("'%1' refers to %2, which is no known Dataverse table; its table was taken "
                   "to be '%3' from the key '%4' (a publisher prefix would not show there)")
                .arg(column, entity, derived, idAttribute));
        return derived;
    }
    warn(path,
        Tr::tr("'%1' refers to %2, whose table cannot be determined; it was imported without a "
               "lookup table")
            .arg(column, entity));
    return {};
}

void EntityReader::addColumn(const ColumnDefinition &column, const QString &path)
{
    // Column names compare case-insensitively, as in SQLite and Dataverse.
    if (m_result.table.column(column.name)) {
        fail(path, Tr::tr("column '%1' is defined twice").arg(column.name));
        return;
    }
    m_result.table.columns.append(column);
}

// The primary key and the CdsStandard system columns that the document leaves to its base.
void EntityReader::completeDataverseTable(const QString &path)
{
    TableDefinition &table = m_result.table;
    if (table.primaryKey.isEmpty()) {
        // Documents that extend a standard table list only the columns they add; its key
        // follows the Dataverse convention <table>id (invoiceid, salesorderid).
        const QString key = table.name + QLatin1String("id");
        warn(path,
            Tr::tr("the entity has no identifying attribute; the primary key '%1' was added")
                .arg(key));
        bool present = false;
        for (ColumnDefinition &column : table.columns) {
            if (column.name.compare(key, Qt::CaseInsensitive) == 0) {
                column.nullable = false;
                column.lookupTable.clear();
                present = true;
            }
        }
        if (!present) {
            ColumnDefinition column;
            column.name = key;
            column.type = ColumnType::Guid;
            column.nullable = false;
            table.columns.prepend(column);
        }
        table.primaryKey = { key };
    }
    for (const SystemColumn &system : kSystemColumns) {
        const QString name = QString::fromLatin1(system.name);
        if (table.column(name))
            continue;
        ColumnDefinition column;
        column.name = name;
        column.type = system.type;
        column.nullable = system.nullable;
        column.hasDefault = name == kStateCode;
        table.columns.append(column);
    }
}

} // namespace

bool CdmImporter::importFile(const QString &path, CdmImport *result, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    return importJson(file.readAll(), path, result, error);
}

bool CdmImporter::importJson(
    const QByteArray &json, const QString &sourceName, CdmImport *result, QString *error)
{
    auto failWith = [&](const QString &path, const QString &message) {
        *error = path.isEmpty() ? Tr::tr("%1: %2").arg(sourceName, message)
                                : Tr::tr("%1: %2: %3").arg(sourceName, path, message);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failWith({},
            Tr::tr("not valid JSON at %1: %2")
                .arg(position(json, parseError.offset), parseError.errorString()));
    if (!document.isObject())
        return failWith({}, Tr::tr("not a CDM document (expected a JSON object)"));
    const QLatin1String definitionsKey("definitions");
    const QJsonValue definitions = document.object().value(definitionsKey);
    if (!definitions.isArray())
        return failWith(definitionsKey,
            definitions.isUndefined() ? Tr::tr("the document has no definitions")
                                      : Tr::tr("must be an array of definitions"));

    QList<qsizetype> entities;
    QStringList ignored;
    const QJsonArray array = definitions.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return failWith(index(definitionsKey, i), Tr::tr("must be an object"));
        if (array.at(i).toObject().contains(QLatin1String("entityName")))
            entities.append(i);
        else
            ignored.append(index(definitionsKey, i));
    }
    if (entities.isEmpty())
        return failWith(
            definitionsKey, Tr::tr("no entity definition (an object with entityName) found"));
    if (entities.size() > 1)
        return failWith(definitionsKey,
            Tr::tr("%n entity definition(s) found; one per document is supported", nullptr,
                int(entities.size())));

    QString message;
    CdmImport imported;
    EntityReader reader(&message);
    const QString path = index(definitionsKey, entities.constFirst());
    if (!reader.read(array.at(entities.constFirst()).toObject(), path, &imported)) {
        *error = Tr::tr("%1: %2").arg(sourceName, message);
        return false;
    }
    for (const QString &other : std::as_const(ignored))
        imported.warnings.append(Tr::tr("%1: not an entity definition; it was ignored").arg(other));
    *result = imported;
    return true;
}

} // namespace dw
