#include "cdmimporter.h"
#include "schemaddl.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dw;

namespace {

struct ColumnCheck
{
    QString name;
    ColumnType type;
    bool nullable;
    int maxLength = 0;
    QString lookupTable;
    bool hasDefault = false;
};

// What each reference document must give, read off the files by hand.
struct FileExpectation
{
    QString file; // relative to the cdm folder
    QString table;
    int columnCount;
    QList<ColumnCheck> columns;
    QStringList warnings; // one fragment per expected warning
};

ColumnCheck col(const char *name, ColumnType type, bool nullable, int maxLength = 0,
    const char *lookupTable = "")
{
    return { QString::fromLatin1(name), type, nullable, maxLength, QString::fromLatin1(lookupTable),
        false };
}

ColumnCheck lookup(const char *name, const char *table, bool nullable = true)
{
    return col(name, ColumnType::Guid, nullable, 0, table);
}

ColumnCheck stateCode()
{
    ColumnCheck check = col("statecode", ColumnType::Integer, false);
    check.hasDefault = true;
    return check;
}

constexpr bool Null = true;
constexpr bool NotNull = false;
constexpr ColumnType Text = ColumnType::Text;
constexpr ColumnType Integer = ColumnType::Integer;
constexpr ColumnType Decimal = ColumnType::Decimal;
constexpr ColumnType Double = ColumnType::Double;
constexpr ColumnType Boolean = ColumnType::Boolean;
constexpr ColumnType DateTime = ColumnType::DateTime;
constexpr ColumnType Guid = ColumnType::Guid;

const QList<FileExpectation> &expectations()
{
    static const QList<FileExpectation> list = {
        // Dataverse: file attributes + the CdsStandard system columns the file lacks.
        { QStringLiteral("dataverse/Actual.cdm.json"), QStringLiteral("msdyn_actual"), 53 + 3,
            { col("msdyn_actualid", Guid, NotNull), stateCode(),
                col("msdyn_description", Text, Null, 200),
                col("msdyn_documentdate", DateTime, NotNull), col("msdyn_amount", Decimal, Null),
                col("msdyn_isjournalized", Boolean, Null),
                col("msdyn_transactionclassification", Integer, NotNull),
                lookup("msdyn_salescontract", "salesorder"),
                lookup("msdyn_salescontractlineid", "salesorderdetail"),
                lookup("transactioncurrencyid", "transactioncurrency"),
                lookup("msdyn_project", "msdyn_project"), lookup("msdyn_invoice", "invoice"),
                lookup("msdyn_resourceorganizationalunitid", "msdyn_organizationalunit"),
                lookup("msdyn_unit", "uom"), col("createdon", DateTime, Null),
                col("versionnumber", Integer, Null) },
            {} },
        { QStringLiteral("dataverse/EstimateLine.cdm.json"), QStringLiteral("msdyn_estimateline"),
            45 + 3,
            { col("msdyn_estimatelineid", Guid, NotNull),
                lookup("msdyn_estimate", "msdyn_estimate", NotNull),
                col("msdyn_estimateperdaylines", Text, Null, 1048576),
                col("msdyn_numberofresources", Integer, Null),
                lookup("msdyn_unitschedule", "uomschedule"),
                lookup("msdyn_bookableresource", "bookableresource"),
                col("modifiedon", DateTime, Null) },
            {} },
        { QStringLiteral("dataverse/Expense.cdm.json"), QStringLiteral("msdyn_expense"), 29 + 3,
            { col("msdyn_name", Text, Null, 100), col("processid", Guid, Null),
                lookup("msdyn_manager", "systemuser"),
                lookup("msdyn_expensecategory", "msdyn_expensecategory", NotNull),
                lookup("transactioncurrencyid", "transactioncurrency", NotNull),
                col("msdyn_transactiondate", DateTime, NotNull),
                col("msdyn_price", Decimal, NotNull) },
            {} },
        { QStringLiteral("dataverse/ExpenseCategory.cdm.json"),
            QStringLiteral("msdyn_expensecategory"), 19,
            { col("msdyn_expensecategoryid", Guid, NotNull), col("versionnumber", Integer, Null),
                lookup("createdby", "systemuser"), lookup("organizationid", "organization"),
                lookup("msdyn_expensecategoryuid", "msdyn_transactioncategory", NotNull),
                col("msdyn_expensetype", Integer, Null), stateCode() },
            {} },
        // Extensions of standard tables: the key <table>id is added.
        { QStringLiteral("dataverse/Invoice.cdm.json"), QStringLiteral("invoice"), 5 + 1 + 5,
            { col("invoiceid", Guid, NotNull), lookup("salesorderid", "salesorder"),
                col("msdyn_billtocontactname", Text, Null, 150),
                col("msdyn_projectinvoicestatus", Integer, NotNull),
                col("msdyn_hascorrections", Boolean, Null), stateCode(),
                col("statuscode", Integer, Null) },
            { QStringLiteral("'invoiceid' was added") } },
        { QStringLiteral("dataverse/Order.cdm.json"), QStringLiteral("salesorder"), 9 + 1 + 5,
            { col("salesorderid", Guid, NotNull), lookup("msdyn_accountmanagerid", "systemuser"),
                lookup("msdyn_contractorganizationalunitid", "msdyn_organizationalunit"),
                col("msdyn_psastate", Integer, NotNull),
                col("msdyn_totalchargeablecostrollup_base", Decimal, Null) },
            { QStringLiteral("'salesorderid' was added") } },
        { QStringLiteral("dataverse/OrderProduct.cdm.json"), QStringLiteral("salesorderdetail"),
            17 + 1 + 5,
            { col("salesorderdetailid", Guid, NotNull),
                lookup("msdyn_invoicefrequency", "msdyn_invoicefrequency"),
                lookup("msdyn_project", "msdyn_project"),
                col("msdyn_billingstartdate", DateTime, Null),
                col("msdyn_quoteline", Text, Null, 100), col("msdyn_includetime", Boolean, Null) },
            { QStringLiteral("'salesorderdetailid' was added") } },
        { QStringLiteral("dataverse/Project.cdm.json"), QStringLiteral("msdyn_project"), 77 + 3,
            { col("msdyn_projectid", Guid, NotNull), col("msdyn_subject", Text, NotNull, 200),
                col("msdyn_effortestimateatcompleteeac", Double, Null),
                col("msdyn_linkeddocumenturl", Text, Null, 500),
                col("msdyn_actualdurationminutes", Integer, Null),
                col("msdyn_istemplate", Boolean, NotNull), col("msdyn_comments", Text, Null, 20000),
                lookup("msdyn_projecttemplate", "msdyn_project"),
                lookup("msdyn_salesorderid", "salesorder"), lookup("msdyn_projectteamid", "team"),
                lookup("msdyn_customer", "account"),
                lookup("msdyn_projectmanager", "systemuser", NotNull),
                lookup("msdyn_workhourtemplate", "msdyn_workhourtemplate", NotNull) },
            {} },
        { QStringLiteral("dataverse/ProjectTask.cdm.json"), QStringLiteral("msdyn_projecttask"),
            67 + 3,
            { col("msdyn_projecttaskid", Guid, NotNull), col("msdyn_subject", Text, NotNull, 450),
                lookup("msdyn_parenttask", "msdyn_projecttask"),
                lookup("msdyn_project", "msdyn_project", NotNull),
                lookup("msdyn_assignedteammembers", "msdyn_projectteam"),
                col("msdyn_autoscheduling", Boolean, NotNull), col("msdyn_effort", Double, Null) },
            {} },
        { QStringLiteral("dataverse/ResourceAssignment.cdm.json"),
            QStringLiteral("msdyn_resourceassignment"), 24 + 3,
            { col("msdyn_userresourceid", Guid, Null),
                lookup("msdyn_bookingstatusid", "bookingstatus"),
                lookup("msdyn_taskid", "msdyn_projecttask"),
                col("msdyn_fromdate", DateTime, NotNull), col("msdyn_name", Text, NotNull, 100),
                col("msdyn_hours", Decimal, Null) },
            { QStringLiteral("'msdyn_userresourceid' is a lookup whose target table") } },
        { QStringLiteral("dataverse/TransactionCategory.cdm.json"),
            QStringLiteral("msdyn_transactioncategory"), 19,
            { lookup("msdyn_defaultunit", "uom"), lookup("msdyn_unitgroup", "uomschedule"),
                col("msdyn_name", Text, NotNull, 100), col("createdon", DateTime, Null),
                col("msdyn_billingtype", Integer, Null), stateCode() },
            {} },
        // Finance: every attribute is a string; a missing isNullable means NOT NULL.
        { QStringLiteral("finance/ExchangeRateCDSEntity.cdm.json"),
            QStringLiteral("ExchangeRateCDSEntity"), 9,
            { col("Rate", Text, NotNull), col("ExchangeRateTypeName", Text, NotNull),
                col("ValidFrom", Text, Null) },
            {} },
        { QStringLiteral("finance/OMLegalEntity.cdm.json"), QStringLiteral("OMLegalEntity"), 100,
            { col("LegalEntityId", Text, Null), col("VATOnCustomerBehalf", Text, Null) }, {} },
        { QStringLiteral("finance/ProjCDSActualsImportEntity.cdm.json"),
            QStringLiteral("ProjCDSActualsImportEntity"), 40,
            { col("ActualId", Text, Null), col("Quantity", Text, Null),
                col("IsDuplicate", Text, Null) },
            {} },
        { QStringLiteral("finance/ProjCDSCategoryEntity.cdm.json"),
            QStringLiteral("ProjCDSCategoryEntity"), 3,
            { col("CategoryId", Text, Null), col("IntegrationId", Text, Null) }, {} },
        { QStringLiteral("finance/ProjCDSContractLineImportEntity.cdm.json"),
            QStringLiteral("ProjCDSContractLineImportEntity"), 7,
            { col("ContractLine", Text, Null), col("ForecastInvoiceFrequency", Text, Null) }, {} },
        { QStringLiteral("finance/ProjCDSEstimateExpensesImportEntity.cdm.json"),
            QStringLiteral("ProjCDSEstimateExpensesImportEntity"), 13,
            { col("EstimateLineId", Text, Null), col("Price", Text, Null) }, {} },
        { QStringLiteral("finance/ProjCDSEstimateHoursEntity.cdm.json"),
            QStringLiteral("ProjCDSEstimateHoursEntity"), 10,
            { col("StartDate", Text, Null), col("Duration", Text, Null) }, {} },
        { QStringLiteral("finance/ProjCDSProjectContractEntity.cdm.json"),
            QStringLiteral("ProjCDSProjectContractEntity"), 20,
            { col("ProjectContractID", Text, NotNull), col("CurrencyCode", Text, NotNull),
                col("AddressLine1", Text, Null) },
            {} },
        { QStringLiteral("finance/ProjCDSProjectEntity.cdm.json"),
            QStringLiteral("ProjCDSProjectEntity"), 17,
            { col("ProjectID", Text, Null), col("DefaultDimensionDisplayValue", Text, Null) }, {} },
        { QStringLiteral("finance/ProjCDSTaskEntity.cdm.json"), QStringLiteral("ProjCDSTaskEntity"),
            5, { col("WorkBreakdownStructureID", Text, Null), col("ParentTask", Text, Null) }, {} },
        { QStringLiteral("finance/ProjInvoiceProposalEntity.cdm.json"),
            QStringLiteral("ProjInvoiceProposalEntity"), 22,
            { col("InvoiceProposalId", Text, Null), col("FundingSource_ContractId", Text, Null) },
            {} },
        { QStringLiteral("finance/TrvExpTransEntity.cdm.json"), QStringLiteral("TrvExpTransEntity"),
            109, { col("ProjectID", Text, Null), col("DimensionDisplayValue", Text, Null) }, {} },
        { QStringLiteral("finance/VendorInvoiceHeaderEntity.cdm.json"),
            QStringLiteral("VendorInvoiceHeaderEntity"), 120,
            { col("InvoiceAccount", Text, NotNull), col("InvoiceNumber", Text, NotNull),
                col("HeaderReference", Text, Null) },
            {} },
        { QStringLiteral("finance/VendorInvoiceLineEntity.cdm.json"),
            QStringLiteral("VendorInvoiceLineEntity"), 101,
            { col("HeaderReference", Text, NotNull), col("ItemName", Text, Null) }, {} },
    };
    return list;
}

QString cdmDir()
{
    return QStringLiteral(DW_SHARED_DIR "/cdm");
}

QString quoteAnsi(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QLatin1String("\"\"")) + u'"';
}

