#pragma once

#include "mapvalidator.h"
#include "tablemap.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dw {

// The field mappings of one table map, as dual-write lists them: Finance field, direction
// (> Finance → Dataverse, < Dataverse → Finance, = both), Dataverse field and transform. The
// field names and the direction are editable in place (the direction's edit value is its
// symbol); the transform is shown as a summary and changed with setTransform().
//
// Validation issues given to setIssues() mark their rows: an error icon in the vertical header
// (which numbers rows from 1, as the messages do), the codes and messages as tooltips. edited()
// is emitted for changes through the editing API, never by setFields() or setIssues().
class FieldMappingModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMappingModel)
public:
    enum Column { FinanceColumn, DirectionColumn, DataverseColumn, TransformColumn, ColumnCount };
    enum Role {
        IssueCodesRole = Qt::UserRole + 1, // QStringList: codes of the row's issues, e.g. DW202
    };

    explicit FieldMappingModel(QObject *parent = nullptr);

    void setFields(const QList<FieldMapping> &fields);
    const QList<FieldMapping> &fields() const { return m_fields; }
    FieldMapping field(int row) const { return m_fields.value(row); }
    void setTransform(int row, const Transform &transform);
    void setIssues(const QList<ValidationIssue> &issues);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Display texts shared with the editors: "Finance → Dataverse" for '>' and so on, and a
    // one-line summary of a transform ("Lookup: dv_unit.id → code").
    static QString directionName(FieldDirection direction);
    static QString transformSummary(const Transform &transform);

signals:
    void edited();

private:
    QStringList problems(int row) const;
    void clearIssues();

    QList<FieldMapping> m_fields;
    QHash<int, QList<ValidationIssue>> m_issues; // by row
};

} // namespace dw
