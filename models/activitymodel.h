#pragma once

#include "workspace.h"

#include "activityquery.h"
#include "storetask.h"

#include <QAbstractTableModel>

namespace dw {

// Activity log entries a filter matches (one map's, or the whole workspace's by map, kind, time
// and text), newest first, read off the GUI thread a page at a time in the store's order (older
// pages through fetchMore). reload() puts entries written since at the top without a reset. With
// counting on, each new query and each reload that found new entries also counts the matches.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)
public:
    enum Column { Time, Map, Event, Run, Message, ColumnCount };
    enum Role { MapNameRole = Qt::UserRole + 1, RunIdRole };
    static constexpr int pageSize = 100;

    explicit ActivityModel(QObject *parent = nullptr);

    // A new query; a null `workspace` empties the model.
    void setQuery(const Workspace &workspace, const ActivityFilter &filter);
    void reload();
    void setCounting(bool counting) { m_counting = counting; }
    const ActivityFilter &filter() const { return m_filter; }
    bool isLoading() const { return m_loading; }
    // Entries the filter matches in all; -1 until counted (or with counting off).
    qint64 totalCount() const { return m_total; }
    const ActivityEntry &entry(int row) const { return m_rows.at(row); }
    const QList<ActivityEntry> &entries() const { return m_rows; }

    static QString kindName(const QString &kindId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loaded();
    void countLoaded();
    void loadFailed(const QString &message);

private:
    void request(bool newest);
    void requestCount();
    void arrived(int generation, bool newest, const StoreResult<QList<ActivityEntry>> &result);
    // Takes the first page of a reload; false when it does not continue into the rows held.
    bool putOnTop(const QList<ActivityEntry> &page);

    Workspace m_workspace;
    ActivityFilter m_filter;
    QList<ActivityEntry> m_rows;
    qint64 m_total = -1;
    bool m_counting = false;
    bool m_atEnd = true;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace dw
