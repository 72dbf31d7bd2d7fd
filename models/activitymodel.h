#pragma once

#include "mapdetailstore.h"
#include "storetask.h"

#include <QAbstractTableModel>

namespace dw {

// The activity log of one map, newest first, read off the GUI thread a page at a time (older
// pages through fetchMore). reload() puts entries written since at the top without a reset.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)
public:
    enum Column { Time, Event, Message, ColumnCount };
    static constexpr int pageSize = 100;

    explicit ActivityModel(QObject *parent = nullptr);

    void setQuery(const QString &storePath, const QString &map);
    void reload();
    const QList<ActivityEntry> &entries() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void request(qint64 beforeId, bool newest);
    void arrived(int generation, bool newest, const StoreResult<QList<ActivityEntry>> &result);

    QString m_storePath;
    QString m_map;
    QList<ActivityEntry> m_rows;
    bool m_atEnd = true;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace dw
