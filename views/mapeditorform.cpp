#include "mapeditorform.h"

#include "alertrulemodel.h"
#include "choicedelegate.h"
#include "fieldmappingseditor.h"
#include "maptableseditor.h"
#include "pairlistmodel.h"
#include "rowlisteditor.h"
#include "schemacatalog.h"
#include "statusicons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dw {

namespace {
int tabOf(const ValidationIssue &issue)
{
    enum { General, Fields, Keys, Dependencies };
    if (issue.code.startsWith(QLatin1String("DW5")))
        return Dependencies;
    if (issue.keyIndex >= 0 || issue.code == QLatin1String("DW101"))
        return Keys;
    if (issue.fieldIndex >= 0 || issue.code == QLatin1String("DW203"))
        return Fields;
    return General;
}

// A tab page with a wrapped label above its field; the label's text comes in retranslate().
QWidget *labelled(QWidget *parent, const QString &labelName, QWidget *field, QWidget *buddy)
{
    auto *page = new QWidget(parent);
    auto *label = new QLabel(page);
    label->setObjectName(labelName);
    label->setWordWrap(true);
    label->setBuddy(buddy);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(label);
    layout->addWidget(field, 1);
    return page;
}
} // namespace

MapEditorForm::MapEditorForm(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_general(new MapTablesEditor(this))
    , m_fields(new FieldMappingsEditor(this))
    , m_keys(new PairListModel(QString(), QString(), this))
    , m_alerts(new AlertRuleModel(this))
{
    m_tabs->setObjectName(QStringLiteral("mapEditorTabs"));
    m_tabs->addTab(m_general, QString());
    m_tabs->addTab(m_fields, QString());
    m_tabs->addTab(createKeysTab(), QString());
    m_tabs->addTab(createDependenciesTab(), QString());
    m_tabs->addTab(createAlertsTab(), QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_general, &MapTablesEditor::edited, this, &MapEditorForm::edited);
    connect(m_general, &MapTablesEditor::tablesChanged, this, &MapEditorForm::tablesChanged);
    connect(m_fields, &FieldMappingsEditor::edited, this, &MapEditorForm::edited);
    connect(
        m_fields, &FieldMappingsEditor::jsonErrorChanged, this, &MapEditorForm::jsonErrorChanged);
    connect(m_keys, &PairListModel::edited, this, &MapEditorForm::edited);
    connect(m_alerts, &AlertRuleModel::edited, this, &MapEditorForm::edited);
    connect(m_dependencies, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    retranslate();
}

QWidget *MapEditorForm::createKeysTab()
{
    m_keyRows = new RowListEditor(m_keys, this);
    m_keyRows->view()->setObjectName(QStringLiteral("keyPairs"));
    m_keyRows->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (Side side : { Side::Finance, Side::Dataverse }) {
        m_keyRows->view()->setItemDelegateForColumn(side == Side::Finance ? 0 : 1,
            new ChoiceDelegate(
                [this, side](const QModelIndex &) {
                    QList<ChoiceDelegate::Choice> choices;
                    if (m_catalog) {
                        const QString table = m_map.side(side).table;
                        for (const QString &name : m_catalog->columnNames(side, table))
                            choices.append({ name, name, QString() });
                    }
                    return choices;
                },
                true, this));
    }
    return labelled(this, QStringLiteral("keysLabel"), m_keyRows, m_keyRows->view());
}

QWidget *MapEditorForm::createDependenciesTab()
{
    m_dependencies = new QListWidget(this);
    m_dependencies->setObjectName(QStringLiteral("dependencies"));
    // A short list of names to tick, not data: a QListWidget is the simple right tool here.
    return labelled(this, QStringLiteral("dependenciesLabel"), m_dependencies, m_dependencies);
}

QWidget *MapEditorForm::createAlertsTab()
{
    auto *rows = new RowListEditor(m_alerts, this);
    m_alertRows = rows;
    rows->view()->setObjectName(QStringLiteral("alertRules"));
    rows->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The choices are named when the editor opens, so they follow the current language.
    const auto choices = [](AlertRuleModel::Choices (*list)()) {
        return [list](const QModelIndex &) {
            QList<ChoiceDelegate::Choice> result;
            for (const auto &[id, name] : list())
                result.append({ name, id, QString() });
            return result;
        };
    };
    rows->view()->setItemDelegateForColumn(AlertRuleModel::ErrorClassColumn,
        new ChoiceDelegate(choices(&AlertRuleModel::errorClassChoices), false, this));
    rows->view()->setItemDelegateForColumn(AlertRuleModel::ActionColumn,
        new ChoiceDelegate(choices(&AlertRuleModel::actionChoices), false, this));
    return labelled(this, QStringLiteral("alertsLabel"), rows, rows->view());
}

void MapEditorForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapEditorForm::retranslate()
{
    m_tabs->setTabText(GeneralTab, tr("&General", "map editor tab"));
    m_tabs->setTabText(FieldsTab, tr("Field &mappings"));
    m_tabs->setTabText(KeysTab, tr("Integration &key"));
    m_tabs->setTabText(DependenciesTab, tr("&Dependencies"));
    m_tabs->setTabText(AlertsTab, tr("&Alerts"));
    m_keys->setHeaders(tr("Finance field"), tr("Dataverse field"));
    m_keyRows->view()->setAccessibleName(tr("Integration key pairs"));
    m_keyRows->setButtonNames(tr("Add key pair"), tr("Remove key pair"));
    findChild<QLabel *>(QStringLiteral("keysLabel"))
        ->setText(tr("The integration &fields identify a record on both sides: the alternate "
                     "key of the Dataverse table and the matching Finance fields. Each pair "
                     "must also be mapped by a field row."));
    m_dependencies->setAccessibleName(tr("Maps this map depends on"));
    findChild<QLabel *>(QStringLiteral("dependenciesLabel"))
        ->setText(tr("Maps that must &run before this one (initial sync order):"));
    m_alertRows->view()->setAccessibleName(tr("Alert rules"));
    m_alertRows->setButtonNames(tr("Add alert rule"), tr("Remove alert rule"));
    findChild<QLabel *>(QStringLiteral("alertsLabel"))
        ->setText(tr("Alert &rules: when this many errors of a class happen within the "
                     "minutes given, notify, pause or stop the map. A running map applies new "
                     "rules when restarted."));
}

void MapEditorForm::setContext(const SchemaCatalog *catalog, const QStringList &mapNames)
{
    m_catalog = catalog;
    m_mapNames = mapNames;
    m_general->setCatalog(catalog);
    m_fields->setCatalog(catalog);
}

void MapEditorForm::setMap(const TableMap &map, bool isNew)
{
    m_loading = true;
    m_map = map;
    m_general->setMap(map, isNew);
    m_fields->setTables(map.finance.table, map.dataverse.table);
    m_fields->setFields(map.fields);
    QList<PairListModel::Pair> keys;
    for (const KeyPair &key : map.keys)
        keys.append({ key.finance, key.dataverse });
    m_keys->setPairs(keys);
    m_alerts->setRules(map.alerts);
    fillDependencies(map.dependsOn);
    m_loading = false;
}

void MapEditorForm::fillDependencies(const QStringList &checked)
{
    m_dependencies->clear();
    QStringList names = m_mapNames;
    for (const QString &name : checked) {
        if (!names.contains(name))
            names.append(name); // a dependency on a missing map stays visible (DW501)
    }
    for (const QString &name : std::as_const(names)) {
        if (name == m_map.name)
            continue;
        auto *item = new QListWidgetItem(name, m_dependencies);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
}

TableMap MapEditorForm::map() const
{
    TableMap map = m_map;
    m_general->apply(&map);
    map.fields = m_fields->fields();
    map.keys.clear();
    for (const auto &[finance, dataverse] : m_keys->pairs())
        map.keys.append({ finance, dataverse });
    map.alerts = m_alerts->rules();
    // Dependencies keep their stored order; newly ticked ones follow in list order.
    QStringList ticked;
    for (int row = 0; row < m_dependencies->count(); ++row) {
        if (m_dependencies->item(row)->checkState() == Qt::Checked)
            ticked.append(m_dependencies->item(row)->text());
    }
    map.dependsOn.clear();
    for (const QString &name : m_map.dependsOn) {
        if (ticked.contains(name))
            map.dependsOn.append(name);
    }
    for (const QString &name : std::as_const(ticked)) {
        if (!map.dependsOn.contains(name))
            map.dependsOn.append(name);
    }
    return map;
}

void MapEditorForm::tablesChanged()
{
    TableMap current;
    m_general->apply(&current);
    m_map.finance.table = current.finance.table;
    m_map.dataverse.table = current.dataverse.table;
    m_fields->setTables(current.finance.table, current.dataverse.table);
}

void MapEditorForm::setIssues(const QList<ValidationIssue> &issues)
{
    m_general->setIssues(issues);
    m_fields->setIssues(issues);
    QHash<int, QStringList> keyProblems;
    bool tabHasIssues[AlertsTab + 1] = {};
    for (const ValidationIssue &issue : issues) {
        tabHasIssues[tabOf(issue)] = true;
        if (issue.keyIndex >= 0)
            //: %1 an issue code such as DW102, %2 its message
            keyProblems[issue.keyIndex].append(tr("%1: %2").arg(issue.code, issue.message));
    }
    m_keys->setProblems(keyProblems);
    for (int tab = GeneralTab; tab <= AlertsTab; ++tab)
        m_tabs->setTabIcon(
            tab, tabHasIssues[tab] ? StatusIcons::forRecord(RecordStatus::Failed) : QIcon());
}

void MapEditorForm::showIssue(const ValidationIssue &issue)
{
    const int tab = tabOf(issue);
    m_tabs->setCurrentIndex(tab);
    if (tab == FieldsTab && issue.fieldIndex >= 0) {
        m_fields->selectRow(issue.fieldIndex);
        m_fields->view()->setFocus(Qt::OtherFocusReason);
    } else if (tab == KeysTab && issue.keyIndex >= 0) {
        m_keyRows->view()->setCurrentIndex(m_keys->index(issue.keyIndex, 0));
        m_keyRows->view()->setFocus(Qt::OtherFocusReason);
    } else if (tab == GeneralTab) {
        m_general->focusSide(issue.side, issue.code.startsWith(QLatin1String("DW4")));
    }
}

bool MapEditorForm::hasJsonError() const
{
    return m_fields->hasJsonError();
}

} // namespace dw
