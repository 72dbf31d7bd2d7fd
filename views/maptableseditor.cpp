#include "maptableseditor.h"

#include "choicedelegate.h"
#include "filteredit.h"
#include "schemacatalog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace dw {

MapTablesEditor::MapTablesEditor(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_component(new QComboBox(this))
    , m_tables { new QComboBox(this), new QComboBox(this) }
    , m_filters { new FilterEdit(this), new FilterEdit(this) }
    , m_policy(new QComboBox(this))
    , m_master(new QComboBox(this))
{
    m_name->setObjectName(QStringLiteral("mapName"));
    m_component->setObjectName(QStringLiteral("component"));
    m_policy->setObjectName(QStringLiteral("conflictPolicy"));
    m_master->setObjectName(QStringLiteral("conflictMaster"));
    for (Component c : allComponents())
        m_component->addItem(componentName(c), int(c));
    m_policy->addItem(tr("Master side wins"), conflictPolicyId(ConflictPolicy::Master));
    m_policy->addItem(tr("Newest change wins"), conflictPolicyId(ConflictPolicy::Newest));
    m_policy->addItem(
        tr("Manual: the administrator picks a side"), conflictPolicyId(ConflictPolicy::Manual));
    for (Side side : { Side::Dataverse, Side::Finance })
        m_master->addItem(sideName(side), sideId(side));

    auto *identity = new QFormLayout;
    identity->addRow(tr("&Name:", "map name"), m_name);
    identity->addRow(tr("&Component:"), m_component);

    // Each side gets its own mnemonics: both groups are visible at once.
    const QString labels[2][2] = {
        { tr("Ta&ble:", "Dataverse table"), tr("Source filte&r:", "Dataverse filter") },
        { tr("&Table:", "Finance table"), tr("Source &filter:", "Finance filter") },
    };
    auto *sides = new QHBoxLayout;
    for (Side side : { Side::Finance, Side::Dataverse }) {
        const int s = int(side);
        m_tables[s]->setObjectName(sideId(side) + QStringLiteral("Table"));
        m_filters[s]->setObjectName(sideId(side) + QStringLiteral("Filter"));
        ChoiceDelegate::makeFilterable(m_tables[s]);
        m_filters[s]->editor()->setPlaceholderText(
            tr("All rows, or e.g. %1")
                .arg(side == Side::Finance ? QStringLiteral("Qty gt 0 and Kind ne 'Fee'")
                                           : QStringLiteral("msdyn_skipsync eq false")));
        auto *box = new QGroupBox(sideName(side), this);
        auto *form = new QFormLayout(box);
        form->addRow(labels[s][0], m_tables[s]);
        form->addRow(labels[s][1], m_filters[s]);
        sides->addWidget(box, 1);
        connect(m_tables[s], &QComboBox::currentTextChanged, this, [this] {
            if (!m_loading) {
                emit tablesChanged();
                emit edited();
            }
        });
        connect(m_filters[s], &FilterEdit::edited, this, &MapTablesEditor::edited);
    }

    auto *conflicts = new QGroupBox(tr("Conflicts in two-way maps"), this);
    auto *conflictForm = new QFormLayout(conflicts);
    conflictForm->addRow(tr("Conflict polic&y:"), m_policy);
    conflictForm->addRow(tr("Master s&ide:"), m_master);
    auto *hint = new QLabel(
        tr("A conflict is a record changed on both sides since its last sync."), conflicts);
    hint->setWordWrap(true);
    conflictForm->addRow(hint);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identity);
    layout->addLayout(sides);
    layout->addWidget(conflicts);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this, &MapTablesEditor::edited);
    for (QComboBox *combo : { m_component, m_policy, m_master })
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateMasterEnabled();
            if (!m_loading)
                emit edited();
        });
}

void MapTablesEditor::setCatalog(const SchemaCatalog *catalog)
{
    m_loading = true;
    for (Side side : { Side::Dataverse, Side::Finance }) {
        QComboBox *combo = m_tables[int(side)];
        const QString text = combo->currentText();
        combo->clear();
        combo->addItems(catalog->tableNames(side));
        combo->setEditText(text);
    }
    m_loading = false;
}

void MapTablesEditor::setMap(const TableMap &map, bool isNew)
{
    m_loading = true;
    m_name->setText(map.name);
    m_name->setReadOnly(!isNew);
    m_name->setPlaceholderText(isNew ? tr("A name no other map has") : QString());
    m_component->setCurrentIndex(m_component->findData(int(map.component)));
    for (Side side : { Side::Dataverse, Side::Finance }) {
        m_tables[int(side)]->setEditText(map.side(side).table);
        m_filters[int(side)]->setText(map.side(side).filter);
    }
    m_policy->setCurrentIndex(m_policy->findData(conflictPolicyId(map.conflictPolicy)));
    m_master->setCurrentIndex(m_master->findData(sideId(map.conflictMaster)));
    updateMasterEnabled();
    m_loading = false;
}

void MapTablesEditor::apply(TableMap *map) const
{
    map->name = m_name->text().trimmed();
    map->component = Component(m_component->currentData().toInt());
    map->dataverse.table = m_tables[int(Side::Dataverse)]->currentText().trimmed();
    map->finance.table = m_tables[int(Side::Finance)]->currentText().trimmed();
    map->dataverse.filter = m_filters[int(Side::Dataverse)]->text();
    map->finance.filter = m_filters[int(Side::Finance)]->text();
    conflictPolicyFromId(m_policy->currentData().toString(), &map->conflictPolicy);
    sideFromId(m_master->currentData().toString(), &map->conflictMaster);
}

void MapTablesEditor::setIssues(const QList<ValidationIssue> &issues)
{
    QStringList problems[2];
    QStringList tableProblems[2];
    for (const ValidationIssue &issue : issues) {
        //: %1 an issue code such as DW402, %2 its message
        const QString line = tr("%1: %2").arg(issue.code, issue.message);
        if (issue.code == QLatin1String("DW402"))
            problems[int(issue.side)].append(line);
        else if (issue.code == QLatin1String("DW201") && issue.fieldIndex < 0)
            tableProblems[int(issue.side)].append(line);
    }
    for (int s = 0; s < 2; ++s) {
        m_filters[s]->setColumnProblem(problems[s].join(u'\n'));
        m_tables[s]->setToolTip(tableProblems[s].join(u'\n'));
    }
}

void MapTablesEditor::focusSide(Side side, bool filter)
{
    if (filter)
        m_filters[int(side)]->setFocus(Qt::OtherFocusReason);
    else
        m_tables[int(side)]->setFocus(Qt::OtherFocusReason);
}

void MapTablesEditor::updateMasterEnabled()
{
    m_master->setEnabled(
        m_policy->currentData().toString() == conflictPolicyId(ConflictPolicy::Master));
}

} // namespace dw
