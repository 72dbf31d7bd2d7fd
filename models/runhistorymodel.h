#pragma once

#include "workspace.h"

#include "runhistory.h"
#include "storetask.h"

#include <QAbstractTableModel>

namespace dw {

// The run history, newest first, read off the GUI thread a page at a time (older runs through
// fetchMore). A new query resets it; answers of a replaced query are dropped.
class RunHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryModel)
public:
    enum Column { Run, Kind, Started, Duration, Outcome, Maps, Read, Synced, Failed, ColumnCount };
    static constexpr int pageSize = 100;

    explicit RunHistoryModel(QObject *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void reload();
    const RunSummary &run(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QString kindName(const QString &kind);
    // The translated name of a run's outcome id (completed, running, cancelled, …).
    static QString outcomeName(const QString &outcome);
    static QString durationText(qint64 ms);

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void request(bool replace);

    Workspace m_workspace;
    QList<RunSummary> m_rows;
    bool m_atEnd = true;
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace dw
