#pragma once

#include "workspace.h"

#include "mapdetailstore.h"
#include "storetask.h"

#include <QAbstractTableModel>

namespace dw {

// Failed records of one map (optionally only those of one run), read from the state store off
// the GUI thread a page at a time: canFetchMore/fetchMore load the next page in key order, so a
// map with a million failed records costs one page until the view scrolls. Results of a query
// that has since been replaced are dropped (generation counter).
class RecordIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordIssueModel)
public:
    enum Column { Key, ErrorClassColumn, Message, Attempts, LastAttempt, ColumnCount };
    static constexpr int pageSize = 200;

    explicit RecordIssueModel(QObject *parent = nullptr);

    // A new query: the rows go, the first page is requested. An empty map clears the model.
    void setQuery(const Workspace &workspace, const QString &map, qint64 runId = 0);
    // The same query again from its first page; the rows stay when that page is unchanged.
    void reload();
    QString map() const { return m_map; }
    qint64 runId() const { return m_runId; }
    // Failed records the query matches in all (-1 until the first page arrived).
    qint64 totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    const QList<RecordIssue> &records() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // A page arrived (also an empty one), or the query failed with a message.
    void loaded();
    void loadFailed(const QString &message);

private:
    struct Page
    {
        QList<RecordIssue> rows;
        qint64 total = 0;
    };
    void request(const QString &afterKey, bool replace);
    void arrived(int generation, bool replace, const StoreResult<Page> &result);

    Workspace m_workspace;
    QString m_map;
    qint64 m_runId = 0;
    QList<RecordIssue> m_rows;
    qint64 m_total = -1;
    bool m_atEnd = true;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace dw
