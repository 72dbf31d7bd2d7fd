#pragma once

#include "workspace.h"

#include "recordquery.h"
#include "storetask.h"

#include <QAbstractTableModel>

namespace dw {

// Record states of some maps (a component's, usually) as the records page lists them, read from
// the state store off the GUI thread a page at a time in SQL order: canFetchMore/fetchMore load
// the next page after the last row (keyset paging), so a million records cost the pages the
// view has scrolled through. Sorting and filtering are new queries. Counts per status come in
// a separate request, so the first rows do not wait for them. Results of a query that has
// since been replaced are dropped (generation counter).
class RecordStateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordStateModel)
public:
    enum Column { Key, Map, Direction, Status, Attempts, LastAttempt, Error, ColumnCount };
    enum Role { RecordKeyRole = Qt::UserRole + 1, MapNameRole, StatusRole };
    static constexpr int pageSize = 200;

    explicit RecordStateModel(QObject *parent = nullptr);

    // A new query: the rows go, the first page and the counts are requested.
    void setQuery(const Workspace &workspace, const RecordFilter &filter);
    // The same query again from its first page and new counts.
    void reload();
    Workspace workspace() const { return m_workspace; }
    const RecordFilter &filter() const { return m_filter; }
    RecordSort sortOrder() const { return m_sort; }
    bool isAscending() const { return m_ascending; }
    bool isLoading() const { return m_loading; }
    // Per status, the filter's status ignored; all zero until countsLoaded().
    const StatusCounts &statusCounts() const { return m_counts; }
    // Records the filter matches in all (its status included); -1 until the counts arrived.
    qint64 totalCount() const { return m_total; }
    const RecordState &record(int row) const { return m_rows.at(row); }
    const QList<RecordState> &records() const { return m_rows; }

    // The sort a column stands for; false for columns the store cannot sort by.
    static bool sortFor(int column, RecordSort *sort);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Columns without a store order keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // A page arrived (also an empty one), or a query failed with a message.
    void loaded();
    void countsLoaded();
    void loadFailed(const QString &message);

private:
    void request(bool replace);
    void requestCounts();
    void arrived(int generation, bool replace, const StoreResult<QList<RecordState>> &result);

    Workspace m_workspace;
    RecordFilter m_filter;
    RecordSort m_sort = RecordSort::Map;
    bool m_ascending = true;
    QList<RecordState> m_rows;
    StatusCounts m_counts {};
    qint64 m_total = -1;
    bool m_atEnd = true;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace dw
