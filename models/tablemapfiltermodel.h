#pragma once

#include <QSortFilterProxyModel>

namespace dw {

// Filters the table maps list by free text (map name or either table) and by component, and
// sorts on the model's SortRole so numbers and dates sort as numbers and dates.
class TableMapFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableMapFilterModel)
public:
    explicit TableMapFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    // Component id as in the map format ("actuals", …); empty for all components.
    void setComponent(const QString &componentId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_component;
};

} // namespace dw
