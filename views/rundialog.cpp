#include "rundialog.h"

#include "runplanmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw {

namespace {

// Edits the master side of a two-way map with a combo box of the two sides.
class MasterDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(RunDialog::tr("Master for initial sync"));
        combo->addItem(sideName(Side::Dataverse), int(Side::Dataverse));
        combo->addItem(sideName(Side::Finance), int(Side::Finance));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole))));
    }
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

RunDialog::RunDialog(const QList<TableMap> &maps, const QHash<QString, MapStatus> &statuses,
    const QStringList &chosen, QWidget *parent)
    : QDialog(parent)
    , m_model(new RunPlanModel(this))
    , m_intro(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_live(new QCheckBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("runDialog"));
    m_model->setMaps(maps, statuses, chosen, &m_setupError);
    m_intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("runPlanView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setItemDelegateForColumn(RunPlanModel::Master, new MasterDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_view->header()->setStretchLastSection(true);
    const int charWidth = fontMetrics().averageCharWidth();
    m_view->header()->resizeSection(RunPlanModel::Name, 46 * charWidth);
    m_view->header()->resizeSection(RunPlanModel::InitialSync, 14 * charWidth);
    m_view->header()->resizeSection(RunPlanModel::Master, 26 * charWidth);
    m_view->header()->resizeSection(RunPlanModel::Status, 18 * charWidth);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_live->setObjectName(QStringLiteral("liveCheck"));
    m_live->setChecked(true);
    m_note->setObjectName(QStringLiteral("runNote"));
    m_note->setWordWrap(true);
    // Not the standard OK button: the button box would reset its text on a language change.
    m_run = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runButton"));

    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(m_up);
    moveRow->addWidget(m_down);
    moveRow->addStretch(1);
    moveRow->addWidget(m_live);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_view, 1);
    layout->addLayout(moveRow);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    // Besides the buttons' mnemonics: Alt+arrow moves the current map, as in list editors.
    for (const auto &[key, delta] :
        { std::pair { Qt::Key_Up, -1 }, std::pair { Qt::Key_Down, 1 } }) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | key));
        connect(action, &QAction::triggered, this, [this, delta = delta] { move(delta); });
        addAction(action);
    }
    connect(m_live, &QCheckBox::toggled, this, &RunDialog::updateState);
    connect(m_model, &RunPlanModel::planChanged, this, &RunDialog::updateState);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &RunDialog::updateState);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, RunPlanModel::Name));
    retranslate();
    // Wide enough for every column; tall enough for a dozen maps without scrolling.
    QSize size(150 * charWidth, 30 * fontMetrics().height());
    if (parent)
        size = size.boundedTo(parent->window()->size() * 0.9);
    resize(size);
}

bool RunDialog::isLive() const
{
    return m_live->isChecked();
}

QList<RunPlanItem> RunDialog::items() const
{
    QList<RunPlanItem> items;
    for (const RunPlanEntry &entry : m_model->includedEntries()) {
        RunPlanItem item;
        item.map = entry.map.name;
        item.initialSync = entry.initialSync;
        if (RunPlanModel::isTwoWay(entry.map))
            item.master = entry.master;
        items.append(item);
    }
    return items;
}

RunPlan RunDialog::plan(const QStringList &alsoLive) const
{
    return RunPlan::build(items(), isLive(), alsoLive);
}

void RunDialog::move(int delta)
{
    const int row = m_view->currentIndex().row();
    const bool moved = delta < 0 ? m_model->moveUp(row) : m_model->moveDown(row);
    if (moved)
        m_view->setCurrentIndex(m_model->index(row + delta, RunPlanModel::Name));
    updateState();
}

void RunDialog::updateState()
{
    const int row = m_view->currentIndex().row();
    m_up->setEnabled(m_model->canMoveUp(row));
    m_down->setEnabled(m_model->canMoveDown(row));
    QStringList notes;
    if (!m_setupError.isEmpty())
        notes.append(m_setupError);
    const QStringList unmet = m_model->unmetDependencies();
    if (!unmet.isEmpty())
        //: %1 list of "map → dependency" pairs
        notes.append(tr("Left out although other maps depend on them: %1. Records that refer to "
                        "them may fail until they run.")
                         .arg(unmet.join(QStringLiteral("; "))));
    const bool empty = plan().isEmpty();
    if (empty)
        notes.append(tr("Nothing to run: tick Initial sync for a map, or keep the maps running "
                        "live."));
    m_run->setEnabled(!empty && m_setupError.isEmpty());
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
}

void RunDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RunDialog::retranslate()
{
    setWindowTitle(tr("Initial writes and related table maps"));
    m_intro->setText(tr("The selected maps and the maps they depend on that are not running, in "
                        "the order they run. Untick a related map to leave it out; untick "
                        "Initial sync to skip copying the rows that exist now."));
    m_view->setAccessibleName(tr("Maps to run"));
    m_up->setText(tr("Move &up"));
    m_up->setToolTip(tr("Run the current map earlier (Alt+Up); not before a map it depends on"));
    m_down->setText(tr("Move &down"));
    m_down->setToolTip(tr("Run the current map later (Alt+Down); not after a map that depends "
                          "on it"));
    m_live->setText(tr("&Keep running (live)"));
    m_live->setToolTip(tr("After the initial sync, keep applying changes from both sides until "
                          "the maps are paused or stopped."));
    m_run->setText(tr("&Run", "start the chosen maps"));
    updateState();
}

} // namespace dw
