#include "mapvalidator.h"
#include "mapvalidatorfixture.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace dw;
using namespace dwtest;

namespace {

TableMap depMap(const QString &spec) // "name:dep1,dep2"
{
    TableMap map;
    const qsizetype colon = spec.indexOf(u':');
    map.name = spec.left(colon);
    map.dependsOn = spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
    return map;
}

QList<TableMap> depMaps(const QStringList &specs)
{
    QList<TableMap> maps;
    for (const QString &spec : specs)
        maps.append(depMap(spec));
    return maps;
}

QStringList names(const QList<TableMap> &maps)
{
    QStringList result;
    for (const TableMap &map : maps)
        result.append(map.name);
    return result;
}

} // namespace

using Mutation = std::function<void(Fixture &)>;
Q_DECLARE_METATYPE(Mutation)

class TestMapValidator : public QObject
{
    Q_OBJECT

private slots:
    void baseMapIsValid();
    void issues_data();
    void issues();
    void validVariants_data();
    void validVariants();
    void namesMatchCaseInsensitively();
    void reportsEveryIssue();
    void dependencyIssues_data();
    void dependencyIssues();
    void dependencyOrder_data();
    void dependencyOrder();
    void schemaSnapshotLookup();
};

void TestMapValidator::baseMapIsValid()
{
    const Fixture f = baseFixture();
    QCOMPARE(f.map.direction(), MapDirection::TwoWay);
    const QList<ValidationIssue> issues = f.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

namespace {

// Where an issue points; -1 = nowhere.
struct Where
{
    int field = -1;
    int key = -1;
    int filter = -1;
};

// One row of issues_data(); the row name starts with the expected code.
void addIssueRow(const char *name, const Mutation &mutation, const QStringList &fragments,
    Side side, Where where = {})
{
    QTest::newRow(name) << mutation << QString::fromLatin1(name).left(5) << fragments << where.field
                        << where.key << where.filter << side;
}

} // namespace

void TestMapValidator::issues_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("fragments"); // each must occur in the message
    QTest::addColumn<int>("fieldIndex");
    QTest::addColumn<int>("keyIndex");
    QTest::addColumn<int>("filterPosition");
    QTest::addColumn<Side>("side");

    using D = FieldDirection;
    const Side dv = Side::Dataverse;
    const Side fo = Side::Finance;
    const QString map = u"'Projects V2'"_s;

    addIssueRow(
        "DW101 no key", [](Fixture &f) { f.map.keys.clear(); },
        { map, u"msdyn_project"_s, u"ProjCDSProjectEntity"_s, u"DIPV1003"_s }, dv);
    addIssueRow("DW102 key without Dataverse column",
        [](Fixture &f) { f.map.keys[0].dataverse.clear(); },
        { map, u"Dataverse"_s, u"'msdyn_project'"_s }, dv, { .key = 0 });
    addIssueRow("DW103 key pair crosses rows",
        [](Fixture &f) {
            f.map.keys[0] = { u"ProjectName"_s, u"msdyn_projectnumber"_s };
        },
        { map, u"ProjCDSProjectEntity.ProjectName"_s, u"msdyn_project.msdyn_projectnumber"_s,
            u"DIPV1014"_s },
        dv, { .key = 0 });
    addIssueRow("DW103 second key pair unmapped",
        [](Fixture &f) {
            f.map.keys.append({ u"Notes"_s, u"msdyn_subject"_s });
        },
        { map, u"ProjCDSProjectEntity.Notes"_s, u"msdyn_project.msdyn_subject"_s }, dv,
        { .key = 1 });
    addIssueRow("DW104 key mapped '>' in a two-way map",
        [](Fixture &f) {
            f.map.keys.append({ u"Effort"_s, u"msdyn_effort"_s });
        },
        { map, u"ProjCDSProjectEntity.Effort"_s, u"msdyn_project.msdyn_effort"_s, u"DIPV1004"_s },
        fo, { .field = 5, .key = 1 });
    addIssueRow("DW104 key mapped '<', other case",
        [](Fixture &f) {
            f.map.keys.append({ u"DESCRIPTION"_s, u"MSDYN_Description"_s });
        },
        { map, u"DESCRIPTION"_s }, dv, { .field = 2, .key = 1 });
    addIssueRow("DW105 row without columns",
        [](Fixture &f) { f.map.fields.append(field({}, {}, D::ToFinance)); },
        { map, u"field mapping 9"_s, u"ProjCDSProjectEntity"_s, u"msdyn_project"_s }, dv,
        { .field = 8 });
    addIssueRow("DW106 one-way row without target",
        [](Fixture &f) { f.map.fields.append(field({}, u"msdyn_description"_s, D::ToFinance)); },
        { map, u"Finance"_s, u"'ProjCDSProjectEntity'"_s }, fo, { .field = 8 });
    addIssueRow("DW106 two-way row missing a side",
        [](Fixture &f) { f.map.fields.append(field({}, u"msdyn_description"_s, D::Both)); },
        { map, u"Finance"_s, u"'ProjCDSProjectEntity'"_s }, fo, { .field = 8 });
    addIssueRow("DW106 no source without Default",
        [](Fixture &f) {
            f.map.fields.append(field(
                {}, u"msdyn_description"_s, D::ToDataverse, valueMap({ { u"a"_s, u"b"_s } })));
        },
        { map, u"msdyn_project.msdyn_description"_s, u"DIPV1021"_s }, fo, { .field = 8 });
    addIssueRow("DW107 Finance target twice",
        [](Fixture &f) {
            f.map.fields.append(field(u"Description"_s, u"msdyn_subject"_s, D::ToFinance));
        },
        { map, u"ProjCDSProjectEntity.Description"_s, u"3 and 9"_s, u"DIPV1026"_s }, fo,
        { .field = 8 });
    addIssueRow("DW107 other case",
        [](Fixture &f) {
            f.map.fields.append(field(u"DESCRIPTION"_s, u"msdyn_subject"_s, D::ToFinance));
        },
        { map, u"DESCRIPTION"_s }, fo, { .field = 8 });
    addIssueRow("DW107 Dataverse target of a '=' row",
        [](Fixture &f) {
            f.map.fields.append(field(u"Notes"_s, u"msdyn_subject"_s, D::ToDataverse));
        },
        { map, u"msdyn_project.msdyn_subject"_s, u"2 and 9"_s }, dv, { .field = 8 });
    addIssueRow(
        "DW201 Dataverse table", [](Fixture &f) { f.map.dataverse.table = u"msdyn_projects"_s; },
        { map, u"Dataverse"_s, u"'msdyn_projects'"_s }, dv);
    addIssueRow(
        "DW201 Finance table", [](Fixture &f) { f.map.finance.table = u"ProjCDSProjectEntit"_s; },
        { map, u"Finance"_s, u"'ProjCDSProjectEntit'"_s }, fo);
    addIssueRow("DW201 lookup table",
        [](Fixture &f) { f.map.fields[3].transform.lookupTable = u"cdm_co"_s; },
        { map, u"field mapping 4"_s, u"'cdm_co'"_s }, dv, { .field = 3 });
    addIssueRow("DW201 lookup table of the wrong environment",
        [](Fixture &f) {
            f.map.fields[3].transform = lookup(u"OMLegalEntity"_s, u"LegalEntityId"_s, u"Name"_s);
        },
        { u"Dataverse"_s, u"'OMLegalEntity'"_s }, dv, { .field = 3 });
    addIssueRow("DW202 Dataverse column of a row",
        [](Fixture &f) { f.map.fields[2].dataverse = u"msdyn_descr"_s; },
        { map, u"Dataverse"_s, u"'msdyn_project.msdyn_descr'"_s }, dv, { .field = 2 });
    addIssueRow("DW202 Finance column of a row",
        [](Fixture &f) { f.map.fields[6].finance = u"StartDat"_s; },
        { map, u"'ProjCDSProjectEntity.StartDat'"_s }, fo, { .field = 6 });
    addIssueRow("DW202 key column", [](Fixture &f) { f.map.keys[0].finance = u"ProjectIdent"_s; },
        { map, u"'ProjCDSProjectEntity.ProjectIdent'"_s }, fo, { .key = 0 });
    addIssueRow("DW202 lookup key column",
        [](Fixture &f) { f.map.fields[3].transform.lookupKey = u"cdm_id"_s; },
        { map, u"'cdm_id'"_s, u"'cdm_company'"_s }, dv, { .field = 3 });
    addIssueRow("DW202 lookup value column in Finance for a '>' row",
        [](Fixture &f) {
            f.map.fields[5].transform = lookup(u"OMLegalEntity"_s, u"LegalEntityId"_s, u"Nmae"_s);
        },
        { u"'Nmae'"_s, u"Finance"_s, u"'OMLegalEntity'"_s }, fo, { .field = 5 });
    addIssueRow(
        "DW203 required Finance column",
        [](Fixture &f) {
            f.finProject.columns.append(column(u"ProjectManager"_s, ColumnType::Text, false));
        },
        { map, u"'ProjCDSProjectEntity'"_s, u"'ProjectManager'"_s, u"DIPV1010"_s }, fo);
    addIssueRow(
        "DW203 required Dataverse column written only to Finance",
        [](Fixture &f) { f.dvProject.columns[6].nullable = false; },
        { map, u"'msdyn_project'"_s, u"'msdyn_scheduledstart'"_s }, dv);
    addIssueRow("DW204 text to boolean",
        [](Fixture &f) {
            f.map.fields.append(field(u"Billable"_s, u"msdyn_description"_s, D::ToFinance));
        },
        { map, u"msdyn_project.msdyn_description"_s, u"ProjCDSProjectEntity.Billable"_s,
            u"(boolean)"_s, u"DIPV1030"_s },
        fo, { .field = 8 });
    addIssueRow("DW204 text to binary",
        [](Fixture &f) {
            f.map.fields.append(field(u"Attachment"_s, u"msdyn_subject"_s, D::ToFinance));
        },
        { u"ProjCDSProjectEntity.Attachment"_s, u"(binary)"_s }, fo, { .field = 8 });
    addIssueRow("DW204 binary to text",
        [](Fixture &f) {
            f.map.fields.append(field(u"Notes"_s, u"msdyn_document"_s, D::ToFinance));
        },
        { u"msdyn_project.msdyn_document"_s, u"(binary)"_s }, fo, { .field = 8 });
    addIssueRow("DW204 date to number",
        [](Fixture &f) {
            f.map.fields.append(field(u"Quantity"_s, u"msdyn_scheduledstart"_s, D::ToFinance));
        },
        { u"(dateTime)"_s, u"(integer)"_s }, fo, { .field = 8 });
    addIssueRow("DW204 '=' row fails one way only",
        [](Fixture &f) { f.map.fields.append(field(u"Notes"_s, u"msdyn_isbillable"_s, D::Both)); },
        { u"ProjCDSProjectEntity.Notes' (text)"_s, u"msdyn_project.msdyn_isbillable' (boolean)"_s },
        dv, { .field = 8 });
    addIssueRow("DW204 Default transform still converts",
        [](Fixture &f) {
            f.map.fields.append(field(u"Billable"_s, u"msdyn_description"_s, D::ToFinance,
                withValue(Transform::Type::Default, true)));
        },
        { u"ProjCDSProjectEntity.Billable"_s }, fo, { .field = 8 });
    addIssueRow("DW301 empty value map",
        [](Fixture &f) { f.map.fields[4].transform.valueMap.clear(); },
        { map, u"msdyn_project.statecode"_s, u"ProjCDSProjectEntity.ProjectStatus"_s }, fo,
        { .field = 4 });
    addIssueRow("DW302 duplicate value-map source",
        [](Fixture &f) {
            f.map.fields[4].transform.valueMap.append({ u"0"_s, u"Completed"_s });
        },
        { map, u"msdyn_project.statecode"_s, u"'0'"_s, u"DIPV1029"_s }, fo, { .field = 4 });
    addIssueRow("DW303 irreversible value map on '='",
        [](Fixture &f) {
            f.map.fields[1].transform
                = valueMap({ { u"a"_s, u"x"_s }, { u"b"_s, u"y"_s }, { u"c"_s, u"x"_s } });
        },
        { map, u"'x'"_s, u"msdyn_project.msdyn_subject"_s, u"ProjCDSProjectEntity.ProjectName"_s },
        dv, { .field = 1 });
    addIssueRow("DW304 lookup without value column",
        [](Fixture &f) { f.map.fields[3].transform.lookupValue.clear(); },
        { map, u"msdyn_project.msdyn_owningcompany"_s, u"'cdm_company'"_s }, dv, { .field = 3 });
    addIssueRow("DW304 lookup without table",
        [](Fixture &f) { f.map.fields[3].transform.lookupTable.clear(); },
        { u"msdyn_project.msdyn_owningcompany"_s }, dv, { .field = 3 });
    addIssueRow("DW305 Constant without value",
        [](Fixture &f) { f.map.fields[7].transform.value = QVariant(); },
        { map, u"Constant"_s, u"ProjCDSProjectEntity.ProjectGroup"_s }, fo, { .field = 7 });
    addIssueRow("DW305 Constant JSON null",
        [](Fixture &f) { f.map.fields[7].transform.value = QVariant::fromValue(nullptr); },
        { u"ProjCDSProjectEntity.ProjectGroup"_s }, fo, { .field = 7 });
    addIssueRow("DW305 Default without value, NOT NULL target",
        [](Fixture &f) {
            f.finProject.columns[2].nullable = false;
            f.map.fields[2].transform.type = Transform::Type::Default;
        },
        { u"Default"_s, u"ProjCDSProjectEntity.Description"_s, u"DIPV1031"_s }, fo, { .field = 2 });
    addIssueRow("DW306 lookup on '='", [](Fixture &f) { f.map.fields[3].direction = D::Both; },
        { map, u"ProjCDSProjectEntity.DataAreaId"_s, u"msdyn_project.msdyn_owningcompany"_s }, dv,
        { .field = 3 });
    addIssueRow("DW401 Dataverse filter syntax",
        [](Fixture &f) { f.map.dataverse.filter = u"statecode eq 0 )"_s; },
        { map, u"Dataverse"_s, u"'msdyn_project'"_s, u"DIPV1012"_s }, dv, { .filter = 15 });
    addIssueRow("DW401 Finance filter syntax",
        [](Fixture &f) { f.map.finance.filter = u"ProjectStatus ne 'Completed"_s; },
        { u"Finance"_s, u"'ProjCDSProjectEntity'"_s }, fo, { .filter = 17 });
    addIssueRow(
        "DW402 Finance filter column",
        [](Fixture &f) { f.map.finance.filter = u"ProjectStat ne 'Completed'"_s; },
        { map, u"'ProjectStat'"_s, u"'ProjCDSProjectEntity'"_s }, fo);
    addIssueRow(
        "DW402 Dataverse filter column",
        [](Fixture &f) {
            f.map.dataverse.filter = u"statecode eq 0 and not (msdyn_flag eq true)"_s;
        },
        { u"'msdyn_flag'"_s, u"'msdyn_project'"_s }, dv);
    addIssueRow(
        "DW501 missing dependency", [](Fixture &f) { f.map.dependsOn = { u"Legal entity"_s }; },
        { map, u"'Legal entity'"_s }, dv);
}

