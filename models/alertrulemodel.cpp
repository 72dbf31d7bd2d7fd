#include "alertrulemodel.h"

#include "errorclass.h"

#include <QLocale>

namespace dw {

AlertRuleModel::Choices AlertRuleModel::errorClassChoices()
{
    Choices choices { { QStringLiteral("any"), tr("Any error", "alert rule error class") } };
    for (ErrorClass c : { ErrorClass::Validation, ErrorClass::Constraint, ErrorClass::Transient,
             ErrorClass::Configuration })
        choices.append({ errorClassId(c), errorClassName(c) });
    return choices;
}

AlertRuleModel::Choices AlertRuleModel::actionChoices()
{
    return { { alertActionId(AlertAction::Notify), tr("Notify", "alert action") },
        { alertActionId(AlertAction::Pause), tr("Pause the map", "alert action") },
        { alertActionId(AlertAction::Stop), tr("Stop the map", "alert action") } };
}

QString AlertRuleModel::nameOf(const Choices &choices, const QString &id)
{
    for (const auto &[choiceId, name] : choices) {
        if (choiceId == id)
            return name;
    }
    return id; // an id this version does not know is shown as it is
}

AlertRuleModel::AlertRuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AlertRuleModel::setRules(const QList<AlertRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int AlertRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int AlertRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRule &rule = m_rules.at(index.row());
    const int column = index.column();
    if (role == Qt::EditRole) {
        switch (column) {
        case ErrorClassColumn:
            return rule.errorClass;
        case CountColumn:
            return rule.count;
        case MinutesColumn:
            return rule.minutes;
        case ActionColumn:
            return alertActionId(rule.action);
        }
    } else if (role == Qt::DisplayRole) {
        switch (column) {
        case ErrorClassColumn:
            return nameOf(errorClassChoices(), rule.errorClass);
        case CountColumn:
            return QLocale().toString(rule.count);
        case MinutesColumn:
            return QLocale().toString(rule.minutes);
        case ActionColumn:
            return nameOf(actionChoices(), alertActionId(rule.action));
        }
    } else if (role == Qt::TextAlignmentRole
        && (column == CountColumn || column == MinutesColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

bool AlertRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    AlertRule rule = m_rules.at(index.row());
    switch (index.column()) {
    case ErrorClassColumn: {
        ErrorClass c;
        const QString id = value.toString();
        if (id != QLatin1String("any") && !errorClassFromId(id, &c))
            return false;
        rule.errorClass = id;
        break;
    }
    case CountColumn:
    case MinutesColumn: {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number <= 0)
            return false;
        (index.column() == CountColumn ? rule.count : rule.minutes) = number;
        break;
    }
    case ActionColumn:
        if (!alertActionFromId(value.toString(), &rule.action))
            return false;
        break;
    default:
        return false;
    }
    if (rule == m_rules.at(index.row()))
        return true;
    m_rules[index.row()] = rule;
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    emit edited();
    return true;
}

Qt::ItemFlags AlertRuleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant AlertRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_rules.size() ? QVariant(section + 1) : QVariant();
    switch (section) {
    case ErrorClassColumn:
        return tr("Errors of class");
    case CountColumn:
        return tr("Count", "number of errors that triggers an alert");
    case MinutesColumn:
        return tr("Within minutes");
    case ActionColumn:
        return tr("Action", "what an alert rule does");
    }
    return {};
}

bool AlertRuleModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_rules.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rules.insert(row, count, AlertRule());
    endInsertRows();
    emit edited();
    return true;
}

bool AlertRuleModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rules.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rules.remove(row, count);
    endRemoveRows();
    emit edited();
    return true;
}

} // namespace dw
