#include "recordissuemodel.h"

#include "asyncresult.h"

#include <QDateTime>
#include <QLocale>

namespace dw {

RecordIssueModel::RecordIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RecordIssueModel::setQuery(const Workspace &workspace, const QString &map, qint64 runId)
{
    ++m_generation;
    beginResetModel();
    m_workspace = workspace;
    m_map = map;
    m_runId = runId;
    m_rows.clear();
    m_total = -1;
    m_atEnd = m_map.isEmpty() || m_workspace.isNull();
    // Loading already, so a view that asks for more on the reset waits for the first page.
    m_loading = !m_atEnd;
    endResetModel();
    if (!m_atEnd)
        request(QString(), true);
}

void RecordIssueModel::reload()
{
    if (m_map.isEmpty() || m_workspace.isNull())
        return;
    ++m_generation;
    request(QString(), true);
}

void RecordIssueModel::request(const QString &afterKey, bool replace)
{
    m_loading = true;
    const int generation = m_generation;
    const QString map = m_map;
    const qint64 runId = m_runId;
    whenFinished(this,
        runOnStore<Page>(m_workspace,
            [map, runId, afterKey](StateStore &store, Page *page, QString *error) {
                const MapDetailStore details(store.database());
                return details.failedRecords(map, runId, afterKey, pageSize, &page->rows, error)
                    && details.failedCount(map, runId, &page->total, error);
            }),
        [this, generation, replace](
            const StoreResult<Page> &result) { arrived(generation, replace, result); });
}

void RecordIssueModel::arrived(int generation, bool replace, const StoreResult<Page> &result)
{
    if (generation != m_generation)
        return; // a newer query replaced this one
    if (!result.ok()) {
        m_loading = false;
        m_atEnd = true;
        emit loadFailed(result.error);
        return;
    }
    m_total = result.value.total;
    const QList<RecordIssue> &page = result.value.rows;
    // The state is settled before the signals: a view may ask for more from its slots.
    if (!replace) {
        m_atEnd = page.size() < pageSize;
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
            m_rows.append(page);
            endInsertRows();
        }
    } else {
        // A refresh that finds the first page as it was keeps the rows (and the view's
        // selection and scroll position) and whatever further pages were loaded.
        const bool samePrefix = m_rows.size() >= page.size()
            && std::equal(page.cbegin(), page.cend(), m_rows.cbegin());
        const bool unchanged
            = samePrefix && (m_rows.size() == page.size() || page.size() == pageSize);
        if (!unchanged || m_rows.size() == page.size())
            m_atEnd = page.size() < pageSize;
        if (!unchanged) {
            beginResetModel();
            m_rows = page;
            endResetModel();
        }
    }
    // Still "loading" while the rows went in: views ask for more from those signals' slots,
    // and must not ask for the page that is being inserted.
    m_loading = false;
    emit loaded();
}

bool RecordIssueModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void RecordIssueModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    request(m_rows.isEmpty() ? QString() : m_rows.constLast().key, false);
}

int RecordIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordIssue &issue = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Attempts)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Message)
        return issue.message;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Key:
        return issue.key;
    case ErrorClassColumn:
        return errorClassName(issue.errorClass);
    case Message:
        return issue.message;
    case Attempts:
        return QLocale().toString(issue.attempts);
    case LastAttempt:
        return issue.at > 0
            ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(issue.at), QLocale::ShortFormat)
            : QString();
    }
    return {};
}

QVariant RecordIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Key:
        return tr("Integration key");
    case ErrorClassColumn:
        return tr("Error class");
    case Message:
        return tr("Message", "error message of a record");
    case Attempts:
        return tr("Attempts");
    case LastAttempt:
        return tr("Last attempt");
    }
    return {};
}

} // namespace dw
