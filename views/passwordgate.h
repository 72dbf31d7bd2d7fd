#pragma once

#include "connectionspec.h"
#include "tablemap.h"
#include "workspace.h"

#include <QObject>
#include <functional>

class QWidget;

namespace dw {

class PasswordDialog;

// Stands before GUI work that opens a workspace's environments (a run, a resume): every
// PostgreSQL environment whose server asks for a password the process cannot supply is given
// one in SessionPasswords first. In turn: what libpq finds itself (PGPASSWORD, ~/.pgpass) or
// the session knows; else the system keychain, read once per session and connection; else the
// user, in a PasswordDialog (window-modal), who may have it remembered in the keychain. A
// password the server refuses is forgotten and asked for again.
//
// Threading: the environments are read and the server probed on pool threads; nothing here
// blocks the GUI. `done(true)` runs in the GUI thread once every environment is settled (one
// failing for another reason, such as a server that is down, is left to the run to report);
// `done(false)` when the user cancelled a prompt. The gate deletes itself when done and is a child
// of `parent`, so a parent that goes first takes the pending work with it.
class PasswordGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordGate)
public:
    static PasswordGate *ensure(
        QWidget *parent, const Workspace &workspace, std::function<void(bool ready)> done);

private:
    PasswordGate(QWidget *parent, const Workspace &workspace, std::function<void(bool ready)> done);

    struct Pending
    {
        Side side;
        ConnectionSpec spec;
    };

    void start();
    void probeNext();
    void needsPassword(bool refused);
    void ask(bool refused);
    void finish(bool ready);

    QWidget *m_parent;
    Workspace m_workspace;
    std::function<void(bool ready)> m_done;
    QList<Pending> m_pending;
};

} // namespace dw