void TestMapValidator::issues()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, code);
    QFETCH(QStringList, fragments);
    QFETCH(int, fieldIndex);
    QFETCH(int, keyIndex);
    QFETCH(int, filterPosition);
    QFETCH(Side, side);

    Fixture f = baseFixture();
    mutation(f);
    const QList<ValidationIssue> issues = f.validate();
    QVERIFY2(issues.size() == 1, qPrintable(describe(issues)));
    const ValidationIssue &issue = issues.first();
    QCOMPARE(issue.code, code);
    for (const QString &fragment : fragments)
        QVERIFY2(issue.message.contains(fragment),
            qPrintable(u"'%1' not in: %2"_s.arg(fragment, issue.message)));
    QCOMPARE(issue.fieldIndex, fieldIndex);
    QCOMPARE(issue.keyIndex, keyIndex);
    QCOMPARE(issue.filterPosition, filterPosition);
    QCOMPARE(issue.side, side);
}

void TestMapValidator::validVariants_data()
{
    QTest::addColumn<Mutation>("mutation");
    using D = FieldDirection;

    QTest::newRow("one-way map needs no mapping of the other side's required columns")
        << Mutation([](Fixture &f) {
               for (FieldMapping &field : f.map.fields)
                   field.direction = D::ToFinance;
               f.dvProject.columns.append(column(u"msdyn_required"_s, ColumnType::Text, false));
           });
    QTest::newRow("one-way key field in a one-way map") << Mutation([](Fixture &f) {
        f.map.fields[0].direction = D::ToFinance;
        f.map.fields[1].direction = D::ToFinance;
        f.map.fields[5].direction = D::ToFinance;
    });
    QTest::newRow("text to integer and decimal to integer") << Mutation([](Fixture &f) {
        f.map.fields.append(field(u"Quantity"_s, u"msdyn_description"_s, D::ToFinance));
        f.map.fields.append(field(u"Notes"_s, u"msdyn_effort"_s, D::ToFinance));
        f.map.fields[5] = field(u"Quantity"_s, u"msdyn_effort"_s, D::ToDataverse);
    });
    QTest::newRow("boolean and integer both ways") << Mutation([](Fixture &f) {
        f.map.fields.append(field(u"Quantity"_s, u"msdyn_isbillable"_s, D::Both));
    });
    QTest::newRow("text to boolean through a value map") << Mutation([](Fixture &f) {
        f.map.fields.append(field(u"Billable"_s, u"msdyn_description"_s, D::ToFinance,
            valueMap({ { u"yes"_s, u"true"_s }, { u"no"_s, u"false"_s } })));
    });
    QTest::newRow("reversible value map on '='") << Mutation([](Fixture &f) {
        f.map.fields.append(field(u"Notes"_s, u"msdyn_description"_s, D::Both,
            valueMap({ { u"a"_s, u"x"_s }, { u"b"_s, u"y"_s } })));
    });
    QTest::newRow("Default without value on a nullable target")
        << Mutation([](Fixture &f) { f.map.fields[2].transform.type = Transform::Type::Default; });
    QTest::newRow("Default alone maps a required target") << Mutation([](Fixture &f) {
        f.finProject.columns.append(column(u"ProjectManager"_s, ColumnType::Text, false));
        f.map.fields.append(field(u"ProjectManager"_s, {}, D::ToFinance,
            withValue(Transform::Type::Default, u"nobody"_s)));
    });
    QTest::newRow("lookup of a '>' row resolves in Finance") << Mutation([](Fixture &f) {
        f.map.fields.append(field(u"DataAreaId"_s, u"msdyn_owningcompany"_s, D::ToDataverse,
            lookup(u"OMLegalEntity"_s, u"LegalEntityId"_s, u"Name"_s)));
    });
    QTest::newRow("no filters") << Mutation([](Fixture &f) {
        f.map.dataverse.filter.clear();
        f.map.finance.filter = u"  "_s;
    });
    QTest::newRow("no dependencies") << Mutation([](Fixture &f) { f.map.dependsOn.clear(); });
}

