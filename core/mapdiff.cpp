#include "mapdiff.h"

#include "errorclass.h"
#include "tr.h"

namespace dw {

namespace {

// A value map lists this many entries in a summary; the rest are counted.
constexpr int kSummaryEntries = 3;

QString fieldName(const FieldMapping &field)
{
    //: a field mapping: %1 Finance column, %2 Dataverse column (either may be empty)
    return Tr::tr("Field %1 ⇄ %2")
        .arg(field.finance.isEmpty() ? QStringLiteral("–") : field.finance,
            field.dataverse.isEmpty() ? QStringLiteral("–") : field.dataverse);
}

QString fieldText(const FieldMapping &field)
{
    const QString transform = MapDiff::transformSummary(field.transform);
    const QString direction = directionSymbol(field.direction);
    return transform.isEmpty() ? direction : Tr::tr("%1; %2").arg(direction, transform);
}

QString keyText(const QList<KeyPair> &keys)
{
    QStringList pairs;
    for (const KeyPair &key : keys)
        pairs.append(QStringLiteral("%1 = %2").arg(key.finance, key.dataverse));
    return pairs.join(QStringLiteral(", "));
}

class Collector
{
public:
    void compare(const QString &item, const QString &before, const QString &after)
    {
        if (before == after)
            return;
        const MapChange::Kind kind = before.isEmpty() ? MapChange::Kind::Added
            : after.isEmpty()                         ? MapChange::Kind::Removed
                                                      : MapChange::Kind::Changed;
        changes.append({ kind, item, before, after });
    }
    QList<MapChange> changes;
};

} // namespace

QString MapDiff::transformSummary(const Transform &t)
{
    switch (t.type) {
    case Transform::Type::None:
        return {};
    case Transform::Type::Default:
        //: transform: the value written when the source is empty
        return Tr::tr("Default: %1").arg(t.value.toString());
    case Transform::Type::Constant:
        //: transform: always this value
        return Tr::tr("Constant: %1").arg(t.value.toString());
    case Transform::Type::ValueMap: {
        QStringList entries;
        for (qsizetype i = 0; i < t.valueMap.size() && i < kSummaryEntries; ++i)
            entries.append(
                QStringLiteral("%1 → %2").arg(t.valueMap.at(i).first, t.valueMap.at(i).second));
        const int more = int(t.valueMap.size()) - kSummaryEntries;
        if (more > 0)
            //: after the first value map entries: how many more there are
            entries.append(Tr::tr("%n more", nullptr, more));
        return Tr::tr("Value map: %1").arg(entries.join(QStringLiteral(", ")));
    }
    case Transform::Type::Lookup:
        break;
    }
    //: transform: %1 table, %2 column matched, %3 column written
    return Tr::tr("Lookup: %1.%2 → %3").arg(t.lookupTable, t.lookupKey, t.lookupValue);
}

QString MapDiff::alertActionName(AlertAction action)
{
    switch (action) {
    case AlertAction::Notify:
        return Tr::tr("Notify", "alert action");
    case AlertAction::Pause:
        return Tr::tr("Pause the map", "alert action");
    case AlertAction::Stop:
        break;
    }
    return Tr::tr("Stop the map", "alert action");
}

QString MapDiff::alertRuleSummary(const AlertRule &rule)
{
    ErrorClass errorClass = ErrorClass::None;
    const QString kind
        = errorClassFromId(rule.errorClass, &errorClass) && errorClass != ErrorClass::None
        ? errorClassName(errorClass)
        : Tr::tr("any", "alert rule: errors of any class");
    //: %1 error count, %2 error class, %3 minutes, %4 action
    return Tr::tr("%1 errors (%2) within %3 minutes: %4")
        .arg(rule.count)
        .arg(kind)
        .arg(rule.minutes)
        .arg(alertActionName(rule.action));
}

QString MapDiff::conflictPolicyName(ConflictPolicy policy, Side master)
{
    switch (policy) {
    case ConflictPolicy::Master:
        //: conflict policy; %1 Dataverse or Finance
        return Tr::tr("%1 wins").arg(sideName(master));
    case ConflictPolicy::Newest:
        return Tr::tr("Newest change wins");
    case ConflictPolicy::Manual:
        break;
    }
    return Tr::tr("Manual: the administrator picks a side");
}

QList<MapChange> MapDiff::compare(const TableMap &a, const TableMap &b)
{
    Collector c;
    c.compare(Tr::tr("Version"), a.version, b.version);
    c.compare(Tr::tr("Publisher"), a.publisher, b.publisher);
    c.compare(Tr::tr("Description"), a.description, b.description);
    c.compare(Tr::tr("Component"), componentName(a.component), componentName(b.component));
    c.compare(Tr::tr("Dataverse table"), a.dataverse.table, b.dataverse.table);
    c.compare(Tr::tr("Finance table"), a.finance.table, b.finance.table);
    c.compare(Tr::tr("Dataverse filter"), a.dataverse.filter, b.dataverse.filter);
    c.compare(Tr::tr("Finance filter"), a.finance.filter, b.finance.filter);
    c.compare(Tr::tr("Integration key"), keyText(a.keys), keyText(b.keys));

    // Fields are matched by their pair of columns; a renamed column reads as removed + added.
    const auto same = [](const FieldMapping &x, const FieldMapping &y) {
        return x.finance == y.finance && x.dataverse == y.dataverse;
    };
    for (const FieldMapping &old : a.fields) {
        auto it = std::find_if(b.fields.cbegin(), b.fields.cend(),
            [&](const FieldMapping &f) { return same(f, old); });
        c.compare(
            fieldName(old), fieldText(old), it == b.fields.cend() ? QString() : fieldText(*it));
    }
    for (const FieldMapping &added : b.fields) {
        if (std::none_of(a.fields.cbegin(), a.fields.cend(),
                [&](const FieldMapping &f) { return same(f, added); }))
            c.compare(fieldName(added), QString(), fieldText(added));
    }

    for (const QString &dependency : a.dependsOn) {
        if (!b.dependsOn.contains(dependency))
            c.compare(Tr::tr("Depends on"), dependency, QString());
    }
    for (const QString &dependency : b.dependsOn) {
        if (!a.dependsOn.contains(dependency))
            c.compare(Tr::tr("Depends on"), QString(), dependency);
    }
    c.compare(Tr::tr("Conflict policy"), conflictPolicyName(a.conflictPolicy, a.conflictMaster),
        conflictPolicyName(b.conflictPolicy, b.conflictMaster));
    for (qsizetype i = 0; i < qMax(a.alerts.size(), b.alerts.size()); ++i) {
        c.compare(Tr::tr("Alert rule %1").arg(i + 1),
            i < a.alerts.size() ? alertRuleSummary(a.alerts.at(i)) : QString(),
            i < b.alerts.size() ? alertRuleSummary(b.alerts.at(i)) : QString());
    }
    return c.changes;
}

} // namespace dw
