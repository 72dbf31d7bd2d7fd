#include "validationissuemodel.h"

#include "statusicons.h"

#include <algorithm>

namespace dw {

namespace {
bool same(const ValidationIssue &a, const ValidationIssue &b)
{
    return a.code == b.code && a.message == b.message && a.fieldIndex == b.fieldIndex
        && a.keyIndex == b.keyIndex && a.filterPosition == b.filterPosition && a.side == b.side;
}
} // namespace

ValidationIssueModel::ValidationIssueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ValidationIssueModel::setIssues(const QList<ValidationIssue> &issues)
{
    if (std::equal(issues.begin(), issues.end(), m_issues.begin(), m_issues.end(), same))
        return;
    beginResetModel();
    m_issues = issues;
    endResetModel();
}

int ValidationIssueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_issues.size());
}

int ValidationIssueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ValidationIssueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValidationIssue &issue = m_issues.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == CodeColumn ? issue.code : issue.message;
    case Qt::ToolTipRole:
        return issue.message;
    case Qt::DecorationRole:
        if (index.column() == CodeColumn)
            return StatusIcons::forRecord(RecordStatus::Failed);
        return {};
    }
    return {};
}

QVariant ValidationIssueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == CodeColumn)
        return tr("Code", "validation issue code such as DW202");
    if (section == MessageColumn)
        return tr("Problem", "validation issue message");
    return {};
}

} // namespace dw
