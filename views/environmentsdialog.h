#pragma once

#include "tablemap.h"
#include "workspace.h"

#include <QDialog>

class QDialogButtonBox;
class QTabWidget;

namespace dw {

class EnvironmentSection;
class MessageLabel;

// The two environments of the workspace, one tab per side (Dataverse, Finance): driver, SQLite
// file or PostgreSQL host, port, database and user, each with a connection test. Tabs rather
// than side-by-side sections keep every mnemonic unique in the dialog with the same labels on
// both sides.
//
// Threading: the stored environments are read and saved through EnvironmentStore on pool
// threads (runOnStore); connection tests run on pool threads too. Saving stores SQLite paths
// inside the workspace relative to it (Workspace::relativize) and never a password: a password
// typed here lives in memory only, for the connection test and, once saved, in
// SessionPasswords for the rest of the session.
//
// For the main window: EnvironmentsDialog::edit(this, workspace) opens it window-modal and
// deletes it when closed; saved() tells that the environments changed.
class EnvironmentsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsDialog)
public:
    explicit EnvironmentsDialog(const Workspace &workspace, QWidget *parent = nullptr);

    static EnvironmentsDialog *edit(QWidget *parent, const Workspace &workspace);

    EnvironmentSection *section(Side side) const { return m_sections[int(side)]; }
    bool isReady() const { return m_ready; }

signals:
    void ready(); // the stored environments are shown
    void saved();

private:
    void load();
    void save();
    void setBusy(bool busy);

    Workspace m_workspace;
    quint64 m_generation = 0;
    bool m_ready = false;
    QTabWidget *m_tabs;
    EnvironmentSection *m_sections[2]; // by Side
    MessageLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace dw
