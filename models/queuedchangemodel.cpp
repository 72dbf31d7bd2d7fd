#include "queuedchangemodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace dw {

namespace {
// {"msdyn_actualid":"9e44…"} as "msdyn_actualid = 9e44…"; anything else as it came.
QString keyText(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (!document.isObject())
        return json;
    const QJsonObject object = document.object();
    QStringList parts;
    for (auto it = object.begin(); it != object.end(); ++it)
        parts.append(QStringLiteral("%1 = %2").arg(it.key(), it.value().toVariant().toString()));
    return parts.join(QStringLiteral(", "));
}
} // namespace

QueuedChangeModel::QueuedChangeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void QueuedChangeModel::setChanges(const QList<QueuedChange> &changes)
{
    if (changes == m_changes)
        return;
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int QueuedChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int QueuedChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueuedChangeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueuedChange &change = m_changes.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Sequence)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && !(role == Qt::ToolTipRole && index.column() == Key))
        return {};
    switch (index.column()) {
    case SideColumn:
        return sideName(change.side);
    case Sequence:
        return QLocale().toString(change.seq);
    case Operation:
        switch (change.op) {
        case 'I':
            return tr("Insert", "captured change");
        case 'D':
            return tr("Delete", "captured change");
        default:
            return tr("Update", "captured change");
        }
    case Key:
        return keyText(change.key);
    case Captured:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(change.at), QLocale::ShortFormat);
    }
    return {};
}

QVariant QueuedChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SideColumn:
        return tr("Source");
    case Sequence:
        return tr("Sequence");
    case Operation:
        return tr("Operation");
    case Key:
        return tr("Integration key");
    case Captured:
        return tr("Captured");
    }
    return {};
}

} // namespace dw
