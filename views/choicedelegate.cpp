#include "choicedelegate.h"

#include <QComboBox>
#include <QCompleter>

namespace dw {

ChoiceDelegate::ChoiceDelegate(Provider provider, bool editable, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_provider(std::move(provider))
    , m_editable(editable)
{ }

void ChoiceDelegate::makeFilterable(QComboBox *combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

QWidget *ChoiceDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("choiceEditor"));
    const QList<Choice> choices = m_provider(index);
    for (const Choice &choice : choices) {
        combo->addItem(choice.text, choice.value);
        if (!choice.toolTip.isEmpty())
            combo->setItemData(combo->count() - 1, choice.toolTip, Qt::ToolTipRole);
    }
    if (m_editable)
        makeFilterable(combo);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const QVariant value = index.data(Qt::EditRole);
    const int found = combo->findData(value);
    if (found >= 0)
        combo->setCurrentIndex(found);
    else if (m_editable)
        combo->setEditText(value.toString());
}

void ChoiceDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (!m_editable) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    // The text decides: a choice typed in full (any case) gives its value, anything else is
    // taken as typed, so an unknown name reaches the validator rather than being dropped.
    const QString text = combo->currentText().trimmed();
    const int found = combo->findText(text, Qt::MatchFixedString);
    model->setData(index, found >= 0 ? combo->itemData(found) : QVariant(text), Qt::EditRole);
}

} // namespace dw
