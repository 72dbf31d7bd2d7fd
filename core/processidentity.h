#pragma once

#include <QString>

namespace dw {

// This process as the state store records it (a run, a lease), and whether a process so
// recorded has ended. Only a process of this machine can be checked: one on another host is
// never taken for gone here.
QString thisHost();
qint64 thisPid();
bool processIsGoneFromThisHost(const QString &host, qint64 pid);

} // namespace dw