// Opens a fresh SQLite file for the lifetime of the object.
class ScratchDb
{
public:
    explicit ScratchDb(const QString &path)
        : m_name(QStringLiteral("tst_cdmimporter_%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~ScratchDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ScratchDb)

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

struct PragmaColumn
{
    QString name;
    QString type;
    bool notNull;
    QString defaultValue;
    int primaryKeyPosition;
};

QList<PragmaColumn> tableInfo(const QSqlDatabase &db, const QString &table)
{
    QList<PragmaColumn> columns;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoteAnsi(table))))
        return columns;
    while (query.next())
        columns.append({ query.value(1).toString(), query.value(2).toString(),
            query.value(3).toBool(), query.value(4).toString(), query.value(5).toInt() });
    return columns;
}

} // namespace

Q_DECLARE_METATYPE(FileExpectation)

// A missing reference folder skips locally and fails on CI, where it must be present.
#define DW_REQUIRE_CDM_DIR()                                                                       \
    do {                                                                                           \
        if (!QFileInfo(cdmDir()).isDir()) {                                                        \
            const QByteArray why = "CDM reference documents not found at "                         \
                + QDir::toNativeSeparators(cdmDir()).toLocal8Bit()                                 \
                + " (expected beside the project as ../shared/cdm)";                               \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                QFAIL(why.constData());                                                            \
            QSKIP(why.constData());                                                                \
        }                                                                                          \
    } while (false)

