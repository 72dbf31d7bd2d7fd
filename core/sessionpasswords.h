#pragma once

#include "connectionspec.h"

#include <QString>

namespace dw {

// The passwords of PostgreSQL connections known to this process, held in memory only and
// never written anywhere. Keyed by the connection's identity (driver, host, port, database and
// user), never by the password. DbConnection::open consults it for a QPSQL spec whose password
// is empty, so every connection of the process (environments, worker threads) shares what the
// user gave once; when nothing is known libpq looks for one itself (PGPASSWORD, ~/.pgpass).
//
// Threading: every function is thread-safe. The GUI fills it from its prompt or the system
// keychain before it starts work; a password the server refuses is forgotten again
// (forgetRefused), so the user is asked anew instead of failing over and over.
class SessionPasswords
{
public:
    // Empty when the session knows none for this connection.
    static QString find(const ConnectionSpec &spec);
    static bool knows(const ConnectionSpec &spec);
    static void remember(const ConnectionSpec &spec, const QString &password);
    // Forgets the password of `spec` if it is still `refused`: a newer one given meanwhile
    // (another thread, the prompt) stays.
    static void forgetRefused(const ConnectionSpec &spec, const QString &refused);
    static void clear();

    // The connection as users name it: user@host:port/database.
    static QString identity(const ConnectionSpec &spec);

    // Whether a person can be asked for a missing password in this process (the GUI); decides
    // how connection errors tell where a password comes from. False by default (the CLI).
    static void setInteractive(bool interactive);
    static bool isInteractive();
};

} // namespace dw
