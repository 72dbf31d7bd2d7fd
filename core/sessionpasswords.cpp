#include "sessionpasswords.h"

#include <QHash>
#include <QMutex>
#include <atomic>

namespace dw {

namespace {

struct Store
{
    QMutex mutex;
    QHash<QString, QString> passwords; // by key()
};

Store &store()
{
    static Store instance;
    return instance;
}

std::atomic_bool interactive { false };

// Fields joined by a character no host, database or user name contains; the port keeps 0
// apart from 5432 as the spec does, since a stored spec always says the same.
QString key(const ConnectionSpec &spec)
{
    const QChar separator(0x1f);
    return spec.driver + separator + spec.host + separator + QString::number(spec.port) + separator
        + spec.database + separator + spec.user;
}

} // namespace

QString SessionPasswords::find(const ConnectionSpec &spec)
{
    Store &s = store();
    const QMutexLocker locker(&s.mutex);
    return s.passwords.value(key(spec));
}

bool SessionPasswords::knows(const ConnectionSpec &spec)
{
    Store &s = store();
    const QMutexLocker locker(&s.mutex);
    return s.passwords.contains(key(spec));
}

void SessionPasswords::remember(const ConnectionSpec &spec, const QString &password)
{
    Store &s = store();
    const QMutexLocker locker(&s.mutex);
    if (password.isEmpty())
        s.passwords.remove(key(spec));
    else
        s.passwords.insert(key(spec), password);
}

void SessionPasswords::forgetRefused(const ConnectionSpec &spec, const QString &refused)
{
    Store &s = store();
    const QMutexLocker locker(&s.mutex);
    const auto it = s.passwords.constFind(key(spec));
    if (it != s.passwords.cend() && it.value() == refused)
        s.passwords.erase(it);
}

void SessionPasswords::clear()
{
    Store &s = store();
    const QMutexLocker locker(&s.mutex);
    s.passwords.clear();
}

QString SessionPasswords::identity(const ConnectionSpec &spec)
{
    QString text = spec.user.isEmpty() ? spec.host : spec.user + u'@' + spec.host;
    if (spec.port > 0)
        text += u':' + QString::number(spec.port);
    return text + u'/' + spec.database;
}

void SessionPasswords::setInteractive(bool on)
{
    interactive.store(on);
}

bool SessionPasswords::isInteractive()
{
    return interactive.load();
}

} // namespace dw
