#pragma once

#include "mapvalidator.h"

#include <QAbstractTableModel>

namespace dw {

// The validation issues of the map being edited, one row each: code and message, with an error
// icon. setIssues() with the same issues changes nothing, so validating on every keystroke
// keeps the selection; different issues reset the model (a map has a handful).
class ValidationIssueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationIssueModel)
public:
    enum Column { CodeColumn, MessageColumn, ColumnCount };

    explicit ValidationIssueModel(QObject *parent = nullptr);

    void setIssues(const QList<ValidationIssue> &issues);
    const QList<ValidationIssue> &issues() const { return m_issues; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ValidationIssue> m_issues;
};

} // namespace dw
