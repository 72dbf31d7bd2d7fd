#pragma once

#include "runhistory.h"

#include <QAbstractTableModel>

namespace dw {

// What one run did to each of its maps: the counts of run_map_counts and the time it took.
// A small list (a run covers at most the workspace's maps), set as a whole.
class RunMapCountsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunMapCountsModel)
public:
    enum Column {
        Map,
        Read,
        Inserted,
        Updated,
        Unchanged,
        Skipped,
        Failed,
        Conflicts,
        Duration,
        ColumnCount
    };

    explicit RunMapCountsModel(QObject *parent = nullptr);

    void setCounts(const QList<RunMapCounts> &counts);
    const QList<RunMapCounts> &counts() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RunMapCounts> m_rows;
};

} // namespace dw