class TestCdmImporter : public QObject
{
    Q_OBJECT

private slots:
    void everyReferenceDocumentIsExpected();
    void importsReferenceDocument_data();
    void importsReferenceDocument();
    void rejectsMalformedInput_data();
    void rejectsMalformedInput();
    void rejectsTruncatedAndMissingFiles();
    void warnsAboutWhatItCannotResolve();
    void treatsDocumentsWithoutSourceNamesAsFinance();
    void sqlTypeCoversEveryType_data();
    void sqlTypeCoversEveryType();
    void createTableWritesKeysAndQuotes_data();
    void createTableWritesKeysAndQuotes();
    void createBuildsUsableSqliteTable();
    void createReportsFailures();
};

// A new document in the shared folder must get expectations, not slip through untested.
void TestCdmImporter::everyReferenceDocumentIsExpected()
{
    DW_REQUIRE_CDM_DIR();
    QStringList found;
    for (const QString &side : { QStringLiteral("dataverse"), QStringLiteral("finance") }) {
        const QDir dir(cdmDir() + u'/' + side);
        for (const QString &file :
            dir.entryList({ QStringLiteral("*.cdm.json") }, QDir::Files, QDir::Name))
            found.append(side + u'/' + file);
    }
    QStringList expected;
    for (const FileExpectation &e : expectations())
        expected.append(e.file);
    found.sort();
    expected.sort();
    QCOMPARE(found, expected);
}

