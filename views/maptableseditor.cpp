#include "maptableseditor.h"

#include "choicedelegate.h"
#include "filteredit.h"
#include "schemacatalog.h"

#include <QComboBox>
#include <QEvent>
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
    , m_nameLabel(new QLabel(this))
    , m_componentLabel(new QLabel(this))
    , m_policyLabel(new QLabel(this))
    , m_masterLabel(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("mapName"));
    m_component->setObjectName(QStringLiteral("component"));
    m_policy->setObjectName(QStringLiteral("conflictPolicy"));
    m_master->setObjectName(QStringLiteral("conflictMaster"));
    for (Component c : allComponents())
        m_component->addItem(QString(), int(c));
    for (ConflictPolicy policy :
        { ConflictPolicy::Master, ConflictPolicy::Newest, ConflictPolicy::Manual })
        m_policy->addItem(QString(), conflictPolicyId(policy));
    for (Side side : { Side::Dataverse, Side::Finance })
        m_master->addItem(QString(), sideId(side));

    auto *identity = new QFormLayout;
    identity->addRow(m_nameLabel, m_name);
    identity->addRow(m_componentLabel, m_component);

    auto *sides = new QHBoxLayout;
    for (Side side : { Side::Finance, Side::Dataverse }) {
        const int s = int(side);
        m_tables[s]->setObjectName(sideId(side) + QStringLiteral("Table"));
        m_filters[s]->setObjectName(sideId(side) + QStringLiteral("Filter"));
        ChoiceDelegate::makeFilterable(m_tables[s]);
        m_sideBoxes[s] = new QGroupBox(this);
        m_tableLabels[s] = new QLabel(m_sideBoxes[s]);
        m_filterLabels[s] = new QLabel(m_sideBoxes[s]);
        auto *form = new QFormLayout(m_sideBoxes[s]);
        form->addRow(m_tableLabels[s], m_tables[s]);
        form->addRow(m_filterLabels[s], m_filters[s]);
        sides->addWidget(m_sideBoxes[s], 1);
        connect(m_tables[s], &QComboBox::currentTextChanged, this, [this] {
            if (!m_loading) {
                emit tablesChanged();
                emit edited();
            }
        });
        connect(m_filters[s], &FilterEdit::edited, this, &MapTablesEditor::edited);
    }

    m_conflicts = new QGroupBox(this);
    auto *conflictForm = new QFormLayout(m_conflicts);
    conflictForm->addRow(m_policyLabel, m_policy);
    conflictForm->addRow(m_masterLabel, m_master);
    m_hint = new QLabel(m_conflicts);
    m_hint->setWordWrap(true);
    conflictForm->addRow(m_hint);
    m_nameLabel->setBuddy(m_name);
    m_componentLabel->setBuddy(m_component);
    m_policyLabel->setBuddy(m_policy);
    m_masterLabel->setBuddy(m_master);
    for (int s = 0; s < 2; ++s) {
        m_tableLabels[s]->setBuddy(m_tables[s]);
        m_filterLabels[s]->setBuddy(m_filters[s]);
    }
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(identity);
    layout->addLayout(sides);
    layout->addWidget(m_conflicts);
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
    m_isNew = isNew;
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

void MapTablesEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapTablesEditor::retranslate()
{
    m_nameLabel->setText(tr("&Name:", "map name"));
    m_componentLabel->setText(tr("&Component:"));
    for (int i = 0; i < m_component->count(); ++i)
        m_component->setItemText(i, componentName(Component(m_component->itemData(i).toInt())));
    // Each side gets its own mnemonics: both groups are visible at once.
    const QString labels[2][2] = {
        { tr("Ta&ble:", "Dataverse table"), tr("Source filte&r:", "Dataverse filter") },
        { tr("&Table:", "Finance table"), tr("Source &filter:", "Finance filter") },
    };
    for (Side side : { Side::Finance, Side::Dataverse }) {
        const int s = int(side);
        m_sideBoxes[s]->setTitle(sideName(side));
        m_tableLabels[s]->setText(labels[s][0]);
        m_filterLabels[s]->setText(labels[s][1]);
        m_filters[s]->editor()->setPlaceholderText(
            tr("All rows, or e.g. %1")
                .arg(side == Side::Finance ? QStringLiteral("Qty gt 0 and Kind ne 'Fee'")
                                           : QStringLiteral("msdyn_skipsync eq false")));
    }
    m_conflicts->setTitle(tr("Conflicts in two-way maps"));
    m_policyLabel->setText(tr("Conflict polic&y:"));
    m_masterLabel->setText(tr("Master s&ide:"));
    const QString policies[] = { tr("Master side wins"), tr("Newest change wins"),
        tr("Manual: the administrator picks a side") };
    for (int i = 0; i < m_policy->count(); ++i)
        m_policy->setItemText(i, policies[i]);
    for (int i = 0; i < m_master->count(); ++i) {
        Side side = Side::Dataverse;
        sideFromId(m_master->itemData(i).toString(), &side);
        m_master->setItemText(i, sideName(side));
    }
    m_hint->setText(tr("A conflict is a record changed on both sides since its last sync."));
    m_name->setPlaceholderText(m_isNew ? tr("A name no other map has") : QString());
}

void MapTablesEditor::updateMasterEnabled()
{
    m_master->setEnabled(
        m_policy->currentData().toString() == conflictPolicyId(ConflictPolicy::Master));
}

} // namespace dw
