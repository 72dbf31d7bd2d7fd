#pragma once

#include "mapvalidator.h"

#include <QWidget>

class QGroupBox;
class QTableView;

namespace dw {

class FieldMappingModel;
class RowListEditor;
class SchemaCatalog;
class TransformEditor;

// The field mappings tab of the map editor: the rows of the map (Finance field, direction,
// Dataverse field, transform) with column pickers filled from the environments' schemas, and
// below, the transform editor of the current row. Rows with validation issues carry an error
// icon and the messages as tooltip.
class FieldMappingsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMappingsEditor)
public:
    explicit FieldMappingsEditor(QWidget *parent = nullptr);

    void setCatalog(const SchemaCatalog *catalog);
    // The map's tables on each side, whose columns the pickers offer.
    void setTables(const QString &financeTable, const QString &dataverseTable);
    void setFields(const QList<FieldMapping> &fields); // emits no edited()
    QList<FieldMapping> fields() const;
    void setIssues(const QList<ValidationIssue> &issues);
    void selectRow(int row);
    bool hasJsonError() const;
    FieldMappingModel *model() const { return m_model; }
    QTableView *view() const;

signals:
    void edited();
    void jsonErrorChanged(bool hasError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrentTransform();
    void updateTitle();
    QStringList columns(Side side) const;

    const SchemaCatalog *m_catalog = nullptr;
    QString m_tables[2]; // by Side
    FieldMappingModel *m_model;
    RowListEditor *m_rows;
    QGroupBox *m_transformBox;
    TransformEditor *m_transform;
    int m_transformRow = -1;
};

} // namespace dw
