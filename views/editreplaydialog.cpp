#include "editreplaydialog.h"

#include "mapplan.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dw {

EditReplayDialog::EditReplayDialog(
    const RecordState &record, const RecordComparison &comparison, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("editReplayDialog"));
    //: %1 is the record's business key.
    setWindowTitle(tr("Edit and replay %1").arg(record.displayKey()));
    const Side source = comparison.source;
    const Side target = source == Side::Dataverse ? Side::Finance : Side::Dataverse;

    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("editReplayIntro"));
    intro->setWordWrap(true);
    //: %1 source side, %2 source table, %3 target side.
    intro->setText(
        tr("Correct the values in the %1 table %2, then send the record to %3 "
           "again. The row is changed in %1 itself.")
            .arg(sideName(source),
                source == Side::Dataverse ? comparison.dataverseTable : comparison.financeTable,
                sideName(target)));
    auto *error = new QLabel(record.error, this);
    error->setObjectName(QStringLiteral("editReplayError"));
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *formWidget = new QWidget(this);
    auto *form = new QFormLayout(formWidget);
    QStringList seen;
    for (const FieldComparison &field : comparison.fields) {
        const QString &column
            = source == Side::Dataverse ? field.dataverseColumn : field.financeColumn;
        if (column.isEmpty() || seen.contains(column, Qt::CaseInsensitive)
            || !flowsFrom(field.direction, source))
            continue;
        seen.append(column);
        const QVariant value = source == Side::Dataverse ? field.dataverse : field.finance;
        auto *edit = new QLineEdit(value.isNull() ? QString() : value.toString(), formWidget);
        edit->setObjectName(QStringLiteral("edit_") + column);
        edit->setAccessibleName(column);
        edit->setPlaceholderText(tr("(empty)"));
        const bool key = comparison.sourceKeyColumns.contains(column, Qt::CaseInsensitive);
        edit->setReadOnly(key);
        if (key)
            edit->setToolTip(tr("A key field: changing it would make another record."));
        else if (!field.transformError.isEmpty())
            edit->setToolTip(field.transformError);
        else if (field.hasExpected)
            //: %1 the target side, %2 the value written there.
            edit->setToolTip(
                tr("Written to %1 as %2")
                    .arg(sideName(target),
                        field.expected.isNull() ? tr("(empty)") : field.expected.toString()));
        auto *label = new QLabel(column, formWidget);
        label->setBuddy(edit);
        if (!field.transformError.isEmpty()) {
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
            label->setToolTip(field.transformError);
        }
        form->addRow(label, edit);
        if (!key)
            m_fields.append({ column, value, edit });
    }
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(formWidget);
    scroll->setWidgetResizable(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save and &retry"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveAndRetryButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(error);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 30);
}

QList<SourceEdit> EditReplayDialog::edits() const
{
    QList<SourceEdit> edits;
    for (const Field &field : m_fields) {
        const QString text = field.edit->text();
        const QString before = field.original.isNull() ? QString() : field.original.toString();
        if (text == before)
            continue;
        edits.append({ field.column, text.isEmpty() ? QVariant() : QVariant(text) });
    }
    return edits;
}

QLineEdit *EditReplayDialog::editor(const QString &column) const
{
    for (const Field &field : m_fields) {
        if (field.column == column)
            return field.edit;
    }
    return nullptr;
}

} // namespace dw
