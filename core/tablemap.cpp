#include "tablemap.h"

#include "tr.h"

namespace dw {

MapDirection TableMap::direction() const
{
    bool toFinance = false;
    bool toDataverse = false;
    for (const FieldMapping &field : fields) {
        toFinance |= field.direction != FieldDirection::ToDataverse;
        toDataverse |= field.direction != FieldDirection::ToFinance;
    }
    if (toFinance && toDataverse)
        return MapDirection::TwoWay;
    return toDataverse ? MapDirection::ToDataverse : MapDirection::ToFinance;
}

bool TableMap::sameDefinition(const TableMap &other) const
{
    TableMap a = *this;
    a.version = other.version;
    a.publisher = other.publisher;
    a.description = other.description;
    return a == other;
}

namespace {
template<typename E, std::size_t N>
bool fromTable(const QString &id, const std::pair<E, const char *> (&table)[N], E *out)
{
    for (const auto &[value, name] : table) {
        if (id == QLatin1String(name)) {
            *out = value;
            return true;
        }
    }
    return false;
}

template<typename E, std::size_t N>
QString toTable(E value, const std::pair<E, const char *> (&table)[N])
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

constexpr std::pair<Component, const char *> kComponents[] = {
    { Component::Setup, "setup" },
    { Component::Estimates, "estimates" },
    { Component::Actuals, "actuals" },
    { Component::Invoices, "invoices" },
    { Component::Expenses, "expenses" },
    { Component::VendorInvoices, "vendorInvoices" },
};
constexpr std::pair<Side, const char *> kSides[]
    = { { Side::Dataverse, "dataverse" }, { Side::Finance, "finance" } };
constexpr std::pair<FieldDirection, const char *> kDirections[] = {
    { FieldDirection::ToDataverse, ">" },
    { FieldDirection::ToFinance, "<" },
    { FieldDirection::Both, "=" },
};
constexpr std::pair<ConflictPolicy, const char *> kPolicies[] = {
    { ConflictPolicy::Master, "master" },
    { ConflictPolicy::Newest, "newest" },
    { ConflictPolicy::Manual, "manual" },
};
constexpr std::pair<AlertAction, const char *> kActions[] = {
    { AlertAction::Notify, "notify" },
    { AlertAction::Pause, "pause" },
    { AlertAction::Stop, "stop" },
};
constexpr std::pair<Transform::Type, const char *> kTransforms[] = {
    { Transform::Type::Default, "default" },
    { Transform::Type::ValueMap, "valueMap" },
    { Transform::Type::Lookup, "lookup" },
    { Transform::Type::Constant, "constant" },
};
} // namespace

QString componentId(Component c)
{
    return toTable(c, kComponents);
}
bool componentFromId(const QString &id, Component *c)
{
    return fromTable(id, kComponents, c);
}
QString sideId(Side s)
{
    return toTable(s, kSides);
}
bool sideFromId(const QString &id, Side *s)
{
    return fromTable(id, kSides, s);
}
QString directionSymbol(FieldDirection d)
{
    return toTable(d, kDirections);
}
bool directionFromSymbol(const QString &s, FieldDirection *d)
{
    return fromTable(s, kDirections, d);
}
QString conflictPolicyId(ConflictPolicy p)
{
    return toTable(p, kPolicies);
}
bool conflictPolicyFromId(const QString &id, ConflictPolicy *p)
{
    return fromTable(id, kPolicies, p);
}
QString alertActionId(AlertAction a)
{
    return toTable(a, kActions);
}
bool alertActionFromId(const QString &id, AlertAction *a)
{
    return fromTable(id, kActions, a);
}
QString transformTypeId(Transform::Type t)
{
    return toTable(t, kTransforms);
}
bool transformTypeFromId(const QString &id, Transform::Type *t)
{
    return fromTable(id, kTransforms, t);
}

QString mapDirectionSymbol(MapDirection d)
{
    switch (d) {
    case MapDirection::ToDataverse:
        return QStringLiteral(">");
    case MapDirection::ToFinance:
        return QStringLiteral("<");
    case MapDirection::TwoWay:
        break;
    }
    return QStringLiteral("=");
}

QString componentName(Component c)
{
    switch (c) {
    case Component::Setup:
        return Tr::tr("Setup");
    case Component::Estimates:
        return Tr::tr("Estimates");
    case Component::Actuals:
        return Tr::tr("Actuals");
    case Component::Invoices:
        return Tr::tr("Invoices");
    case Component::Expenses:
        return Tr::tr("Expenses");
    case Component::VendorInvoices:
        break;
    }
    return Tr::tr("Vendor invoices");
}

QString sideName(Side s)
{
    return s == Side::Dataverse ? Tr::tr("Dataverse") : Tr::tr("Finance");
}

QString mapDirectionName(MapDirection d)
{
    switch (d) {
    case MapDirection::ToDataverse:
        return Tr::tr("Finance → Dataverse");
    case MapDirection::ToFinance:
        return Tr::tr("Dataverse → Finance");
    case MapDirection::TwoWay:
        break;
    }
    return Tr::tr("Both ways");
}

const QList<Component> &allComponents()
{
    static const QList<Component> all = { Component::Setup, Component::Estimates,
        Component::Actuals, Component::Invoices, Component::Expenses, Component::VendorInvoices };
    return all;
}

} // namespace dw