void TestMapValidator::validVariants()
{
    QFETCH(Mutation, mutation);
    Fixture f = baseFixture();
    mutation(f);
    const QList<ValidationIssue> issues = f.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));
}

void TestMapValidator::namesMatchCaseInsensitively()
{
    Fixture f = baseFixture();
    TableMap &m = f.map;
    m.dataverse = { u"MSDYN_Project"_s, u"STATECODE eq 0"_s };
    m.finance = { u"projcdsprojectentity"_s, u"projectstatus ne 'Completed'"_s };
    m.keys = { { u"PROJECTID"_s, u"Msdyn_ProjectNumber"_s } };
    m.fields[0] = field(u"projectid"_s, u"MSDYN_PROJECTNUMBER"_s, FieldDirection::Both);
    m.fields[1].finance = u"PROJECTNAME"_s;
    m.fields[3].finance = u"dataareaid"_s;
    m.fields[3].transform = lookup(u"CDM_Company"_s, u"CDM_COMPANYID"_s, u"cdm_CompanyCode"_s);
    m.fields[7].finance = u"projectgroup"_s;
    const QList<ValidationIssue> issues = f.validate();
    QVERIFY2(issues.isEmpty(), qPrintable(describe(issues)));

    // The required-column check must see these rows: break one and it reports the column.
    m.fields[7].finance = u"projectgroupx"_s;
    QStringList codes;
    for (const ValidationIssue &issue : f.validate())
        codes.append(issue.code);
    QCOMPARE(codes, (QStringList { u"DW202"_s, u"DW203"_s }));
}

