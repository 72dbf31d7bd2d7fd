#pragma once

#include "recordquery.h"
#include "workspace.h"

#include <QVariant>

namespace dw {

// One source value an administrator corrects before replaying a failed record.
struct SourceEdit
{
    QString column; // a mapped column of the record's source table
    QVariant value; // a null QVariant writes NULL
};

// Writes corrected values into a failed record's source row, found by its source key, in one
// statement on the source environment (so change capture sees it like any other edit). Only
// columns the map reads from that side may be written, and never a key column: a new key would
// be another record. Opens its own connections for the call on the calling thread.
class RecordSourceEditor
{
public:
    explicit RecordSourceEditor(const Workspace &workspace)
        : m_workspace(workspace)
    { }

    bool write(const RecordState &record, Side source, const QList<SourceEdit> &edits,
        QString *error) const;

private:
    Workspace m_workspace;
};

} // namespace dw
