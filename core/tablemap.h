#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace dw {

enum class Side { Dataverse, Finance };

enum class Component { Setup, Estimates, Actuals, Invoices, Expenses, VendorInvoices };

// Field and map directions use dual-write's symbols: '>' Finance→Dataverse, '<'
// Dataverse→Finance, '=' both.
enum class FieldDirection { ToDataverse, ToFinance, Both };
enum class MapDirection { ToDataverse, ToFinance, TwoWay };

enum class ConflictPolicy { Master, Newest, Manual };
enum class AlertAction { Notify, Pause, Stop };

struct Transform
{
    enum class Type { None, Default, ValueMap, Lookup, Constant };
    Type type = Type::None;
    QVariant value; // Default and Constant
    QList<QPair<QString, QString>> valueMap; // source → target, in the order the admin wrote
    QString lookupTable; // Lookup: table of the source environment
    QString lookupKey; // column matched against the source value
    QString lookupValue; // column whose value is written to the target

    bool operator==(const Transform &) const = default;
};

struct FieldMapping
{
    QString finance;
    QString dataverse;
    FieldDirection direction = FieldDirection::ToFinance;
    Transform transform;

    bool operator==(const FieldMapping &) const = default;
};

struct KeyPair
{
    QString finance;
    QString dataverse;
    bool operator==(const KeyPair &) const = default;
};

struct SideSpec
{
    QString table;
    QString filter; // OData $filter subset on the table's own columns; empty = all rows
    bool operator==(const SideSpec &) const = default;
};

struct AlertRule
{
    QString errorClass = QStringLiteral("any");
    int count = 10;
    int minutes = 15;
    AlertAction action = AlertAction::Notify;
    bool operator==(const AlertRule &) const = default;
};

// A table map: which Dataverse table pairs with which Finance entity and how each field
// travels. A plain value; persistence is MapStore's job, runtime status is not part of it.
struct TableMap
{
    QString name;
    Component component = Component::Setup;
    QString version = QStringLiteral("1.0.0.0");
    QString publisher;
    QString description;
    SideSpec dataverse;
    SideSpec finance;
    QList<KeyPair> keys;
    QList<FieldMapping> fields;
    QStringList dependsOn;
    ConflictPolicy conflictPolicy = ConflictPolicy::Master;
    Side conflictMaster = Side::Dataverse;
    QList<AlertRule> alerts;

    // Derived from the fields: one-way when every field flows the same way.
    MapDirection direction() const;
    const SideSpec &side(Side s) const { return s == Side::Dataverse ? dataverse : finance; }

    // Equal definitions, ignoring version metadata (version, publisher, description).
    bool sameDefinition(const TableMap &other) const;
    bool operator==(const TableMap &) const = default;
};

// Stable identifiers used in JSON, the state store and the CLI.
QString componentId(Component c);
bool componentFromId(const QString &id, Component *c);
QString sideId(Side s);
bool sideFromId(const QString &id, Side *s);
QString directionSymbol(FieldDirection d);
bool directionFromSymbol(const QString &symbol, FieldDirection *d);
QString mapDirectionSymbol(MapDirection d);
QString conflictPolicyId(ConflictPolicy p);
bool conflictPolicyFromId(const QString &id, ConflictPolicy *p);
QString alertActionId(AlertAction a);
bool alertActionFromId(const QString &id, AlertAction *a);
QString transformTypeId(Transform::Type t);
bool transformTypeFromId(const QString &id, Transform::Type *t);

// Translated names for display.
QString componentName(Component c);
QString sideName(Side s);
QString mapDirectionName(MapDirection d);

const QList<Component> &allComponents();

} // namespace dw
