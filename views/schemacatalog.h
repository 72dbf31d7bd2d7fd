#pragma once

#include "schemasnapshot.h"

#include <QStringList>

namespace dw {

// The tables of both environments as the map editor offers them: sorted names for the pickers
// and the SchemaSnapshot that MapValidator checks against. A plain value, filled once from the
// introspection done on a pool thread and then only read on the GUI thread.
class SchemaCatalog
{
public:
    void setTables(Side side, const QList<TableDefinition> &tables);

    // Table names of a side, sorted ignoring case.
    QStringList tableNames(Side side) const { return m_names[int(side)]; }
    // Column names of a table (found as SchemaSnapshot finds it), sorted ignoring case; empty
    // for an unknown table.
    QStringList columnNames(Side side, const QString &table) const;
    const TableDefinition *table(Side side, const QString &name) const
    {
        return m_snapshot.table(side, name);
    }
    const SchemaSnapshot &snapshot() const { return m_snapshot; }

private:
    SchemaSnapshot m_snapshot;
    QStringList m_names[2];
};

} // namespace dw
