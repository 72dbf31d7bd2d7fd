#pragma once

#include <QStyledItemDelegate>
#include <functional>

class QComboBox;

namespace dw {

// Edits a cell with a combo box of choices computed per cell (the columns of the table a map
// side names, the directions, the alert actions). An editable chooser also accepts a name that
// is not in the list, and its completer filters the choices as you type, by substring and
// ignoring case; the model gets the choice's value, or the typed text.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceDelegate)
public:
    struct Choice
    {
        QString text;
        QVariant value;
        QString toolTip;
    };
    using Provider = std::function<QList<Choice>(const QModelIndex &)>;

    ChoiceDelegate(Provider provider, bool editable, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

    // Sets up `combo` the way the delegate's editors are: editable with a completer that
    // filters by substring. Shared with the table choosers of the map editor.
    static void makeFilterable(QComboBox *combo);

private:
    Provider m_provider;
    bool m_editable;
};

} // namespace dw