void TestMapValidator::reportsEveryIssue()
{
    Fixture f = baseFixture();
    f.map.keys.clear();
    f.map.fields[2].dataverse = u"msdyn_descr"_s;
    f.map.finance.filter = u"Nope eq 1"_s;
    f.map.dependsOn.append(u"Ghost"_s);
    QStringList codes;
    for (const ValidationIssue &issue : f.validate())
        codes.append(issue.code);
    QCOMPARE(codes, (QStringList { u"DW101"_s, u"DW202"_s, u"DW402"_s, u"DW501"_s }));
}

void TestMapValidator::dependencyIssues_data()
{
    QTest::addColumn<QStringList>("maps"); // "name:dependency,dependency"
    QTest::addColumn<QStringList>("codes");
    QTest::addColumn<QStringList>("fragments"); // the n-th must occur in the n-th message

    QTest::newRow("acyclic") << QStringList { u"A:"_s, u"B:A"_s, u"C:A,B"_s } << QStringList()
                             << QStringList();
    QTest::newRow("missing map") << QStringList { u"A:"_s, u"B:A,Ghost"_s }
                                 << QStringList { u"DW501"_s }
                                 << QStringList { u"'B' depends on the map 'Ghost'"_s };
    QTest::newRow("cycle of three")
        << QStringList { u"B:C"_s, u"A:B"_s, u"C:A"_s } << QStringList { u"DW502"_s }
        << QStringList { u"B → C → A → B"_s };
    QTest::newRow("cycle reached through a later map starts at the earliest")
        << QStringList { u"A:C"_s, u"B:C"_s, u"C:B"_s } << QStringList { u"DW502"_s }
        << QStringList { u"Maps depend on each other in a cycle, so no run order exists: "
                         "B → C → B."_s };
    QTest::newRow("self") << QStringList { u"A:"_s, u"S:S,A"_s } << QStringList { u"DW502"_s }
                          << QStringList { u"'S' depends on itself"_s };
    QTest::newRow("two cycles and a missing map")
        << QStringList { u"A:B"_s, u"B:A"_s, u"C:D,Ghost"_s, u"D:C"_s }
        << QStringList { u"DW501"_s, u"DW502"_s, u"DW502"_s }
        << QStringList { u"'Ghost'"_s, u"A → B → A"_s, u"C → D → C"_s };
}

