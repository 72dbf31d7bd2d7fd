#include "keychainpasswords.h"

#include "sessionpasswords.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "dwadmin.gui.keychain", QtWarningMsg)

namespace dw {

namespace {

bool enabled = true; // GUI thread only

QString service()
{
    return QStringLiteral("dwadmin");
}

// The driver in front keeps a future non-PostgreSQL server of the same name apart.
QString entryKey(const ConnectionSpec &spec)
{
    return spec.driver + u':' + SessionPasswords::identity(spec);
}

} // namespace

void KeychainPasswords::setEnabled(bool on)
{
    enabled = on;
}

void KeychainPasswords::read(QObject *context, const ConnectionSpec &spec,
    std::function<void(Lookup lookup, const QString &password)> done)
{
    if (!enabled) {
        done(Lookup::Unavailable, QString());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(service());
    job->setInsecureFallback(false);
    job->setKey(entryKey(spec));
    QObject::connect(job, &QKeychain::Job::finished, context,
        [done = std::move(done)](QKeychain::Job *finished) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
            switch (read->error()) {
            case QKeychain::NoError:
                done(Lookup::Found, read->textData());
                return;
            case QKeychain::EntryNotFound:
                done(Lookup::NotFound, QString());
                return;
            default:
                // Headless machines end here (no D-Bus session): asking per session is the
                // expected fallback, not a problem to report.
                qCDebug(lcKeychain) << "keychain not usable:" << read->errorString();
                done(Lookup::Unavailable, QString());
                return;
            }
        });
    job->start(); // deletes itself after finished()
}

void KeychainPasswords::write(const ConnectionSpec &spec, const QString &password)
{
    if (!enabled)
        return;
    auto *job = new QKeychain::WritePasswordJob(service());
    job->setInsecureFallback(false);
    job->setKey(entryKey(spec));
    job->setTextData(password);
    QObject::connect(job, &QKeychain::Job::finished, [key = entryKey(spec)](QKeychain::Job *done) {
        if (done->error() != QKeychain::NoError)
            qCWarning(lcKeychain) << "cannot keep the password of" << key
                                  << "in the keychain:" << done->errorString();
    });
    job->start();
}

} // namespace dw
