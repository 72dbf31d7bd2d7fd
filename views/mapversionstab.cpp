#include "mapversionstab.h"

#include "asyncresult.h"
#include "mapstore.h"
#include "mapversionmodel.h"
#include "versioncomparedialog.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace dw {

MapVersionsTab::MapVersionsTab(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_model(new MapVersionModel(this))
    , m_activate(new QPushButton(this))
    , m_compare(new QPushButton(this))
{
    m_intro->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("versionList"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(MapVersionModel::Description, QHeaderView::Stretch);
    const int charWidth = fontMetrics().averageCharWidth();
    m_view->header()->resizeSection(MapVersionModel::Version, 14 * charWidth);
    m_view->header()->resizeSection(MapVersionModel::Publisher, 18 * charWidth);
    const QString sampleDate = QLocale().toString(
        QDateTime(QDate(2026, 12, 28), QTime(23, 58, 59)), QLocale::ShortFormat);
    m_view->header()->resizeSection(
        MapVersionModel::Created, fontMetrics().horizontalAdvance(sampleDate) + 3 * charWidth);
    m_view->header()->resizeSection(MapVersionModel::Active, 10 * charWidth);
    m_activate->setObjectName(QStringLiteral("activateVersionButton"));
    m_compare->setObjectName(QStringLiteral("compareVersionsButton"));

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_activate);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(row, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MapVersionsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MapVersionsTab::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MapVersionsTab::updateButtons);
    connect(m_activate, &QPushButton::clicked, this, &MapVersionsTab::activate);
    connect(m_compare, &QPushButton::clicked, this, &MapVersionsTab::compare);
    retranslate();
}

void MapVersionsTab::setVersions(
    const Workspace &workspace, const QString &map, const QList<MapVersionInfo> &versions)
{
    m_workspace = workspace;
    if (map != m_map)
        m_model->setVersions({});
    m_map = map;
    m_model->setVersions(versions);
    updateButtons();
}

QList<MapVersionInfo> MapVersionsTab::selected() const
{
    QList<MapVersionInfo> result;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        result.append(m_model->versions().at(index.row()));
    std::sort(result.begin(), result.end(),
        [](const MapVersionInfo &a, const MapVersionInfo &b) { return a.id < b.id; });
    return result;
}

void MapVersionsTab::updateButtons()
{
    const QList<MapVersionInfo> chosen = selected();
    m_activate->setEnabled(chosen.size() == 1 && !chosen.constFirst().active);
    m_compare->setEnabled(
        chosen.size() == 2 || (chosen.size() == 1 && !chosen.constFirst().active));
}

void MapVersionsTab::activate()
{
    const QList<MapVersionInfo> chosen = selected();
    if (chosen.size() != 1 || m_map.isEmpty())
        return;
    const MapVersionInfo version = chosen.constFirst();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Activate version"),
        //: %1 version number, %2 map name
        tr("Make version %1 the active version of \"%2\"? A running map keeps its current "
           "definition until it is started again.")
            .arg(version.version, m_map),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("activateVersionConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("&Activate"));
    const QString map = m_map;
    const Workspace workspace = m_workspace;
    connect(box, &QMessageBox::accepted, this, [this, map, workspace, version] {
        whenFinished(this,
            runOnStore<bool>(workspace,
                [map, id = version.id](StateStore &store, bool *done, QString *error) {
                    *done = MapStore(store.database()).activateVersion(map, id, error);
                    return *done;
                }),
            [this, map, version](const StoreResult<bool> &result) {
                if (!result.ok()) {
                    emit message(tr("Cannot activate version %1 of \"%2\": %3")
                                     .arg(version.version, map, result.error),
                        true);
                    return;
                }
                emit message(
                    tr("Version %1 of \"%2\" is now active.").arg(version.version, map), false);
                emit activated(map);
            });
    });
    box->open();
}

void MapVersionsTab::compare()
{
    QList<MapVersionInfo> chosen = selected();
    if (chosen.size() == 1) {
        for (const MapVersionInfo &version : m_model->versions()) {
            if (version.active)
                chosen.append(version);
        }
        std::sort(chosen.begin(), chosen.end(),
            [](const MapVersionInfo &a, const MapVersionInfo &b) { return a.id < b.id; });
    }
    if (chosen.size() != 2)
        return;
    const QString map = m_map;
    const qint64 older = chosen.at(0).id;
    const qint64 newer = chosen.at(1).id;
    whenFinished(this,
        runOnStore<QPair<TableMap, TableMap>>(m_workspace,
            [map, older, newer](
                StateStore &store, QPair<TableMap, TableMap> *pair, QString *error) {
                const MapStore maps(store.database());
                return maps.loadVersion(map, older, &pair->first, error)
                    && maps.loadVersion(map, newer, &pair->second, error);
            }),
        [this, chosen](const StoreResult<QPair<TableMap, TableMap>> &result) {
            if (!result.ok()) {
                emit message(tr("Cannot compare the versions: %1").arg(result.error), true);
                return;
            }
            auto *dialog = new VersionCompareDialog(
                chosen.at(0), result.value.first, chosen.at(1), result.value.second, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void MapVersionsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MapVersionsTab::retranslate()
{
    m_intro->setText(tr("Several versions of a map can be stored; one is active and runs. "
                        "Select a version to activate it or compare it with the active one, or "
                        "select two to compare them."));
    m_view->setAccessibleName(tr("Table map versions"));
    m_activate->setText(tr("Ac&tivate"));
    m_activate->setToolTip(tr("Make the selected version the active one"));
    m_compare->setText(tr("Co&mpare…"));
    m_compare->setToolTip(tr("Show what changed, field by field"));
}

} // namespace dw
