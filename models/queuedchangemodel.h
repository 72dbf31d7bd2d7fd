#pragma once

#include "queuereader.h"

#include <QAbstractTableModel>

namespace dw {

// The next queued changes of a live map, in the order they will be applied: source side,
// sequence, operation, key values, capture time. Fed short lists (one page) by the view.
class QueuedChangeModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QueuedChangeModel)
public:
    enum Column { SideColumn, Sequence, Operation, Key, Captured, ColumnCount };

    explicit QueuedChangeModel(QObject *parent = nullptr);

    // Unchanged lists leave the view alone; otherwise the list is replaced.
    void setChanges(const QList<QueuedChange> &changes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<QueuedChange> m_changes;
};

} // namespace dw
