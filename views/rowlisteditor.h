#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTableView;
class QToolButton;

namespace dw {

// A table of editable rows with Add and Remove buttons beside it, for the short lists of the
// editors (field mappings, integration key pairs, Value map entries, alert rules). Works on any
// model implementing insertRows() and removeRows(). Add appends a row and opens its first cell
// for editing; Remove (also the Delete key on the table) removes the selected rows. The buttons
// show icons; their accessible names and tooltips say what they do.
class RowListEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowListEditor)
public:
    RowListEditor(QAbstractItemModel *model, QWidget *parent = nullptr);

    // Names the buttons for tooltips and screen readers, e.g. "Add field mapping".
    void setButtonNames(const QString &add, const QString &remove);
    QTableView *view() const { return m_view; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }

public slots:
    void addRow();
    void removeSelectedRows();

signals:
    void rowAdded(int row);

private:
    void updateButtons();

    QAbstractItemModel *m_model;
    QTableView *m_view;
    QToolButton *m_add;
    QToolButton *m_remove;
};

} // namespace dw
