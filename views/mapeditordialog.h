#pragma once

#include "mapvalidator.h"
#include "schemacatalog.h"
#include "workspace.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace dw {

class MapEditorForm;
struct MapEditorContext;
class MessageLabel;
class ValidationIssueModel;

// The table map editor, as in dual-write: tables and fields picked from the environments'
// schemas, direction and transform per field, source filters, integration key, dependencies,
// conflict policy and alert rules (MapEditorForm). MapValidator checks the map on every edit
// against the schemas read once at opening: issues mark their rows and tabs and are listed
// with their codes below; Save stays disabled while there is one. Save asks for publisher,
// version and description and stores a new version (MapStore::save); success closes the
// dialog, a failure is shown in it.
//
// Threading: reading the map, introspecting both environments, stopping and saving run on pool
// threads, with a busy indicator meanwhile; results come back as values and stale ones are
// dropped by a generation counter. No SQL runs on the GUI thread.
//
// A map that is running (or paused, initializing, resuming) must be stopped to be edited, as
// in dual-write: the dialog asks, stops it with MapControl::stop, or closes if declined.
//
// For the table maps page: MapEditorDialog::editMap(this, workspace, name) opens the editor
// window-modal and deletes it when closed; an empty name creates a new map. Connect to saved()
// to refresh the list.
class MapEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapEditorDialog)
public:
    // mapName: the map to edit; empty for a new map. Loading starts at once.
    MapEditorDialog(const Workspace &workspace, const QString &mapName, QWidget *parent = nullptr);
    ~MapEditorDialog() override;

    static MapEditorDialog *editMap(
        QWidget *parent, const Workspace &workspace, const QString &mapName);

    bool isReady() const { return m_ready; }
    bool isBusy() const { return m_busy; }
    TableMap currentMap() const;
    const QList<ValidationIssue> &issues() const { return m_issues; }

signals:
    // The map and the schemas are loaded and the map may be edited.
    void ready();
    // The map could not be opened (the message is also shown in the dialog).
    void loadFailed(const QString &message);
    void saved(const QString &mapName, const QString &version);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void load();
    void loaded(const MapEditorContext &context);
    void askToStop(const QString &statusName);
    void stopMap();
    void enableEditing();
    void validate();
    void updateState();
    void askVersion();
    void save(const QString &publisher, const QString &version, const QString &description);
    void setBusy(const QString &text);

    Workspace m_workspace;
    QString m_mapName;
    bool m_isNew;
    TableMap m_loaded;
    SchemaCatalog m_catalog;
    QStringList m_mapNames;
    QStringList m_versions;
    QList<ValidationIssue> m_issues;
    QString m_error; // a failure to open, stop or save, shown until the next edit
    quint64 m_generation = 0;
    bool m_ready = false;
    bool m_busy = false;

    QWidget *m_busyRow;
    QLabel *m_busyText;
    QProgressBar *m_busyBar;
    MessageLabel *m_schemaMessage;
    MapEditorForm *m_form;
    QLabel *m_issuesLabel;
    QTreeView *m_issueView;
    ValidationIssueModel *m_issueModel;
    MessageLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
};

} // namespace dw