void TestCdmImporter::importsReferenceDocument_data()
{
    QTest::addColumn<FileExpectation>("expected");
    for (const FileExpectation &e : expectations())
        QTest::newRow(qPrintable(e.file)) << e;
}

void TestCdmImporter::importsReferenceDocument()
{
    DW_REQUIRE_CDM_DIR();
    QFETCH(FileExpectation, expected);
    const bool dataverse = expected.file.startsWith(QLatin1String("dataverse/"));

    CdmImport result;
    QString error;
    QVERIFY2(CdmImporter::importFile(cdmDir() + u'/' + expected.file, &result, &error),
        qPrintable(error));
    const TableDefinition &table = result.table;
    QCOMPARE(table.name, expected.table);
    QCOMPARE(table.columns.size(), expected.columnCount);
    QCOMPARE(result.entityName, QFileInfo(expected.file).fileName().section(u'.', 0, 0));

    for (const ColumnCheck &check : std::as_const(expected.columns)) {
        const ColumnDefinition *column = table.column(check.name);
        QVERIFY2(column, qPrintable(check.name));
        QCOMPARE(column->name, check.name);
        QCOMPARE(columnTypeId(column->type), columnTypeId(check.type));
        QVERIFY2(column->nullable == check.nullable, qPrintable(check.name));
        QCOMPARE(column->maxLength, check.maxLength);
        QCOMPARE(column->lookupTable, check.lookupTable);
        QCOMPARE(column->hasDefault, check.hasDefault);
    }

    QCOMPARE(result.warnings.size(), expected.warnings.size());
    for (const QString &fragment : std::as_const(expected.warnings))
        QVERIFY2(result.warnings.join(u'\n').contains(fragment),
            qPrintable(result.warnings.join(u'\n')));

    if (dataverse) {
        QCOMPARE(table.primaryKey.size(), 1);
        const ColumnDefinition *key = table.column(table.primaryKey.constFirst());
        QVERIFY(key);
        QCOMPARE(key->type, ColumnType::Guid);
        QVERIFY(!key->nullable);
        for (const char *system :
            { "createdon", "modifiedon", "versionnumber", "statecode", "statuscode" })
            QVERIFY2(table.column(QString::fromLatin1(system)), system);
    } else {
        QVERIFY(table.primaryKey.isEmpty());
        for (const ColumnDefinition &column : table.columns)
            QVERIFY2(column.lookupTable.isEmpty(), qPrintable(column.name));
        QVERIFY(!table.column(QStringLiteral("statecode")));
    }

    // The table is created as described in a fresh SQLite file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScratchDb scratch(dir.filePath(QStringLiteral("env.sqlite")));
    QVERIFY(scratch.isOpen());
    QVERIFY2(SchemaDdl::create(scratch.db(), table, &error), qPrintable(error));
    const QList<PragmaColumn> info = tableInfo(scratch.db(), table.name);
    QCOMPARE(info.size(), table.columns.size());
    for (qsizetype i = 0; i < info.size(); ++i) {
        const ColumnDefinition &column = table.columns.at(i);
        QCOMPARE(info.at(i).name, column.name);
        QCOMPARE(
            info.at(i).type, SchemaDdl::sqlType(column.type, column.maxLength, SqlDialect::Sqlite));
        QCOMPARE(info.at(i).notNull, !column.nullable);
        QCOMPARE(info.at(i).primaryKeyPosition > 0, table.primaryKey.contains(column.name));
    }
}

