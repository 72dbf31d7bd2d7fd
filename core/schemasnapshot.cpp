#include "schemasnapshot.h"

namespace dw {

void SchemaSnapshot::add(Side side, const TableDefinition &table)
{
    Tables &tables = m_tables[static_cast<int>(side)];
    tables.byName.insert(table.name, table);
    const QString folded = table.name.toCaseFolded();
    if (!tables.nameByFolded.contains(folded))
        tables.nameByFolded.insert(folded, table.name);
}

const TableDefinition *SchemaSnapshot::table(Side side, const QString &name) const
{
    const Tables &tables = m_tables[static_cast<int>(side)];
    auto it = tables.byName.constFind(name);
    if (it == tables.byName.constEnd())
        it = tables.byName.constFind(tables.nameByFolded.value(name.toCaseFolded()));
    return it == tables.byName.constEnd() ? nullptr : &it.value();
}

} // namespace dw
