#pragma once

#include "connectionspec.h"

#include <QObject>
#include <functional>

namespace dw {

// The system keychain (Secret Service, KWallet, macOS Keychain, Windows Credential Store)
// through QtKeychain, for the GUI only: the CLI and the core never need one. Entries are kept
// under the service "dwadmin", keyed by the connection's identity; the password is the secret.
// QtKeychain's plain-text fallback into QSettings stays off: where no keychain works, nothing
// is remembered and the user is asked each session.
//
// Jobs are asynchronous; `done` is called in the thread of `context` (the GUI thread), and not
// at all when `context` is destroyed first.
class KeychainPasswords
{
public:
    enum class Lookup {
        Found,
        NotFound, // the keychain works but holds nothing for this connection
        Unavailable, // no keychain, or it refused: ask, and offer no "remember"
    };

    static void read(QObject *context, const ConnectionSpec &spec,
        std::function<void(Lookup lookup, const QString &password)> done);
    // Fire and forget: a failure is logged (without the password) and otherwise ignored.
    static void write(const ConnectionSpec &spec, const QString &password);

    // False turns every lookup into Unavailable without a job, for machines where a keychain
    // must not be touched (tests).
    static void setEnabled(bool enabled);
};

} // namespace dw
