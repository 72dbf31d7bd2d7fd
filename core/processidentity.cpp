#include "processidentity.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <cerrno>
#include <csignal>

namespace dw {

QString thisHost()
{
    return QSysInfo::machineHostName();
}

qint64 thisPid()
{
    return QCoreApplication::applicationPid();
}

bool processIsGoneFromThisHost(const QString &host, qint64 pid)
{
    // kill(pid, 0) delivers nothing; it only asks whether the process exists.
    return host == thisHost() && pid > 0 && pid != thisPid() && ::kill(pid_t(pid), 0) != 0
        && errno == ESRCH;
}

} // namespace dw
