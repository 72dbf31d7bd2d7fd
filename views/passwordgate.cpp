#include "passwordgate.h"

#include "asyncresult.h"
#include "environmentstore.h"
#include "keychainpasswords.h"
#include "passworddialog.h"
#include "pgauthprobe.h"
#include "sessionpasswords.h"
#include "storetask.h"

#include <QSet>
#include <QWidget>

namespace dw {

namespace {

// Connections whose keychain entry this session has read already (GUI thread only): an entry
// the server refused is not offered again, the user is asked instead.
QSet<QString> &keychainConsulted()
{
    static QSet<QString> identities;
    return identities;
}

bool keychainUsable = false; // as the last lookup found it (GUI thread only)

QString keyOf(const ConnectionSpec &spec)
{
    return spec.driver + u':' + SessionPasswords::identity(spec);
}

struct ProbeResult
{
    PgAuthStatus status = PgAuthStatus::Failed;
    QString triedPassword; // what the session gave, to forget exactly that when refused
};

} // namespace

PasswordGate *PasswordGate::ensure(
    QWidget *parent, const Workspace &workspace, std::function<void(bool ready)> done)
{
    auto *gate = new PasswordGate(parent, workspace, std::move(done));
    gate->start();
    return gate;
}

PasswordGate::PasswordGate(
    QWidget *parent, const Workspace &workspace, std::function<void(bool ready)> done)
    : QObject(parent)
    , m_parent(parent)
    , m_workspace(workspace)
    , m_done(std::move(done))
{ }

void PasswordGate::start()
{
    const Workspace workspace = m_workspace;
    auto work = [workspace](StateStore &store, QList<Pending> *pending, QString *) {
        for (Side side : { Side::Dataverse, Side::Finance }) {
            ConnectionSpec spec;
            QString missing;
            if (EnvironmentStore(store.database()).load(side, &spec, &missing)
                && spec.driver == QLatin1String("QPSQL"))
                pending->append({ side, workspace.resolve(spec) });
        }
        return true;
    };
    whenFinished(this, runOnStore<QList<Pending>>(m_workspace, work),
        [this](const StoreResult<QList<Pending>> &result) {
            // An unreadable store is the run's to report, with its own words.
            m_pending = result.value;
            probeNext();
        });
}

void PasswordGate::probeNext()
{
    if (m_pending.isEmpty()) {
        finish(true);
        return;
    }
    const ConnectionSpec spec = m_pending.constFirst().spec;
    whenFinished(this, QtConcurrent::run([spec] {
        ConnectionSpec tried = spec;
        tried.password = SessionPasswords::find(spec);
        return ProbeResult { probePgAuth(tried), tried.password };
    }),
        [this](const ProbeResult &result) {
            switch (result.status) {
            case PgAuthStatus::Connected:
            case PgAuthStatus::Failed:
                m_pending.removeFirst();
                probeNext();
                return;
            case PgAuthStatus::PasswordRefused:
                SessionPasswords::forgetRefused(m_pending.constFirst().spec, result.triedPassword);
                needsPassword(true);
                return;
            case PgAuthStatus::PasswordMissing:
                needsPassword(false);
                return;
            }
        });
}

void PasswordGate::needsPassword(bool refused)
{
    const ConnectionSpec spec = m_pending.constFirst().spec;
    if (keychainConsulted().contains(keyOf(spec))) {
        ask(refused);
        return;
    }
    keychainConsulted().insert(keyOf(spec));
    KeychainPasswords::read(this, spec,
        [this, spec, refused](KeychainPasswords::Lookup lookup, const QString &password) {
            keychainUsable = lookup != KeychainPasswords::Lookup::Unavailable;
            if (lookup == KeychainPasswords::Lookup::Found && !password.isEmpty()) {
                SessionPasswords::remember(spec, password);
                probeNext(); // the same connection again, now with the keychain's password
                return;
            }
            ask(refused);
        });
}

void PasswordGate::ask(bool refused)
{
    const Pending pending = m_pending.constFirst();
    auto *dialog = new PasswordDialog(pending.side, pending.spec, keychainUsable, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (refused)
        dialog->showRefused();
    connect(dialog, &QDialog::accepted, this, [this, dialog, spec = pending.spec] {
        const QString password = dialog->password();
        SessionPasswords::remember(spec, password);
        if (dialog->remember() && !password.isEmpty())
            KeychainPasswords::write(spec, password);
        probeNext();
    });
    connect(dialog, &QDialog::rejected, this, [this] { finish(false); });
    dialog->open();
}

void PasswordGate::finish(bool ready)
{
    if (m_done)
        m_done(ready);
    deleteLater();
}

} // namespace dw
