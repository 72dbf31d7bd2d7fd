#pragma once

#include "recordcomparison.h"
#include "recordsourceeditor.h"

#include <QDialog>

class QLineEdit;

namespace dw {

// Edit & replay: the values a failed record's source row gives its mapped fields, editable,
// with the error on top and, per field, what the map makes of it. Accepting hands back only
// the changed columns (an emptied value is NULL); writing them and retrying is the caller's.
// Key fields are shown but not editable: a new key would be another record.
class EditReplayDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditReplayDialog)
public:
    EditReplayDialog(
        const RecordState &record, const RecordComparison &comparison, QWidget *parent = nullptr);

    QList<SourceEdit> edits() const;
    // The editor of a source column; null when the column is not editable here.
    QLineEdit *editor(const QString &column) const;

private:
    struct Field
    {
        QString column;
        QVariant original;
        QLineEdit *edit = nullptr;
    };
    QList<Field> m_fields;
};

} // namespace dw
