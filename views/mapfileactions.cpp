#include "mapfileactions.h"

#include "asyncresult.h"
#include "demoworkspace.h"
#include "mapstore.h"
#include "storetask.h"
#include "tablemapjson.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace dw {

namespace {
struct SaveCounts
{
    int created = 0;
    int newVersions = 0;
    int unchanged = 0;
};

QString mapsFilter()
{
    return MapFileActions::tr("Map files (*.json);;All files (*)");
}
} // namespace

MapFileActions::MapFileActions(const Workspace &workspace, QWidget *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_parent(parent)
{ }

void MapFileActions::chooseImport()
{
    auto *dialog = new QFileDialog(m_parent, tr("Import maps"), QDir::homePath(), mapsFilter());
    dialog->setObjectName(QStringLiteral("importMapsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MapFileActions::importFrom);
    dialog->open();
}

void MapFileActions::chooseExport()
{
    auto *dialog = new QFileDialog(m_parent, tr("Export maps"),
        QDir::home().filePath(QStringLiteral("dwadmin-maps.json")), mapsFilter());
    dialog->setObjectName(QStringLiteral("exportMapsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    connect(dialog, &QFileDialog::fileSelected, this, &MapFileActions::exportTo);
    dialog->open();
}

void MapFileActions::confirmTemplate()
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Apply template"),
        tr("Add the maps of the template \"Project Operations integrated with ERP\" to this "
           "workspace? A map that exists already gets a new version when the template's "
           "definition differs; nothing is deleted."),
        QMessageBox::Ok | QMessageBox::Cancel, m_parent);
    box->setObjectName(QStringLiteral("applyTemplateConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Ok)->setText(tr("&Apply"));
    connect(box, &QMessageBox::accepted, this, &MapFileActions::applyTemplate);
    box->open();
}

void MapFileActions::importFrom(const QString &file)
{
    whenFinished(this, QtConcurrent::run([file] {
        StoreResult<QByteArray> result;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            result.error = in.errorString();
        else
            result.value = in.readAll();
        return result;
    }),
        [this, file](const StoreResult<QByteArray> &result) {
            if (!result.ok()) {
                //: %1 file path, %2 why
                emit finished(
                    tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), result.error),
                    true);
                return;
            }
            save(result.value, QDir::toNativeSeparators(file));
        });
}

void MapFileActions::applyTemplate()
{
    save(DemoWorkspace::templateJson(),
        tr("the template \"Project Operations integrated with ERP\""));
}

void MapFileActions::save(const QByteArray &json, const QString &source)
{
    whenFinished(this,
        runOnStore<SaveCounts>(m_workspace,
            [json](StateStore &store, SaveCounts *counts, QString *error) {
                QList<TableMap> maps;
                if (!TableMapJson::read(json, &maps, error))
                    return false;
                QList<MapStore::SaveOutcome> outcomes;
                if (!MapStore(store.database()).saveAll(maps, &outcomes, error))
                    return false;
                for (MapStore::SaveOutcome outcome : std::as_const(outcomes)) {
                    switch (outcome) {
                    case MapStore::SaveOutcome::Created:
                        ++counts->created;
                        break;
                    case MapStore::SaveOutcome::NewVersion:
                        ++counts->newVersions;
                        break;
                    case MapStore::SaveOutcome::Unchanged:
                        ++counts->unchanged;
                        break;
                    }
                }
                return true;
            }),
        [this, source](const StoreResult<SaveCounts> &result) {
            if (!result.ok()) {
                //: %1 file path or template name, %2 the problem
                emit finished(
                    tr("Cannot import the maps of %1: %2").arg(source, result.error), true);
                return;
            }
            const SaveCounts &c = result.value;
            //: %1 file path or template name; then counts of maps
            emit finished(tr("Maps of %1 imported: %2 created, %3 saved as a new version, %4 "
                             "unchanged.")
                              .arg(source)
                              .arg(c.created)
                              .arg(c.newVersions)
                              .arg(c.unchanged),
                false);
            if (c.created + c.newVersions > 0)
                emit mapsChanged();
        });
}

void MapFileActions::exportTo(const QString &file)
{
    whenFinished(this,
        runOnStore<int>(m_workspace,
            [file](StateStore &store, int *count, QString *error) {
                QList<TableMap> maps;
                if (!MapStore(store.database()).loadAll(&maps, error))
                    return false;
                QSaveFile out(file);
                if (!out.open(QIODevice::WriteOnly) || out.write(TableMapJson::write(maps)) < 0
                    || !out.commit()) {
                    *error = out.errorString();
                    return false;
                }
                *count = int(maps.size());
                return true;
            }),
        [this, file](const StoreResult<int> &result) {
            const QString path = QDir::toNativeSeparators(file);
            if (!result.ok())
                emit finished(tr("Cannot write %1: %2").arg(path, result.error), true);
            else
                emit finished(
                    tr("%n map(s) exported to %1.", nullptr, result.value).arg(path), false);
        });
}

} // namespace dw