void TestCdmImporter::rejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    auto entity = [](const QByteArray &attributes) -> QByteArray {
        return R"({"definitions": [{"entityName": "Thing", "hasAttributes": [)" + attributes
            + "]}]}";
    };
    auto dataverse = [](const QByteArray &members) -> QByteArray {
        return R"({"definitions": [{"entityName": "Thing", "sourceName": "new_thing",
                   "hasAttributes": [{"attributeGroupReference": {
                       "attributeGroupName": "attributesAddedAtThisScope", "members": [)"
            + members + "]}}]}]}";
    };

    QTest::newRow("not json") << QByteArray("entityName: Thing")
                              << QStringLiteral("thing.cdm.json: not valid JSON at line 1");
    QTest::newRow("truncated") << entity(R"({"name": "A", "dataType": "string"})").left(60)
                               << QStringLiteral("thing.cdm.json: not valid JSON");
    QTest::newRow("array root") << QByteArray("[]") << QStringLiteral("not a CDM document");
    QTest::newRow("no definitions")
        << QByteArray(R"({"jsonSchemaSemanticVersion": "1.0.0", "imports": []})")
        << QStringLiteral("thing.cdm.json: definitions: the document has no definitions");
    QTest::newRow("definitions not array")
        << QByteArray(R"({"definitions": {}})") << QStringLiteral("definitions: must be an array");
    QTest::newRow("no entity") << QByteArray(R"({"definitions": [{"traitName": "is.thing"}]})")
                               << QStringLiteral("definitions: no entity definition");
    QTest::newRow("two entities") << QByteArray(
        R"({"definitions": [{"entityName": "A", "hasAttributes": []},
                                              {"entityName": "B", "hasAttributes": []}]})")
                                  << QStringLiteral("2 entity definition");
    QTest::newRow("empty entity name")
        << QByteArray(R"({"definitions": [{"entityName": "", "hasAttributes": []}]})")
        << QStringLiteral("definitions[0].entityName: must be a non-empty string");
    QTest::newRow("no attribute list")
        << QByteArray(R"({"definitions": [{"entityName": "Thing"}]})")
        << QStringLiteral("definitions[0].hasAttributes: entity 'Thing' has no attribute");
    QTest::newRow("no columns") << entity("")
                                << QStringLiteral("entity 'Thing' defines no columns");
    QTest::newRow("attribute without name")
        << entity(R"({"name": "A", "dataType": "string"}, {"dataType": "string"})")
        << QStringLiteral("definitions[0].hasAttributes[1].name: the attribute has no name");
    QTest::newRow("lookup without name")
        << entity(R"({"entity": {"entityReference": "Account"}})")
        << QStringLiteral("hasAttributes[0].name: the attribute has no name");
    QTest::newRow("unknown dataType")
        << entity(R"({"name": "A", "dataType": "colour"})")
        << QStringLiteral("hasAttributes[0].dataType: unknown dataType 'colour' of "
                          "attribute 'A'");
    QTest::newRow("unknown dataTypeReference")
        << dataverse(R"({"name": "id", "sourceName": "new_thingid", "dataType": "entityId",
                             "purpose": "identifiedBy"},
                            {"name": "b", "sourceName": "new_b",
                             "dataType": {"dataTypeReference": "listLookupMultiple"}})")
        << QStringLiteral("hasAttributes[0].attributeGroupReference.members[1].dataType: "
                          "unknown dataType 'listLookupMultiple'");
    QTest::newRow("no dataType") << entity(R"({"name": "A"})")
                                 << QStringLiteral("hasAttributes[0].dataType: attribute 'A' "
                                                   "has no dataType");
    QTest::newRow("dataverse attribute without sourceName")
        << dataverse(R"({"name": "b", "dataType": "string"})")
        << QStringLiteral("members[0].sourceName: attribute 'b' has no sourceName");
    QTest::newRow("unknown requirement level")
        << dataverse(R"({"name": "b", "sourceName": "new_b", "dataType": "string",
                             "appliedTraits": [{"traitReference": "is.requiredAtLevel",
                                 "arguments": [{"name": "level", "value": "mandatory"}]}]})")
        << QStringLiteral("members[0].appliedTraits: 'mandatory' is not a requirement level");
    QTest::newRow("isNullable not boolean")
        << entity(R"({"name": "A", "dataType": "string", "isNullable": "yes"})")
        << QStringLiteral("hasAttributes[0].isNullable: must be true or false");
    QTest::newRow("bad maximumLength")
        << entity(R"({"name": "A", "dataType": "string", "maximumLength": -4})")
        << QStringLiteral("hasAttributes[0].maximumLength: must be a whole number");
    QTest::newRow("column twice") << entity(
        R"({"name": "A", "dataType": "string"}, {"name": "a", "dataType": "integer"})")
                                  << QStringLiteral(
                                         "hasAttributes[1]: column 'a' is defined twice");
    QTest::newRow("members not array")
        << QByteArray(R"({"definitions": [{"entityName": "T", "hasAttributes": [
                   {"attributeGroupReference": {"attributeGroupName": "g", "members": 3}}]}]})")
        << QStringLiteral("attributeGroupReference.members: must be an array");
}

void TestCdmImporter::rejectsMalformedInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    CdmImport result;
    result.entityName = QStringLiteral("untouched");
    QString error;
    QVERIFY(!CdmImporter::importJson(json, QStringLiteral("thing.cdm.json"), &result, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.startsWith(QLatin1String("thing.cdm.json: ")), qPrintable(error));
    QCOMPARE(result.entityName, QStringLiteral("untouched")); // nothing of a bad document
}

