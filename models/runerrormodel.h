#pragma once

#include "mapdetailstore.h"

#include <QAbstractTableModel>

namespace dw {

// Records that failed during the run being watched, newest first, at most `limit` of them. Fed
// the latest failures every second; what is new goes in at the top in one insertion and what
// falls off the end is removed, so the rows the administrator is reading stay put.
class RunErrorModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunErrorModel)
public:
    enum Column { Time, Map, Key, ErrorClassColumn, Message, ColumnCount };
    static constexpr int limit = 500;

    explicit RunErrorModel(QObject *parent = nullptr);

    void clear();
    // The newest failures, newest first (as MapDetailStore::recentFailures gives them).
    void setLatest(const QList<RecordIssue> &latest);
    const QList<RecordIssue> &issues() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<RecordIssue> m_rows;
};

} // namespace dw
