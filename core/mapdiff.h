#pragma once

#include "tablemap.h"

namespace dw {

// One difference between two versions of a map.
struct MapChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString item; // what changed, translated: "Field ProjectID ⇄ msdyn_projectnumber: direction"
    QString before; // empty when added
    QString after; // empty when removed

    bool operator==(const MapChange &) const = default;
};

// Describes maps for people: transform summaries, alert rules and policies in words, and what
// changed between two versions, item by item. Pure functions over values; all text translated.
class MapDiff
{
public:
    // Field by field: identity and version metadata, tables and filters, integration key pairs,
    // field mappings (matched by their Finance and Dataverse columns), dependencies, conflict
    // policy and alert rules. Empty when the definitions are equal.
    static QList<MapChange> compare(const TableMap &older, const TableMap &newer);

    // "Value map: 1 → Hour, 2 → Expense", "Lookup: msdyn_project.msdyn_projectid →
    // msdyn_projectnumber", "Default: 0"; empty for no transform.
    static QString transformSummary(const Transform &transform);
    // "10 validation errors within 15 minutes: pause the map"
    static QString alertRuleSummary(const AlertRule &rule);
    static QString alertActionName(AlertAction action);
    static QString conflictPolicyName(ConflictPolicy policy, Side master);
};

} // namespace dw
