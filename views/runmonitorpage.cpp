#include "runmonitorpage.h"

#include "asyncresult.h"
#include "mapdetailstore.h"
#include "runerrormodel.h"
#include "runprogressmodel.h"
#include "throughputchart.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw {

namespace {

// The rate is averaged over this many seconds, so one slow page does not swing the ETA.
constexpr qint64 kRateWindowMs = 10000;
// The headline's figures change at most this often between samples.
constexpr qint64 kHeadlineIntervalMs = 250;

// Draws rows done of total as a progress bar with the model's text on it.
class ProgressDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        const qint64 total = index.data(RunProgressModel::TotalRole).toLongLong();
        if (total <= 0) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const qint64 done = index.data(RunProgressModel::DoneRole).toLongLong();
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.state = option.state | QStyle::State_Horizontal;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(qBound(qint64(0), done * 1000 / total, qint64(1000)));
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return RunMonitorPage::tr("%n second(s)", nullptr, int(seconds));
    if (seconds < 3600)
        //: minutes and seconds, e.g. "4 min 05 s"
        return RunMonitorPage::tr("%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    //: hours and minutes, e.g. "2 h 05 min"
    return RunMonitorPage::tr("%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

RunMonitorPage::RunMonitorPage(QWidget *parent)
    : QWidget(parent)
    , m_headline(new QLabel(this))
    , m_eta(new QLabel(this))
    , m_stop(new QPushButton(this))
    , m_progressView(new QTreeView(this))
    , m_progress(new RunProgressModel(this))
    , m_chart(new ThroughputChart(this))
    , m_errorsLabel(new QLabel(this))
    , m_errorView(new QTreeView(this))
    , m_errors(new RunErrorModel(this))
    , m_sampler(new QTimer(this))
{
    setObjectName(QStringLiteral("runMonitor"));
    m_headline->setObjectName(QStringLiteral("runHeadline"));
    m_headline->setWordWrap(true);
    QFont headlineFont = m_headline->font();
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_eta->setObjectName(QStringLiteral("runEta"));
    m_stop->setObjectName(QStringLiteral("stopRunButton"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stop->setEnabled(false);

    const int charWidth = fontMetrics().averageCharWidth();
    m_progressView->setObjectName(QStringLiteral("runProgressList"));
    m_progressView->setModel(m_progress);
    m_progressView->setRootIsDecorated(false);
    m_progressView->setUniformRowHeights(true);
    m_progressView->setItemDelegateForColumn(
        RunProgressModel::Progress, new ProgressDelegate(m_progressView));
    m_progressView->header()->setStretchLastSection(false);
    m_progressView->header()->setSectionResizeMode(RunProgressModel::Map, QHeaderView::Stretch);
    m_progressView->header()->resizeSection(RunProgressModel::Phase, 18 * charWidth);
    // The bar carries "done of total": room for millions of both.
    m_progressView->header()->resizeSection(RunProgressModel::Progress,
        fontMetrics().horizontalAdvance(
            tr("%1 of %2").arg(QLocale().toString(9999999), QLocale().toString(9999999)))
            + 6 * charWidth);
    for (int column = RunProgressModel::Inserted; column < RunProgressModel::ColumnCount;
         ++column) {
        // Room for the header's word and for a count in the millions.
        const int header = fontMetrics().horizontalAdvance(
            m_progress->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        m_progressView->header()->resizeSection(
            column, qMax(header, 10 * charWidth) + 3 * charWidth);
    }

    m_errorView->setObjectName(QStringLiteral("runErrorList"));
    m_errorView->setModel(m_errors);
    m_errorView->setRootIsDecorated(false);
    m_errorView->setUniformRowHeights(true);
    m_errorView->setAlternatingRowColors(true);
    m_errorView->header()->resizeSection(RunErrorModel::Time, 10 * charWidth);
    // The message says most; map and key are often long and show in full as tooltips.
    m_errorView->header()->resizeSection(RunErrorModel::Map, 22 * charWidth);
    m_errorView->header()->resizeSection(RunErrorModel::Key, 18 * charWidth);
    m_errorView->header()->resizeSection(RunErrorModel::ErrorClassColumn,
        fontMetrics().horizontalAdvance(errorClassName(ErrorClass::Constraint)) + 3 * charWidth);

    auto *top = new QHBoxLayout;
    top->addWidget(m_headline, 1);
    top->addWidget(m_eta);
    top->addWidget(m_stop);
    auto *errors = new QWidget(this);
    auto *errorsLayout = new QVBoxLayout(errors);
    errorsLayout->setContentsMargins(0, 0, 0, 0);
    errorsLayout->addWidget(m_errorsLabel);
    errorsLayout->addWidget(m_errorView, 1);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_chart);
    lower->addWidget(errors);
    m_chart->setMinimumWidth(50 * charWidth);
    lower->setStretchFactor(0, 2);
    lower->setStretchFactor(1, 3);
    lower->setSizes({ 2 * 60 * charWidth, 3 * 60 * charWidth });
    lower->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_progressView);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    m_sampler->setInterval(sampleIntervalMs);
    connect(m_sampler, &QTimer::timeout, this, &RunMonitorPage::sample);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (!m_controller || !m_controller->isBusy())
            return;
        m_state = State::Stopping;
        m_stop->setEnabled(false);
        m_controller->cancel();
        updateHeadline();
    });
    retranslate();
}

void RunMonitorPage::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
}

void RunMonitorPage::setRunController(RunController *controller)
{
    m_controller = controller;
    connect(controller, &RunController::runStarted, this, &RunMonitorPage::runStarted);
    connect(controller, &RunController::runEnded, this, &RunMonitorPage::runEnded);
    connect(controller, &RunController::progress, m_progress, &RunProgressModel::applyProgress);
    connect(controller, &RunController::progress, this, [this] {
        // The headline follows the table, a few times a second at most.
        if (!m_headlineClock.isValid() || m_headlineClock.elapsed() >= kHeadlineIntervalMs) {
            m_headlineClock.start();
            updateHeadline();
        }
    });
    connect(controller, &RunController::mapFinished, m_progress, &RunProgressModel::applyResult);
    connect(controller, &RunController::liveStarted, this, [this](const QStringList &maps) {
        m_progress->setLive(maps);
        if (m_state == State::Running)
            m_state = State::Live;
        updateHeadline();
    });
}

void RunMonitorPage::runStarted(const QStringList &maps, qint64 startedAtMs)
{
    ++m_generation;
    m_state = State::Running;
    m_cancelled = false;
    m_endMessage.clear();
    m_startedAtMs = startedAtMs;
    m_clock.start();
    m_lastRead = 0;
    m_lastSampleMs = 0;
    m_recent = { { 0, 0 } };
    m_progress->setMaps(maps);
    m_errors->clear();
    m_chart->clear();
    m_stop->setEnabled(true);
    m_sampler->start();
    updateHeadline();
}

void RunMonitorPage::runEnded(bool cancelled, const QString &message)
{
    m_sampler->stop();
    m_progress->finish(cancelled);
    m_state = State::Ended;
    m_cancelled = cancelled;
    m_endMessage = message;
    m_stop->setEnabled(false);
    sample();
    updateHeadline();
}

void RunMonitorPage::sample()
{
    if (m_state == State::Idle)
        return;
    const qint64 now = m_clock.elapsed();
    const qint64 read = m_progress->totals().read;
    if (now > m_lastSampleMs) {
        const double rate = double(read - m_lastRead) * 1000.0 / double(now - m_lastSampleMs);
        m_chart->addSample(double(now) / 1000.0, qMax(0.0, rate));
    }
    m_lastRead = read;
    m_lastSampleMs = now;
    m_recent.append({ now, read });
    while (m_recent.size() > 2 && now - m_recent.at(1).first >= kRateWindowMs)
        m_recent.removeFirst();
    pollErrors();
    updateHeadline();
}

void RunMonitorPage::pollErrors()
{
    if (!m_workspace || m_polling)
        return;
    m_polling = true;
    const int generation = m_generation;
    const QStringList maps = m_progress->maps();
    const qint64 since = m_startedAtMs;
    whenFinished(this,
        runOnStore<QList<RecordIssue>>(*m_workspace,
            [maps, since](StateStore &store, QList<RecordIssue> *issues, QString *error) {
                return MapDetailStore(store.database())
                    .recentFailures(maps, since, RunErrorModel::limit, issues, error);
            }),
        [this, generation](const StoreResult<QList<RecordIssue>> &result) {
            m_polling = false;
            if (generation != m_generation)
                return;
            if (result.ok())
                m_errors->setLatest(result.value);
            else
                m_errorsLabel->setText(tr("Cannot read the failed records: %1").arg(result.error));
            emit errorsPolled();
        });
}

void RunMonitorPage::updateHeadline()
{
    const QLocale locale;
    const RunCounts totals = m_progress->totals();
    const qint64 elapsed = m_clock.isValid() ? m_clock.elapsed() / 1000 : 0;
    //: %1 records taken up, %2 failed, %3 elapsed time
    const QString figures
        = tr("%1 records read, %2 failed, %3.")
              .arg(locale.toString(totals.read), locale.toString(totals.failed), duration(elapsed));
    switch (m_state) {
    case State::Idle:
        m_headline->setText(tr("No run is going. Start maps with Run… on the Table maps page."));
        break;
    case State::Running:
        m_headline->setText(tr("Initial sync running: %1").arg(figures));
        break;
    case State::Live:
        m_headline->setText(tr("Running live, applying changes as they come: %1").arg(figures));
        break;
    case State::Stopping:
        m_headline->setText(tr("Stopping at the next page boundary…"));
        break;
    case State::Ended:
        if (!m_endMessage.isEmpty())
            m_headline->setText(tr("The run could not go on: %1").arg(m_endMessage));
        else if (m_cancelled)
            m_headline->setText(tr("Run stopped: %1 Start the maps again to continue where "
                                   "they stopped.")
                                    .arg(figures));
        else
            m_headline->setText(tr("Run finished: %1").arg(figures));
        break;
    }
    const qint64 remaining = m_progress->remainingRows();
    QString eta;
    if ((m_state == State::Running || m_state == State::Live) && remaining > 0
        && m_recent.size() >= 2) {
        const auto &[firstMs, firstRead] = m_recent.constFirst();
        const auto &[lastMs, lastRead] = m_recent.constLast();
        const double rate = lastMs > firstMs
            ? double(lastRead - firstRead) * 1000.0 / double(lastMs - firstMs)
            : 0;
        eta = rate > 0 ? tr("ETA: %1").arg(duration(qint64(double(remaining) / rate) + 1))
                       : tr("ETA: estimating…");
    }
    m_eta->setText(eta);
    m_eta->setVisible(!eta.isEmpty());
    m_errorsLabel->setText(m_errors->rowCount() == 0
            ? tr("No record has failed in this run.")
            : tr("Failed records, newest first (%n shown):", nullptr, m_errors->rowCount()));
}

void RunMonitorPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RunMonitorPage::retranslate()
{
    m_stop->setText(tr("&Stop run"));
    m_stop->setToolTip(tr("Stop the run at the next page boundary. Maps keep their state and "
                          "continue where they stopped when started again."));
    m_progressView->setAccessibleName(tr("Progress per map"));
    m_errorView->setAccessibleName(tr("Failed records of the run"));
    updateHeadline();
}

} // namespace dw
