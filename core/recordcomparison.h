#pragma once

#include "mapplan.h"
#include "recordquery.h"
#include "rowbuffer.h"
#include "workspace.h"

#include <QVariant>

namespace dw {

// One mapped field of a record with its value on each side as the environments hold it now.
struct FieldComparison
{
    QString dataverseColumn; // empty for a field that has no column on that side (constants)
    QString financeColumn;
    FieldDirection direction = FieldDirection::ToFinance;
    QVariant dataverse; // null QVariant: NULL or no row
    QVariant finance;
    // For fields flowing from the record's source: the value the map would write to the target
    // from the current source row (after its transform), or why it cannot.
    bool hasExpected = false;
    QVariant expected;
    QString transformError;
    bool differs = false; // the target's value is not what the source gives
};

// Both sides of one record, read live: which side is its source, whether the row exists on
// each side, and every mapped field side by side.
struct RecordComparison
{
    Side source = Side::Dataverse;
    QString dataverseTable;
    QString financeTable;
    bool dataverseFound = false;
    bool financeFound = false;
    QStringList sourceKeyColumns; // the key columns of the source table
    QList<FieldComparison> fields;

    int differences() const;
};

// Reads a record's current values from both environments. Opens its own connections to the
// state store and both environments for the call, on the calling thread (a pool thread for the
// GUI); holds nothing afterwards. The source row is found by the record's source key, the
// target row by the key the map computes from it, so keys behind lookups resolve as in a sync.
class RecordComparer
{
public:
    explicit RecordComparer(const Workspace &workspace)
        : m_workspace(workspace)
    { }

    bool compare(const RecordState &record, RecordComparison *comparison, QString *error) const;

    // The source row's key columns and values for a record of `plan`: its stored source key,
    // else its record key (a provisional key holds the source key's values; Finance's key is
    // the source key of Finance's maps).
    static void sourceKey(const RecordState &record, const MapPlan &plan, RowBuffer *keys,
        QStringList *columns, QVariantList *values);

    // Values are equal for the comparison: both empty, equal as numbers when both are numbers,
    // else equal as text.
    static bool sameValue(const QVariant &a, const QVariant &b);

private:
    Workspace m_workspace;
};

} // namespace dw
