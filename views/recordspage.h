#pragma once

#include "recordquery.h"
#include "runcounts.h"
#include "runplan.h"
#include "syncengine.h"
#include "workspace.h"

#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabBar;
class QTimer;
class QTreeView;

namespace dw {

class MessageLabel;
class RecordDetailView;
class RecordStateModel;
class RunController;

// "Which of my records did not get across, and why?": one tab per component, the record states
// of its maps filtered by status, map, time of the last attempt and text in the key or error,
// with counts per status; the detail of the current record; Retry, Skip, Resolve (take one
// side's version) for the selected records and Export of the filtered list to CSV. Everything
// that touches a database runs off the GUI thread; retries and resolutions go through the
// window's RunController like any other run.
class RecordsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordsPage)
public:
    explicit RecordsPage(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void setRunController(RunController *controller);
    // Reloads the maps, the tab counts, the list and the detail.
    void refresh();
    void showComponent(Component component);
    // The records whose last attempt failed in `runId`, on the tab of `component`; the run
    // filter shows as a button that removes it.
    void showFailedOfRun(qint64 runId, Component component);
    Component component() const;

    RecordStateModel *model() const { return m_model; }
    RecordDetailView *detail() const { return m_detail; }
    QAction *retryAction() const { return m_retry; }
    QAction *skipAction() const { return m_skip; }
    QAction *takeDataverseAction() const { return m_takeDataverse; }
    QAction *takeFinanceAction() const { return m_takeFinance; }
    QAction *exportAction() const { return m_export; }
    QAction *editReplayAction() const { return m_editReplay; }
    // Writes the filtered list to `path` (the Export action asks for it).
    void exportTo(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

signals:
    // A retry, skip, resolution or export ended; the message says what happened.
    void actionFinished(const QString &message, bool error);

private:
    void applyFilter();
    void updateCounts();
    void updateActions();
    void currentChanged();
    void restoreCurrent();
    QList<RecordState> selectedRecords() const;
    void runOnRecords(RunKind kind, std::optional<Side> winner);
    void runOn(const QList<RecordState> &records, RunKind kind, std::optional<Side> winner);
    void startRun(const RunPlan &plan, RunKind kind);
    void editAndReplay();
    void skipSelected();
    void chooseExport();
    void finish(const QString &message, bool error);
    void retranslate();

    Workspace m_workspace { QString() };
    RunController *m_runs = nullptr;
    QList<RecordQueryMap> m_maps;
    QTabBar *m_tabs;
    QComboBox *m_status;
    QComboBox *m_map;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_find;
    QPushButton *m_runFilter;
    qint64 m_runId = 0;
    QTimer *m_findDelay;
    QLabel *m_summary;
    MessageLabel *m_message;
    QTreeView *m_list;
    RecordStateModel *m_model;
    RecordDetailView *m_detail;
    QAction *m_retry;
    QAction *m_skip;
    QAction *m_takeDataverse;
    QAction *m_takeFinance;
    QAction *m_export;
    QAction *m_editReplay;
    QAction *m_refresh;
    int m_mapsGeneration = 0;
    bool m_runIsOurs = false; // the RunController's current run is a retry/resolve from here
    int m_ignoredRunEnds = 0;
    RunCounts m_runCounts;
};

} // namespace dw
