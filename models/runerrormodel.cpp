#include "runerrormodel.h"

#include <QDateTime>
#include <QLocale>

namespace dw {

namespace {
bool sameRecord(const RecordIssue &a, const RecordIssue &b)
{
    return a.map == b.map && a.key == b.key && a.at == b.at;
}
} // namespace

RunErrorModel::RunErrorModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunErrorModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RunErrorModel::setLatest(const QList<RecordIssue> &input)
{
    const QList<RecordIssue> latest = input.mid(0, limit);
    if (latest.isEmpty())
        return; // failures are never taken back while a run is watched
    qsizetype fresh = latest.size();
    if (!m_rows.isEmpty()) {
        fresh = -1;
        for (qsizetype i = 0; i < latest.size() && fresh < 0; ++i) {
            if (sameRecord(latest.at(i), m_rows.constFirst()))
                fresh = i;
        }
    }
    if (fresh < 0) {
        // Everything we had is older than the newest `limit`: start over.
        beginResetModel();
        m_rows = latest;
        endResetModel();
        return;
    }
    if (fresh == 0)
        return;
    beginInsertRows({}, 0, int(fresh) - 1);
    m_rows = latest.mid(0, fresh) + m_rows;
    endInsertRows();
    if (m_rows.size() > limit) {
        beginRemoveRows({}, limit, int(m_rows.size()) - 1);
        m_rows.resize(limit);
        endRemoveRows();
    }
}

int RunErrorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunErrorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunErrorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecordIssue &issue = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Message)
        return issue.message;
    if (role == Qt::ToolTipRole && (index.column() == Map || index.column() == Key))
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(issue.at).time(), QStringLiteral("HH:mm:ss"));
    case Map:
        return issue.map;
    case Key:
        return issue.key;
    case ErrorClassColumn:
        return errorClassName(issue.errorClass);
    case Message:
        return issue.message;
    }
    return {};
}

QVariant RunErrorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Map:
        return tr("Table map");
    case Key:
        return tr("Integration key");
    case ErrorClassColumn:
        return tr("Error class");
    case Message:
        return tr("Message", "error message of a record");
    }
    return {};
}

} // namespace dw
