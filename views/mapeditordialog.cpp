#include "mapeditordialog.h"

#include "asyncresult.h"
#include "mapeditorform.h"
#include "mapeditortasks.h"
#include "mapstore.h"
#include "messagelabel.h"
#include "saveversiondialog.h"
#include "validationissuemodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw {

MapEditorDialog::MapEditorDialog(
    const Workspace &workspace, const QString &mapName, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mapName(mapName)
    , m_isNew(mapName.isEmpty())
    , m_busyRow(new QWidget(this))
    , m_busyText(new QLabel(m_busyRow))
    , m_busyBar(new QProgressBar(m_busyRow))
    , m_schemaMessage(new MessageLabel(this))
    , m_form(new MapEditorForm(this))
    , m_issuesLabel(new QLabel(this))
    , m_issueView(new QTreeView(this))
    , m_issueModel(new ValidationIssueModel(this))
    , m_status(new MessageLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    // Not the standard Save button: the button box would reset its text on a language change.
    , m_save(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("mapEditorDialog"));
    m_busyRow->setObjectName(QStringLiteral("busyIndicator"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
    m_schemaMessage->setObjectName(QStringLiteral("schemaMessage"));
    m_issueView->setObjectName(QStringLiteral("issues"));
    m_status->setObjectName(QStringLiteral("editorStatus"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    // Return in a cell editor or a filter must not open the save prompt.
    for (QAbstractButton *button : m_buttons->buttons())
        static_cast<QPushButton *>(button)->setAutoDefault(false);
    m_issueView->setModel(m_issueModel);
    m_issueView->setRootIsDecorated(false);
    m_issueView->setUniformRowHeights(true);
    m_issueView->header()->resizeSection(ValidationIssueModel::CodeColumn,
        fontMetrics().horizontalAdvance(QStringLiteral("DW000")) + 48);
    m_issueView->setFixedHeight(fontMetrics().height() * 6);
    m_issuesLabel->setBuddy(m_issueView);
    m_issuesLabel->hide(); // until there is a problem to list
    m_issueView->hide();

    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyText, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_status, 1);
    footer->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_schemaMessage);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issueView);
    layout->addLayout(footer);
    resize(150 * fontMetrics().averageCharWidth(), 50 * fontMetrics().lineSpacing());

    connect(m_save, &QPushButton::clicked, this, &MapEditorDialog::askVersion);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, m_save, &QPushButton::click);
    connect(m_form, &MapEditorForm::edited, this, [this] {
        m_error.clear();
        validate();
    });
    connect(m_form, &MapEditorForm::jsonErrorChanged, this, &MapEditorDialog::updateState);
    connect(m_issueView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        m_form->showIssue(m_issueModel->issues().at(index.row()));
    });
    m_form->setEnabled(false);
    retranslate();
    load();
}

void MapEditorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        validate(); // the problems' messages come from the validator, in the new language
    }
    QDialog::changeEvent(event);
}

void MapEditorDialog::retranslate()
{
    setWindowTitle(m_isNew ? tr("New table map") : tr("Table map %1").arg(m_mapName));
    m_busyBar->setAccessibleName(tr("Working"));
    m_save->setText(tr("&Save…", "save the map as a new version"));
    m_issueView->setAccessibleName(tr("Problems"));
}

MapEditorDialog::~MapEditorDialog()
{
    // Hiding commits a cell editor still open; let that happen while the catalog and the rest
    // of this dialog are alive, and without validating a map that is going away.
    m_form->disconnect(this);
    hide();
}

