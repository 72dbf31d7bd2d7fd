#pragma once

#include "recordcomparison.h"

#include <QAbstractTableModel>

namespace dw {

// The mapped fields of one record side by side: Dataverse column and value, Finance column and
// value, and what the map would write from the source now. Rows whose target value differs
// from it are marked with an icon, bold text and a tooltip saying why (never colour alone).
class RecordValuesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordValuesModel)
public:
    enum Column { DataverseField, DataverseValue, Flow, FinanceField, FinanceValue, ColumnCount };
    enum Role { DiffersRole = Qt::UserRole + 1 };

    explicit RecordValuesModel(QObject *parent = nullptr);

    void setComparison(const RecordComparison &comparison);
    void clear();
    const RecordComparison &comparison() const { return m_comparison; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString valueText(const QVariant &value, bool rowFound) const;
    QString differenceText(const FieldComparison &field) const;
    QString missingText(const FieldComparison &field) const;

    RecordComparison m_comparison;
};

} // namespace dw
