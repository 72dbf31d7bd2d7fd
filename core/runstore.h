#pragma once

#include "mapstatus.h"
#include "runcounts.h"

#include <QSqlDatabase>
#include <QString>

namespace dw {

// Run history and map status in the state store. Works on a connection owned by the caller's
// thread; each call is its own statement or transaction.
class RunStore
{
public:
    explicit RunStore(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    bool begin(const QString &kind, const QString &masterSide, qint64 *runId, QString *error);
    bool finish(qint64 runId, const QString &outcome, const QString &message, QString *error);
    // Runs left "running" by a process that died are marked interrupted.
    bool markInterrupted(QString *error);
    bool counts(qint64 runId, qint64 mapId, RunCounts *counts, QString *error) const;

    bool setMapStatus(qint64 mapId, MapStatus status, const QString &reason, QString *error);
    bool mapStatus(qint64 mapId, MapStatus *status, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace dw
