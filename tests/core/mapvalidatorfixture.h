#pragma once

#include "mapvalidator.h"

// The valid map and schemas that tst_mapvalidator breaks one way per test row: a two-way
// "Projects V2" map between Dataverse msdyn_project and Finance ProjCDSProjectEntity with a
// lookup, a value map and a constant, filters on both sides and one dependency.
namespace dwtest {

using namespace Qt::StringLiterals;
using namespace dw;

struct Fixture
{
    TableMap map;
    TableDefinition dvProject;
    TableDefinition dvCompany;
    TableDefinition finProject;
    TableDefinition finLegalEntity;
    QStringList mapNames = { u"Legal entities"_s, u"Projects V2"_s };

    SchemaSnapshot schemas() const
    {
        SchemaSnapshot s;
        s.add(Side::Dataverse, dvProject);
        s.add(Side::Dataverse, dvCompany);
        s.add(Side::Finance, finProject);
        s.add(Side::Finance, finLegalEntity);
        return s;
    }
    QList<ValidationIssue> validate() const
    {
        return MapValidator::validate(map, schemas(), mapNames);
    }
};

inline ColumnDefinition column(
    const QString &name, ColumnType type, bool nullable = true, bool hasDefault = false)
{
    ColumnDefinition c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    c.hasDefault = hasDefault;
    return c;
}

inline FieldMapping field(const QString &finance, const QString &dataverse,
    FieldDirection direction, const Transform &transform = {})
{
    return { finance, dataverse, direction, transform };
}

inline Transform valueMap(const QList<QPair<QString, QString>> &entries)
{
    Transform t;
    t.type = Transform::Type::ValueMap;
    t.valueMap = entries;
    return t;
}

inline Transform lookup(const QString &table, const QString &key, const QString &value)
{
    Transform t;
    t.type = Transform::Type::Lookup;
    t.lookupTable = table;
    t.lookupKey = key;
    t.lookupValue = value;
    return t;
}

inline Transform withValue(Transform::Type type, const QVariant &value)
{
    Transform t;
    t.type = type;
    t.value = value;
    return t;
}

inline Fixture baseFixture()
{
    Fixture f;
    using T = ColumnType;
    f.dvProject.name = u"msdyn_project"_s;
    f.dvProject.columns = { column(u"msdyn_projectid"_s, T::Guid, false, true),
        column(u"msdyn_projectnumber"_s, T::Text, false),
        column(u"msdyn_subject"_s, T::Text, false), column(u"msdyn_description"_s, T::Text),
        column(u"msdyn_effort"_s, T::Double), column(u"msdyn_isbillable"_s, T::Boolean),
        column(u"msdyn_scheduledstart"_s, T::DateTime), column(u"msdyn_owningcompany"_s, T::Guid),
        column(u"statecode"_s, T::Integer, false, true), column(u"msdyn_document"_s, T::Binary) };
    f.dvCompany.name = u"cdm_company"_s;
    f.dvCompany.columns = { column(u"cdm_companyid"_s, T::Guid, false, true),
        column(u"cdm_companycode"_s, T::Text, false) };
    f.finProject.name = u"ProjCDSProjectEntity"_s;
    f.finProject.columns
        = { column(u"ProjectID"_s, T::Text, false), column(u"ProjectName"_s, T::Text, false),
              column(u"Description"_s, T::Text), column(u"DataAreaId"_s, T::Text, false),
              column(u"ProjectStatus"_s, T::Text), column(u"Effort"_s, T::Decimal),
              column(u"StartDate"_s, T::DateTime), column(u"ProjectGroup"_s, T::Text, false),
              column(u"Billable"_s, T::Boolean), column(u"Notes"_s, T::Text),
              column(u"Attachment"_s, T::Binary), column(u"Quantity"_s, T::Integer) };
    f.finLegalEntity.name = u"OMLegalEntity"_s;
    f.finLegalEntity.columns
        = { column(u"LegalEntityId"_s, T::Text, false), column(u"Name"_s, T::Text) };

    TableMap &m = f.map;
    m.name = u"Projects V2"_s;
    m.dataverse = { u"msdyn_project"_s, u"statecode eq 0"_s };
    m.finance = { u"ProjCDSProjectEntity"_s, u"ProjectStatus ne 'Completed'"_s };
    m.keys = { { u"ProjectID"_s, u"msdyn_projectnumber"_s } };
    using D = FieldDirection;
    m.fields = {
        field(u"ProjectID"_s, u"msdyn_projectnumber"_s, D::Both), // 0
        field(u"ProjectName"_s, u"msdyn_subject"_s, D::Both), // 1
        field(u"Description"_s, u"msdyn_description"_s, D::ToFinance), // 2
        field(u"DataAreaId"_s, u"msdyn_owningcompany"_s, D::ToFinance, // 3
            lookup(u"cdm_company"_s, u"cdm_companyid"_s, u"cdm_companycode"_s)),
        field(u"ProjectStatus"_s, u"statecode"_s, D::ToFinance, // 4
            valueMap({ { u"0"_s, u"InProcess"_s }, { u"1"_s, u"Completed"_s } })),
        field(u"Effort"_s, u"msdyn_effort"_s, D::ToDataverse), // 5
        field(u"StartDate"_s, u"msdyn_scheduledstart"_s, D::ToFinance), // 6
        field(u"ProjectGroup"_s, QString(), D::ToFinance, // 7
            withValue(Transform::Type::Constant, u"TM"_s)),
    };
    m.dependsOn = { u"Legal entities"_s };
    return f;
}

inline QString describe(const QList<ValidationIssue> &issues)
{
    QStringList lines;
    for (const ValidationIssue &issue : issues)
        lines.append(issue.code + u": "_s + issue.message);
    return lines.join(u'\n');
}

} // namespace dwtest
