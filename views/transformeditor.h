#pragma once

#include "tablemap.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace dw {

class SchemaCatalog;
class ValueMapEditor;

// Edits the transform of one field row: none; Default (the value written when the source is
// empty) or Constant (always written), each with a value; Lookup (a table of the source side's
// environment, the column matched against the source value and the column written to the
// target); or Value map (ValueMapEditor: a table and JSON text). Switching the type keeps what
// was typed for the other types until another row is shown, but transform() returns only the
// parts of the chosen type.
class TransformEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransformEditor)
public:
    explicit TransformEditor(QWidget *parent = nullptr);

    void setCatalog(const SchemaCatalog *catalog) { m_catalog = catalog; }
    // Shows `transform` of a row whose source is `sourceSide`; emits no edited().
    void setTransform(const Transform &transform, Side sourceSide);
    Transform transform() const;
    bool hasJsonError() const;

signals:
    void edited();
    void jsonErrorChanged(bool hasError);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateHints();
    void typeChosen();
    void valueEdited(const QString &text);
    void lookupTableChosen();
    void lookupEdited();
    void fillLookupColumns();
    QComboBox *tableChooser(const QString &objectName);

    const SchemaCatalog *m_catalog = nullptr;
    Transform m_transform;
    Side m_side = Side::Dataverse;
    bool m_loading = false;
    QComboBox *m_type;
    QStackedWidget *m_pages;
    QLabel *m_noneHint;
    QLabel *m_valueHint;
    QLineEdit *m_value;
    QLabel *m_lookupHint;
    QComboBox *m_lookupTable;
    QComboBox *m_lookupKey;
    QComboBox *m_lookupValue;
    ValueMapEditor *m_valueMap;
    QLabel *m_typeLabel = nullptr;
};

} // namespace dw
