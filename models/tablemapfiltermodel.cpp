#include "tablemapfiltermodel.h"

#include "tablemaplistmodel.h"

namespace dw {

TableMapFilterModel::TableMapFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TableMapListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TableMapFilterModel::setText(const QString &text)
{
    if (m_text == text.trimmed())
        return;
    m_text = text.trimmed();
    invalidateFilter();
}

void TableMapFilterModel::setComponent(const QString &componentId)
{
    if (m_component == componentId)
        return;
    m_component = componentId;
    invalidateFilter();
}

bool TableMapFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex nameIndex
        = sourceModel()->index(sourceRow, TableMapListModel::Name, sourceParent);
    if (!m_component.isEmpty()
        && nameIndex.data(TableMapListModel::ComponentRole).toString() != m_component)
        return false;
    if (m_text.isEmpty())
        return true;
    // The tooltip of the name carries both table names, so a search for a table finds its map.
    return nameIndex.data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive)
        || nameIndex.data(Qt::ToolTipRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace dw