void TestMapValidator::dependencyIssues()
{
    QFETCH(QStringList, maps);
    QFETCH(QStringList, codes);
    QFETCH(QStringList, fragments);
    const QList<ValidationIssue> issues = MapValidator::validateDependencies(depMaps(maps));
    QStringList actualCodes;
    for (const ValidationIssue &issue : issues)
        actualCodes.append(issue.code);
    QCOMPARE(actualCodes, codes);
    for (qsizetype i = 0; i < fragments.size(); ++i)
        QVERIFY2(issues.at(i).message.contains(fragments.at(i)), qPrintable(issues.at(i).message));
}

void TestMapValidator::dependencyOrder_data()
{
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QStringList>("expected"); // the order, or fragments of the error

    QTest::newRow("chain") << QStringList { u"C:B"_s, u"B:A"_s, u"A:"_s }
                           << QStringList { u"A"_s, u"B"_s, u"C"_s };
    QTest::newRow("diamond, ties by input order") << QStringList { u"D:B,C"_s, u"C:A"_s, u"B:A"_s,
        u"A:"_s } << QStringList { u"A"_s, u"C"_s, u"B"_s, u"D"_s };
    QTest::newRow("independent keep input order")
        << QStringList { u"Z:"_s, u"X:"_s, u"Y:"_s } << QStringList { u"Z"_s, u"X"_s, u"Y"_s };
    QTest::newRow("ready map earlier in input first")
        << QStringList { u"P:"_s, u"Q:R"_s, u"R:"_s } << QStringList { u"P"_s, u"R"_s, u"Q"_s };
    QTest::newRow("dependency outside the set ignored")
        << QStringList { u"B:Ghost"_s, u"A:"_s } << QStringList { u"B"_s, u"A"_s };
}

