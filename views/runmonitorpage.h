#pragma once

#include "runcontroller.h"
#include "storetask.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace dw {

class RunErrorModel;
class RunProgressModel;
class ThroughputChart;

// The run monitor: per-map progress and counts of the run the window's worker is doing, a
// throughput chart, the ETA of the initial syncs, the records failing as they fail (read from
// the state store off the GUI thread every second, newest first) and Stop, which asks the worker
// to stop at its next page and returns at once.
class RunMonitorPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunMonitorPage)
public:
    explicit RunMonitorPage(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void setRunController(RunController *controller);
    RunProgressModel *progressModel() const { return m_progress; }
    RunErrorModel *errorModel() const { return m_errors; }
    QPushButton *stopButton() const { return m_stop; }

    static constexpr int sampleIntervalMs = 1000;

signals:
    void errorsPolled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void runStarted(const QStringList &maps, qint64 startedAtMs);
    void runEnded(bool cancelled, const QString &message);
    void sample();
    void pollErrors();
    void updateHeadline();

    std::optional<Workspace> m_workspace;
    RunController *m_controller = nullptr;
    QLabel *m_headline;
    QLabel *m_eta;
    QPushButton *m_stop;
    QTreeView *m_progressView;
    RunProgressModel *m_progress;
    ThroughputChart *m_chart;
    QLabel *m_errorsLabel;
    QTreeView *m_errorView;
    RunErrorModel *m_errors;
    QTimer *m_sampler;

    enum class State { Idle, Running, Live, Stopping, Ended };
    State m_state = State::Idle;
    bool m_cancelled = false;
    QString m_endMessage;
    qint64 m_startedAtMs = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_headlineClock;
    qint64 m_lastRead = 0;
    qint64 m_lastSampleMs = 0;
    QList<QPair<qint64, qint64>> m_recent; // (ms, rows read) for a smoothed rate
    bool m_polling = false;
    int m_generation = 0;
};

} // namespace dw
