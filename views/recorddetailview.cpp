#include "recorddetailview.h"

#include "asyncresult.h"
#include "recordvaluesmodel.h"
#include "runhistorymodel.h"
#include "storetask.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dw {

namespace {
constexpr int kHistoryEntries = 20;

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

struct Comparison
{
    RecordComparison value;
    QString error;
};
} // namespace

RecordDetailView::RecordDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_error(new QPlainTextEdit(this))
    , m_valuesLabel(new QLabel(this))
    , m_valuesView(new QTableView(this))
    , m_values(new RecordValuesModel(this))
    , m_history(new QLabel(this))
{
    setObjectName(QStringLiteral("recordDetail"));
    m_title->setObjectName(QStringLiteral("recordTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_status->setObjectName(QStringLiteral("recordStatus"));
    m_status->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("recordError"));
    m_error->setReadOnly(true);
    m_error->setAccessibleName(tr("Error message"));
    m_error->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_valuesLabel->setObjectName(QStringLiteral("valuesLabel"));
    m_valuesLabel->setWordWrap(true);
    m_valuesView->setObjectName(QStringLiteral("recordValues"));
    m_valuesView->setAccessibleName(tr("Values on both sides"));
    m_valuesView->setModel(m_values);
    m_valuesView->verticalHeader()->hide();
    m_valuesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_valuesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_valuesView->setWordWrap(false);
    m_valuesView->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_valuesView->setColumnWidth(RecordValuesModel::DataverseField, charWidth * 22);
    m_valuesView->setColumnWidth(RecordValuesModel::DataverseValue, charWidth * 40);
    m_valuesView->setColumnWidth(RecordValuesModel::Flow, charWidth * 6);
    m_valuesView->setColumnWidth(RecordValuesModel::FinanceField, charWidth * 22);
    m_history->setObjectName(QStringLiteral("recordHistory"));
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_error);
    layout->addWidget(m_valuesLabel);
    layout->addWidget(m_valuesView, 1);
    layout->addWidget(m_history);
    showRecord(std::nullopt);
}

void RecordDetailView::showRecord(const std::optional<RecordState> &record)
{
    m_record = record;
    ++m_generation;
    m_values->clear();
    m_loading = false;
    const bool shown = record.has_value();
    for (QWidget *widget : { static_cast<QWidget *>(m_status), static_cast<QWidget *>(m_error),
             static_cast<QWidget *>(m_valuesView), static_cast<QWidget *>(m_history) })
        widget->setVisible(shown);
    if (!shown) {
        m_title->setText(tr("Select a record to see its error, its values on both sides and "
                            "its history."));
        m_valuesLabel->clear();
        return;
    }
    //: %1 is the record's business key, %2 its table map.
    m_title->setText(tr("%1 — %2").arg(record->displayKey(), record->map));
    const QString errorClass = errorClassName(record->errorClass);
    m_status->setText(record->errorClass == ErrorClass::None
            ? recordStatusName(record->status)
            //: %1 is a record status (Failed), %2 an error class (Validation).
            : tr("%1 · error class: %2").arg(recordStatusName(record->status), errorClass));
    m_error->setPlainText(record->error);
    m_error->setVisible(!record->error.isEmpty());
    m_history->setText(tr("Reading the history…"));
    reload();
}

void RecordDetailView::reload()
{
    if (!m_record || m_workspace.directory().isEmpty())
        return;
    const int generation = ++m_generation;
    const RecordState record = *m_record;
    const Workspace workspace = m_workspace;
    m_loading = true;
    m_valuesLabel->setText(tr("Reading the record from Dataverse and Finance…"));
    whenFinished(this, QtConcurrent::run([workspace, record] {
        Comparison result;
        RecordComparer(workspace).compare(record, &result.value, &result.error);
        return result;
    }),
        [this, generation](const Comparison &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.error.isEmpty()) {
                m_values->clear();
                m_valuesLabel->setText(tr("The values could not be read: %1").arg(result.error));
            } else {
                m_values->setComparison(result.value);
                const RecordComparison &c = result.value;
                const int differences = c.differences();
                QStringList parts;
                const bool sourceFound
                    = c.source == Side::Dataverse ? c.dataverseFound : c.financeFound;
                const bool targetFound
                    = c.source == Side::Dataverse ? c.financeFound : c.dataverseFound;
                if (!c.dataverseFound)
                    parts.append(
                        tr("Dataverse has no row in %1 for this record.").arg(c.dataverseTable));
                if (!c.financeFound)
                    parts.append(
                        tr("Finance has no row in %1 for this record.").arg(c.financeTable));
                if (!sourceFound)
                    parts.append(tr("Its source row is gone: skip the record or restore the row."));
                else if (!targetFound)
                    parts.append(tr("That side shows what a sync would write from the current "
                                    "source row (source: %1).")
                                     .arg(sideName(c.source)));
                else
                    parts.append(differences == 0
                            ? tr("Both sides agree on every mapped field (source: %1).")
                                  .arg(sideName(c.source))
                            //: %1 is the source side, Dataverse or Finance.
                            : tr("%n field(s) differ from what the source gives (source: %1).",
                                nullptr, differences)
                                  .arg(sideName(c.source)));
                m_valuesLabel->setText(parts.join(u' '));
            }
            emit valuesLoaded();
        });
    whenFinished(this,
        runOnStore<RecordHistory>(workspace,
            [record](StateStore &store, RecordHistory *history, QString *error) {
                return RecordQuery(store.database())
                    .history(record, kHistoryEntries, history, error);
            }),
        [this, generation](const StoreResult<RecordHistory> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok())
                m_history->setText(tr("The history could not be read: %1").arg(result.error));
            else
                showHistory(result.value);
        });
}

void RecordDetailView::showHistory(const RecordHistory &history)
{
    QStringList lines;
    lines.append(tr("<b>History</b>"));
    lines.append(tr("%n attempt(s).", nullptr, int(history.attempts)));
    if (history.runId > 0) {
        const QString when = history.runStartedAt > 0 ? timeText(history.runStartedAt) : QString();
        //: %1 run number, %2 run kind (initial, retry, …), %3 start time, %4 outcome.
        lines.append(
            tr("Last attempt in run %1 (%2, started %3, %4).")
                .arg(history.runId)
                .arg(RunHistoryModel::kindName(history.runKind).toHtmlEscaped(), when,
                    RunHistoryModel::outcomeName(history.runOutcome).toHtmlEscaped()));
    }
    for (const ActivityEntry &entry : history.mentions)
        lines.append(tr("%1: %2").arg(timeText(entry.at), entry.message.toHtmlEscaped()));
    m_history->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace dw
