#include "rowlisteditor.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace dw {

namespace {
// The theme's list-add/list-remove icon, else a drawn plus or minus in the text colour, so the
// buttons never come out blank on a desktop without an icon theme.
QIcon rowIcon(bool add, const QColor &color)
{
    QIcon icon = QIcon::fromTheme(add ? QStringLiteral("list-add") : QStringLiteral("list-remove"));
    if (!icon.isNull())
        return icon;
    for (int size : { 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(color, size / 8.0, Qt::SolidLine, Qt::RoundCap));
        const qreal a = size * 0.22;
        const qreal b = size * 0.78;
        const qreal m = size * 0.5;
        p.drawLine(QPointF(a, m), QPointF(b, m));
        if (add)
            p.drawLine(QPointF(m, a), QPointF(m, b));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
} // namespace

RowListEditor::RowListEditor(QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_add(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as in the rest of the dialog
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_add->setIcon(rowIcon(true, palette().color(QPalette::ButtonText)));
    m_remove->setIcon(rowIcon(false, palette().color(QPalette::ButtonText)));

    auto *remove = new QAction(m_view);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(remove);
    connect(remove, &QAction::triggered, this, &RowListEditor::removeSelectedRows);
    connect(m_add, &QToolButton::clicked, this, &RowListEditor::addRow);
    connect(m_remove, &QToolButton::clicked, this, &RowListEditor::removeSelectedRows);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RowListEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &RowListEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RowListEditor::updateButtons);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_view);
    updateButtons();
}

void RowListEditor::setButtonNames(const QString &add, const QString &remove)
{
    m_add->setToolTip(add);
    m_add->setAccessibleName(add);
    m_remove->setToolTip(remove);
    m_remove->setAccessibleName(remove);
}

void RowListEditor::addRow()
{
    const int row = m_model->rowCount();
    if (!m_model->insertRows(row, 1))
        return;
    const QModelIndex first = m_model->index(row, 0);
    m_view->setCurrentIndex(first);
    m_view->setFocus(Qt::OtherFocusReason);
    emit rowAdded(row);
    if (first.flags() & Qt::ItemIsEditable)
        m_view->edit(first);
}

void RowListEditor::removeSelectedRows()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_model->removeRows(row, 1);
    updateButtons();
}

void RowListEditor::updateButtons()
{
    m_remove->setEnabled(m_view->selectionModel()->hasSelection());
}

} // namespace dw