MapEditorDialog *MapEditorDialog::editMap(
    QWidget *parent, const Workspace &workspace, const QString &mapName)
{
    auto *dialog = new MapEditorDialog(workspace, mapName, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

TableMap MapEditorDialog::currentMap() const
{
    return m_form->map();
}

void MapEditorDialog::setBusy(const QString &text)
{
    m_busy = !text.isEmpty();
    m_busyText->setText(text);
    m_busyRow->setVisible(m_busy);
    m_form->setEnabled(m_ready && !m_busy);
    updateState();
}

void MapEditorDialog::load()
{
    setBusy(tr("Reading the map and the schemas of both environments…"));
    const quint64 generation = ++m_generation;
    whenFinished(this, MapEditorTasks::load(m_workspace, m_mapName),
        [this, generation](const StoreResult<MapEditorContext> &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                loaded(result.value);
                return;
            }
            m_error = tr("The map cannot be opened: %1").arg(result.error);
            setBusy(QString());
            emit loadFailed(m_error);
        });
}

void MapEditorDialog::loaded(const MapEditorContext &context)
{
    QStringList problems;
    for (Side side : { Side::Dataverse, Side::Finance }) {
        m_catalog.setTables(side, context.tables[int(side)]);
        if (!context.schemaErrors[int(side)].isEmpty())
            //: %1 Dataverse or Finance, %2 why its schema could not be read
            problems.append(tr("The %1 environment cannot be read, so its tables and columns "
                               "count as unknown: %2")
                                .arg(sideName(side), context.schemaErrors[int(side)]));
    }
    m_schemaMessage->showMessage(MessageLabel::Kind::Error, problems.join(u'\n'));
    m_mapNames = context.mapNames;
    m_versions = context.versions;
    m_loaded = m_isNew ? TableMap() : context.map;
    m_form->setContext(&m_catalog, m_mapNames);
    m_form->setMap(m_loaded, m_isNew);
    if (MapEditorTasks::isLive(context.status))
        askToStop(mapStatusName(context.status));
    else
        enableEditing();
}

void MapEditorDialog::askToStop(const QString &statusName)
{
    setBusy(QString());
    auto *box = new QMessageBox(QMessageBox::Question, tr("Stop the map?"),
        tr("Editing requires the map to be stopped. Stop it now?"),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("stopMapQuestion"));
    //: %1 map name, %2 its status such as Running or Paused
    box->setInformativeText(tr("Status of \"%1\": %2. Changes made while a map is stopped "
                               "are not synchronized; starting it again begins afresh.")
                                .arg(m_mapName, statusName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes)
            stopMap();
        else
            reject();
    });
    box->open();
}

void MapEditorDialog::stopMap()
{
    setBusy(tr("Stopping the map…"));
    const quint64 generation = ++m_generation;
    whenFinished(this, MapEditorTasks::stop(m_workspace, m_mapName),
        [this, generation](const StoreResult<bool> &result) {
            if (generation != m_generation)
                return;
            if (result.ok()) {
                enableEditing();
                return;
            }
            m_error
                = tr("The map could not be stopped, so it cannot be edited: %1").arg(result.error);
            setBusy(QString());
        });
}

void MapEditorDialog::enableEditing()
{
    m_ready = true;
    setBusy(QString());
    validate();
    emit ready();
}

void MapEditorDialog::validate()
{
    if (!m_ready)
        return;
    const TableMap map = m_form->map();
    QStringList names = m_mapNames;
    if (!names.contains(map.name))
        names.append(map.name);
    m_issues = MapValidator::validate(map, m_catalog.snapshot(), names);
    m_issueModel->setIssues(m_issues);
    m_form->setIssues(m_issues);
    //: %n is the number of validation problems listed below this label
    m_issuesLabel->setText(tr("&Problems (%n):", "", int(m_issues.size())));
    // The list shows only while there is something to fix; the footer says when there is not.
    m_issuesLabel->setVisible(!m_issues.isEmpty());
    m_issueView->setVisible(!m_issues.isEmpty());
    updateState();
}

void MapEditorDialog::updateState()
{
    const QString name = m_form->map().name;
    QString problem;
    if (!m_error.isEmpty())
        problem = m_error;
    else if (!m_ready || m_busy)
        problem = QString();
    else if (m_isNew && name.isEmpty())
        problem = tr("Give the new map a name.");
    else if (m_isNew && m_mapNames.contains(name))
        problem = tr("A map named \"%1\" exists already; choose another name.").arg(name);
    else if (m_form->hasJsonError())
        problem = tr("The Value map JSON does not parse; correct it or edit the table.");
    else if (!m_issues.isEmpty())
        problem
            = tr("Fix the %n problem(s) listed above to save the map.", "", int(m_issues.size()));
    const bool canSave = m_ready && !m_busy && problem.isEmpty();
    m_save->setEnabled(canSave);
    if (canSave)
        m_status->showMessage(MessageLabel::Kind::Success, tr("No problems found."));
    else
        m_status->showMessage(MessageLabel::Kind::Error, problem);
}

void MapEditorDialog::askVersion()
{
    if (!m_save->isEnabled())
        return;
    auto *dialog = new SaveVersionDialog(m_versions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValues(m_loaded.publisher,
        m_isNew ? m_loaded.version : MapStore::nextVersion(m_loaded.version), m_loaded.description);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog] { save(dialog->publisher(), dialog->version(), dialog->description()); });
    dialog->open();
}

void MapEditorDialog::save(
    const QString &publisher, const QString &version, const QString &description)
{
    TableMap map = m_form->map();
    map.publisher = publisher;
    map.version = version;
    map.description = description;
    setBusy(tr("Saving version %1…").arg(version));
    const quint64 generation = ++m_generation;
    whenFinished(this, MapEditorTasks::save(m_workspace, map, m_isNew),
        [this, generation, name = map.name](const StoreResult<QString> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_error = tr("The map could not be saved: %1").arg(result.error);
                setBusy(QString());
                return;
            }
            setBusy(QString());
            emit saved(name, result.value);
            accept();
        });
}

} // namespace dw