void TestCdmImporter::rejectsTruncatedAndMissingFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CdmImport result;
    QString error;
    const QString missing = dir.filePath(QStringLiteral("Missing.cdm.json"));
    QVERIFY(!CdmImporter::importFile(missing, &result, &error));
    QVERIFY2(
        error.contains(QLatin1String("Cannot read")) && error.contains(missing), qPrintable(error));

    DW_REQUIRE_CDM_DIR();
    QFile original(cdmDir() + QStringLiteral("/dataverse/Actual.cdm.json"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray content = original.readAll();
    const QString truncated = dir.filePath(QStringLiteral("Actual.cdm.json"));
    QFile copy(truncated);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(content.left(content.size() / 2));
    copy.close();
    QVERIFY(!CdmImporter::importFile(truncated, &result, &error));
    QVERIFY2(error.startsWith(truncated + QLatin1String(": not valid JSON at line ")),
        qPrintable(error));
}

void TestCdmImporter::warnsAboutWhatItCannotResolve()
{
    const QByteArray json = R"({"definitions": [
      {"traitName": "is.thing"},
      {"entityName": "Thing", "sourceName": "new_thing", "cardinality": "many",
       "hasAttributes": [
         {"name": "thingId", "sourceName": "new_thingid", "dataType": "entityId",
          "purpose": "identifiedBy"},
         {"name": "colour", "sourceName": "new_colour", "dataType": "string",
          "purpose": "tellsColourOf", "defaultValue": "red"},
         {"name": "account", "entity": {"entityReference": "Account", "appliedTraits": [
             {"traitReference": "is.identifiedBy",
              "arguments": ["Account/(resolvedAttributes)/accountId"]}]},
          "resolutionGuidance": {"entityByReference": {"foreignKeyAttribute":
             {"name": "account", "sourceName": "new_account", "dataType": "entityId"}}}},
         {"name": "gadget", "entity": {"entityReference": "Gadget", "appliedTraits": [
             {"traitReference": "is.identifiedBy",
              "arguments": ["Gadget/(resolvedAttributes)/gadgetId"]}]},
          "resolutionGuidance": {"entityByReference": {"foreignKeyAttribute":
             {"name": "gadget", "sourceName": "new_gadget", "dataType": "entityId",
              "isNullable": true}}}},
         {"name": "widget", "entity": "Widget.cdm.json/Widget",
          "resolutionGuidance": {"entityByReference": {"foreignKeyAttribute":
             {"name": "widget", "sourceName": "new_widget", "dataType": "entityId"}}}},
         {"name": "parent", "entity": {"entityReference": "Thing"},
          "resolutionGuidance": {"entityByReference": {"foreignKeyAttribute":
             {"name": "parent", "sourceName": "new_parent", "dataType": "entityId"}}}},
         {"name": "related", "entity": {"entityReference": "Account"},
          "resolutionGuidance": {"entityByReference": {"allowReference": true}}},
         {"attributeGroupReference": "sharedAttributes"}
       ]}]})";
    CdmImport result;
    QString error;
    QVERIFY2(CdmImporter::importJson(json, QStringLiteral("thing.cdm.json"), &result, &error),
        qPrintable(error));
    const TableDefinition &table = result.table;
    QCOMPARE(table.name, QStringLiteral("new_thing"));
    QCOMPARE(table.primaryKey, QStringList { QStringLiteral("new_thingid") });
    QCOMPARE(table.column(QStringLiteral("new_account"))->lookupTable, QStringLiteral("account"));
    QCOMPARE(table.column(QStringLiteral("new_gadget"))->lookupTable, QStringLiteral("gadget"));
    QVERIFY(table.column(QStringLiteral("new_gadget"))->nullable);
    QVERIFY(!table.column(QStringLiteral("new_account"))->nullable); // isNullable absent
    QCOMPARE(table.column(QStringLiteral("new_widget"))->lookupTable, QString());
    QCOMPARE(table.column(QStringLiteral("new_parent"))->lookupTable, QStringLiteral("new_thing"));
    QVERIFY(!table.column(QStringLiteral("related")));
    QCOMPARE(table.columns.size(), 6 + 5); // + CdsStandard system columns

    const QString all = result.warnings.join(u'\n');
    const QStringList fragments = {
        QStringLiteral("definitions[0]: not an entity definition"),
        QStringLiteral("definitions[1]: 'cardinality' is not interpreted"),
        QStringLiteral("hasAttributes[1]: 'defaultValue' is not interpreted"),
        QStringLiteral("hasAttributes[1].purpose: purpose 'tellsColourOf'"),
        QStringLiteral("'new_gadget' refers to Gadget, which is no known Dataverse table; its "
                       "table was taken to be 'gadget'"),
        QStringLiteral("'new_widget' refers to Widget, whose table cannot be determined"),
        QStringLiteral("entity attribute 'related' has no foreign key attribute"),
        QStringLiteral("attribute group 'sharedAttributes' is defined in another document"),
    };
    for (const QString &fragment : fragments)
        QVERIFY2(all.contains(fragment), qPrintable(all));
    QCOMPARE(result.warnings.size(), fragments.size());
}

