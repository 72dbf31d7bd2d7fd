#include "schemacatalog.h"

#include <algorithm>

namespace dw {

namespace {
void sortIgnoringCase(QStringList *names)
{
    std::sort(names->begin(), names->end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
}
} // namespace

void SchemaCatalog::setTables(Side side, const QList<TableDefinition> &tables)
{
    QStringList &names = m_names[int(side)];
    for (const TableDefinition &table : tables) {
        m_snapshot.add(side, table);
        if (!names.contains(table.name))
            names.append(table.name);
    }
    sortIgnoringCase(&names);
}

QStringList SchemaCatalog::columnNames(Side side, const QString &tableName) const
{
    QStringList names;
    if (const TableDefinition *definition = m_snapshot.table(side, tableName)) {
        for (const ColumnDefinition &column : definition->columns)
            names.append(column.name);
    }
    sortIgnoringCase(&names);
    return names;
}

} // namespace dw
