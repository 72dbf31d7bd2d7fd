#pragma once

#include "tablemap.h"
#include "workspace.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTreeView;

namespace dw {

class MessageLabel;
class RunHistoryModel;
class RunMapCountsModel;

// The history of runs, newest first, with what the selected run did to each map and how long it
// took; "Show failed records" opens the records whose last attempt failed in that run.
class RunsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsPage)
public:
    explicit RunsPage(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void refresh();
    // Makes run `runId` the current one, paging back through the history to it when it is
    // older than the runs listed.
    void showRun(qint64 runId);
    RunHistoryModel *runs() const { return m_runs; }
    RunMapCountsModel *mapCounts() const { return m_counts; }

signals:
    // The records of `runId` that failed, starting on the component of its first failed map.
    void failedRecordsRequested(qint64 runId, dw::Component component);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void currentRunChanged();
    void showFailed();
    void selectPendingRun();

    Workspace m_workspace { QString() };
    QTreeView *m_list;
    RunHistoryModel *m_runs;
    QLabel *m_runLabel;
    QTableView *m_mapView;
    RunMapCountsModel *m_counts;
    QPushButton *m_showFailed;
    MessageLabel *m_message;
    qint64 m_runId = 0;
    qint64 m_pendingRun = 0; // asked for by showRun(), not listed yet
    int m_generation = 0;
};

} // namespace dw