void TestMapValidator::dependencyOrder()
{
    QFETCH(QStringList, maps);
    QFETCH(QStringList, expected);
    QList<TableMap> ordered;
    QString error;
    QVERIFY2(MapValidator::dependencyOrder(depMaps(maps), &ordered, &error), qPrintable(error));
    QCOMPARE(names(ordered), expected);

    // A cycle: false, the output untouched, the error names the cycle and not its waiters.
    const QList<TableMap> before = ordered;
    QVERIFY(!MapValidator::dependencyOrder(
        depMaps({ u"W:B"_s, u"A:"_s, u"B:C"_s, u"C:A,B"_s }), &ordered, &error));
    QCOMPARE(ordered, before);
    QVERIFY2(error.contains(u"B → C → B"_s), qPrintable(error));
    QVERIFY2(!error.contains(u"W"_s), qPrintable(error));
    QVERIFY(!MapValidator::dependencyOrder(depMaps({ u"S:S"_s }), nullptr, &error));
    QVERIFY2(error.contains(u"S → S"_s), qPrintable(error));
    QVERIFY(!MapValidator::dependencyOrder(depMaps({ u"A:B"_s, u"B:A"_s }), nullptr, nullptr));
}

void TestMapValidator::schemaSnapshotLookup()
{
    SchemaSnapshot s;
    TableDefinition lower;
    lower.name = u"items"_s;
    TableDefinition upper;
    upper.name = u"Items"_s;
    upper.columns = { column(u"x"_s, ColumnType::Text) };
    s.add(Side::Finance, lower);
    s.add(Side::Finance, upper);
    QVERIFY(s.table(Side::Finance, u"Items"_s));
    QCOMPARE(s.table(Side::Finance, u"Items"_s)->columns.size(), 1); // exact name first
    QCOMPARE(s.table(Side::Finance, u"items"_s)->columns.size(), 0);
    QVERIFY(s.table(Side::Finance, u"ITEMS"_s));
    QVERIFY(!s.table(Side::Dataverse, u"items"_s)); // sides are separate
    QVERIFY(!s.table(Side::Finance, u"item"_s));
}

QTEST_GUILESS_MAIN(TestMapValidator)
#include "tst_mapvalidator.moc"
