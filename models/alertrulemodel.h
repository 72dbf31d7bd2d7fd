#pragma once

#include "tablemap.h"

#include <QAbstractTableModel>

namespace dw {

// The alert rules of a table map: N errors of a class within M minutes → notify, pause or stop
// the map (dual-write's alert settings). Every cell is editable; the edit value of the error
// class and the action is its stable id ("any", "validation", ...; "notify", "pause", "stop"),
// of the count and minutes a positive int. edited() is emitted for changes through the editing
// API, never by setRules().
class AlertRuleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertRuleModel)
public:
    enum Column { ErrorClassColumn, CountColumn, MinutesColumn, ActionColumn, ColumnCount };

    // (id, translated name) pairs for choosers, in display order.
    using Choices = QList<QPair<QString, QString>>;
    static Choices errorClassChoices();
    static Choices actionChoices();

    explicit AlertRuleModel(QObject *parent = nullptr);

    void setRules(const QList<AlertRule> &rules);
    const QList<AlertRule> &rules() const { return m_rules; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void edited();

private:
    static QString nameOf(const Choices &choices, const QString &id);

    QList<AlertRule> m_rules;
};

} // namespace dw