void TestCdmImporter::treatsDocumentsWithoutSourceNamesAsFinance()
{
    const QByteArray json = R"({"definitions": [{"entityName": "ProjThingEntity",
        "extendsEntity": "base_DataEntityView/DataEntityView", "hasAttributes": [
          {"name": "ThingId", "dataType": "string"},
          {"name": "Amount", "dataType": "decimal", "isNullable": true},
          {"entity": {"entityReference": "ProjThing"}, "name": "BackingTable_ProjThingRelationship",
           "resolutionGuidance": {"entityByReference": {"allowReference": true}}}]}]})";
    CdmImport result;
    QString error;
    QVERIFY2(CdmImporter::importJson(json, QStringLiteral("f.cdm.json"), &result, &error),
        qPrintable(error));
    QCOMPARE(result.table.name, QStringLiteral("ProjThingEntity"));
    QCOMPARE(result.table.columns.size(), 2);
    QVERIFY(!result.table.columns.at(0).nullable);
    QCOMPARE(result.table.columns.at(1).type, ColumnType::Decimal);
    QVERIFY(result.table.primaryKey.isEmpty());
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
}

void TestCdmImporter::sqlTypeCoversEveryType_data()
{
    QTest::addColumn<ColumnType>("type");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("sqlite");
    QTest::addColumn<QString>("postgres");
    auto row = [](const char *name, ColumnType type, int maxLength, const char *sqlite,
                   const char *postgres) {
        QTest::newRow(name) << type << maxLength << QString::fromLatin1(sqlite)
                            << QString::fromLatin1(postgres);
    };
    row("text", ColumnType::Text, 0, "TEXT", "text");
    row("text(100)", ColumnType::Text, 100, "TEXT", "varchar(100)");
    row("integer", ColumnType::Integer, 0, "INTEGER", "bigint");
    row("decimal", ColumnType::Decimal, 0, "NUMERIC", "numeric");
    row("double", ColumnType::Double, 0, "REAL", "double precision");
    row("boolean", ColumnType::Boolean, 0, "INTEGER", "boolean");
    row("dateTime", ColumnType::DateTime, 0, "TEXT", "timestamptz");
    row("guid", ColumnType::Guid, 0, "TEXT", "uuid");
    row("binary", ColumnType::Binary, 0, "BLOB", "bytea");
}

void TestCdmImporter::sqlTypeCoversEveryType()
{
    QFETCH(ColumnType, type);
    QFETCH(int, maxLength);
    QFETCH(QString, sqlite);
    QFETCH(QString, postgres);
    QCOMPARE(SchemaDdl::sqlType(type, maxLength, SqlDialect::Sqlite), sqlite);
    QCOMPARE(SchemaDdl::sqlType(type, maxLength, SqlDialect::Postgres), postgres);
}

namespace {
TableDefinition handMadeTable()
{
    TableDefinition table;
    table.name = QStringLiteral("проект \"line\" 1");
    ColumnDefinition id { QStringLiteral("id"), ColumnType::Guid, true, 0, false, {}, {} };
    ColumnDefinition name { QStringLiteral("Название"), ColumnType::Text, false, 50, false, {},
        {} };
    ColumnDefinition code { QStringLiteral("co\"de"), ColumnType::Text, true, 0, true, {}, {} };
    ColumnDefinition quantity { QStringLiteral("qty"), ColumnType::Decimal, false, 0, true, {},
        {} };
    ColumnDefinition done { QStringLiteral("done"), ColumnType::Boolean, true, 0, true, {}, {} };
    ColumnDefinition project { QStringLiteral("project"), ColumnType::Guid, true, 0, false,
        QStringLiteral("msdyn_project"), {} };
    table.columns = { id, name, code, quantity, done, project };
    table.primaryKey = { QStringLiteral("id") };
    table.uniqueKeys = { { QStringLiteral("Название"), QStringLiteral("co\"de") } };
    return table;
}
} // namespace

