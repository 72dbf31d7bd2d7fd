#pragma once

#include "workspace.h"

#include <QString>
#include <atomic>

namespace dw {

// What the simulator changed, per kind of business event.
struct SimulatedActivity
{
    qint64 timeApproved = 0; // approved time entries, each a cost and an unbilled sales actual
    qint64 timeActuals = 0;
    qint64 proformasConfirmed = 0; // proforma invoices confirmed (or created confirmed)
    qint64 billedActuals = 0; // their billed sales actuals and unbilled sales reversals
    qint64 expenseReports = 0; // expense reports posted in Finance
    qint64 expenseLines = 0;
    qint64 vendorInvoices = 0; // vendor invoices posted in Finance
    qint64 vendorInvoiceLines = 0;
    qint64 journalsPosted = 0; // integration journals posted in Finance
    qint64 actualsPosted = 0; // staging rows that got voucher, accounting amount, rate and tax

    qint64 changes() const
    {
        return timeApproved + proformasConfirmed + expenseReports + vendorInvoices + journalsPosted;
    }
};

// Keeps the demo environments of a workspace changing the way Project Operations and Finance
// do, for demos and soak tests of live sync: in Dataverse, approved time creates cost and
// unbilled sales actuals and confirming a proforma invoice changes its status and bills sales;
// in Finance, expense reports and vendor invoices are posted (new rows on the Finance side of
// the export maps) and integration journals are posted, writing voucher, accounting amount,
// exchange rate and sales tax back onto the actuals in the staging table.
//
// One event per tick, at a steady pace (tickMs), in a fixed rotation of kinds; which project,
// task, resource or amount an event uses comes from a generator seeded with `seed`, so a run
// repeats for the same seed and start state. Each event is one transaction over both
// environments. Runs on the calling thread with its own connections; stops after `seconds`
// (0 = until cancelled) or at the next tick once the cancel flag is set. The environments must
// be the SQLite demo environments (tables of resources/schema).
class ActivitySimulator
{
public:
    ActivitySimulator(const Workspace &workspace, quint32 seed);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setTickInterval(int milliseconds) { m_tickMs = milliseconds; }

    bool run(int seconds, QString *error);
    const SimulatedActivity &activity() const { return m_activity; }

private:
    Workspace m_workspace;
    quint32 m_seed;
    int m_tickMs = 200;
    const std::atomic_bool *m_cancel = nullptr;
    SimulatedActivity m_activity;
};

} // namespace dw