void TestCdmImporter::createTableWritesKeysAndQuotes_data()
{
    QTest::addColumn<SqlDialect>("dialect");
    QTest::addColumn<QString>("expected");
    QTest::newRow("sqlite") << SqlDialect::Sqlite
                            << QStringLiteral("CREATE TABLE \"проект \"\"line\"\" 1\" (\n"
                                              "    \"id\" TEXT NOT NULL,\n"
                                              "    \"Название\" TEXT NOT NULL,\n"
                                              "    \"co\"\"de\" TEXT DEFAULT '',\n"
                                              "    \"qty\" NUMERIC NOT NULL DEFAULT 0,\n"
                                              "    \"done\" INTEGER DEFAULT 0,\n"
                                              "    \"project\" TEXT,\n"
                                              "    PRIMARY KEY (\"id\"),\n"
                                              "    UNIQUE (\"Название\", \"co\"\"de\")\n"
                                              ")");
    QTest::newRow("postgres") << SqlDialect::Postgres
                              << QStringLiteral("CREATE TABLE \"проект \"\"line\"\" 1\" (\n"
                                                "    \"id\" uuid NOT NULL,\n"
                                                "    \"Название\" varchar(50) NOT NULL,\n"
                                                "    \"co\"\"de\" text DEFAULT '',\n"
                                                "    \"qty\" numeric NOT NULL DEFAULT 0,\n"
                                                "    \"done\" boolean DEFAULT FALSE,\n"
                                                "    \"project\" uuid,\n"
                                                "    PRIMARY KEY (\"id\"),\n"
                                                "    UNIQUE (\"Название\", \"co\"\"de\")\n"
                                                ")");
}

void TestCdmImporter::createTableWritesKeysAndQuotes()
{
    QFETCH(SqlDialect, dialect);
    QFETCH(QString, expected);
    const QStringList sql = SchemaDdl::createTable(handMadeTable(), dialect, quoteAnsi);
    QCOMPARE(sql.size(), 1);
    QCOMPARE(sql.constFirst(), expected);
    QVERIFY(!sql.constFirst().contains(QLatin1String("REFERENCES"))); // lookups stay soft
}

void TestCdmImporter::createBuildsUsableSqliteTable()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScratchDb scratch(dir.filePath(QStringLiteral("env.sqlite")));
    QVERIFY(scratch.isOpen());
    const TableDefinition table = handMadeTable();
    QString error;
    QVERIFY2(SchemaDdl::create(scratch.db(), table, &error), qPrintable(error));

    const QList<PragmaColumn> info = tableInfo(scratch.db(), table.name);
    QCOMPARE(info.size(), 6);
    QCOMPARE(info.at(1).name, QStringLiteral("Название"));
    QCOMPARE(info.at(2).name, QStringLiteral("co\"de"));
    QCOMPARE(info.at(0).primaryKeyPosition, 1);
    QVERIFY(info.at(0).notNull);
    QCOMPARE(info.at(3).defaultValue, QStringLiteral("0"));

    const QString insert = QStringLiteral("INSERT INTO %1 (\"id\", \"Название\", \"co\"\"de\") "
                                          "VALUES (?, ?, ?)")
                               .arg(quoteAnsi(table.name));
    QSqlQuery query(scratch.db());
    QVERIFY(query.prepare(insert));
    query.addBindValue(QStringLiteral("a"));
    query.addBindValue(QStringLiteral("Иван"));
    query.addBindValue(QStringLiteral("x"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    // The defaults fill qty and done; the unique key and NOT NULL key reject bad rows.
    QVERIFY(
        query.exec(QStringLiteral("SELECT \"qty\", \"done\" FROM %1").arg(quoteAnsi(table.name))));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(query.value(1).toInt(), 0);
    QVERIFY(query.prepare(insert));
    query.addBindValue(QStringLiteral("b"));
    query.addBindValue(QStringLiteral("Иван"));
    query.addBindValue(QStringLiteral("x"));
    QVERIFY(!query.exec());
    QVERIFY(query.prepare(insert));
    query.addBindValue(QVariant());
    query.addBindValue(QStringLiteral("Пётр"));
    query.addBindValue(QStringLiteral("y"));
    QVERIFY(!query.exec());
}

void TestCdmImporter::createReportsFailures()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScratchDb scratch(dir.filePath(QStringLiteral("env.sqlite")));
    QVERIFY(scratch.isOpen());
    const TableDefinition table = handMadeTable();
    QString error;
    QVERIFY(SchemaDdl::create(scratch.db(), table, &error));
    QVERIFY(!SchemaDdl::create(scratch.db(), table, &error));
    QVERIFY2(error.contains(table.name) && error.contains(QLatin1String("already exists")),
        qPrintable(error));

    TableDefinition unsafe = table;
    unsafe.name = QStringLiteral("other");
    unsafe.columns[1].name = QStringLiteral("\"x");
    QVERIFY(!SchemaDdl::create(scratch.db(), unsafe, &error));
    QVERIFY2(error.contains(QLatin1String("cannot be quoted safely")), qPrintable(error));
    QVERIFY(tableInfo(scratch.db(), unsafe.name).isEmpty());

    TableDefinition empty;
    empty.name = QStringLiteral("empty");
    QVERIFY(!SchemaDdl::create(scratch.db(), empty, &error));
    QVERIFY2(error.contains(QLatin1String("no columns")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCdmImporter)
#include "tst_cdmimporter.moc"
