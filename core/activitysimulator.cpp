#include "activitysimulator.h"

#include "dbconnection.h"
#include "demodata.h"
#include "environmentstore.h"
#include "sqlitestatement.h"
#include "statestore.h"
#include "tr.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace dw {

namespace {

enum class Event { TimeApproved, JournalPosted, ExpensePosted, ProformaConfirmed, InvoicePosted };

// The mix of a working day: mostly time, regularly journals, now and then the rest. A fixed
// rotation rather than a draw keeps every kind present in a run of a few seconds.
constexpr Event kRotation[] = { Event::TimeApproved, Event::JournalPosted, Event::TimeApproved,
    Event::ExpensePosted, Event::TimeApproved, Event::ProformaConfirmed, Event::TimeApproved,
    Event::InvoicePosted, Event::JournalPosted, Event::TimeApproved };

constexpr QLatin1String kNow("strftime('%Y-%m-%dT%H:%M:%SZ', 'now')");

// The columns every simulated actual gets; the SELECTs below fill them in this order.
constexpr QLatin1String kActualColumns(
    "msdyn_actualid, msdyn_description, msdyn_transactiontypecode, "
    "msdyn_transactionclassification, msdyn_billingtype, msdyn_billingstatus, msdyn_invoice, "
    "msdyn_project, msdyn_task, msdyn_salescontract, msdyn_salescontractlineid, "
    "msdyn_contractorganizationalunitid, msdyn_resourceorganizationalunitid, "
    "msdyn_bookableresource, msdyn_transactioncategory, msdyn_unit, msdyn_quantity, msdyn_price, "
    "msdyn_amount, transactioncurrencyid, exchangerate, msdyn_documentdate, "
    "msdyn_startdatetime, msdyn_enddatetime, msdyn_accountingdate, msdyn_exchangeratedate, "
    "msdyn_isjournalized, msdyn_skipsync, msdyn_owningcompany, msdyn_customertype, "
    "msdyn_amountmethod, createdon, modifiedon");

// The shared part of an actual's values: project p, its task, contract and resource, as
// Dataverse fills them from the time entry or invoice line the actual comes from.
constexpr QLatin1String kActualOrigin(
    "p.msdyn_projectid, (SELECT msdyn_projecttaskid FROM msdyn_projecttask WHERE msdyn_project "
    "= p.msdyn_projectid AND msdyn_parenttask IS NOT NULL ORDER BY rowid LIMIT 1 OFFSET :task), "
    "p.msdyn_salesorderid, (SELECT salesorderdetailid FROM salesorderdetail WHERE salesorderid = "
    "p.msdyn_salesorderid AND msdyn_billingmethod = 192350000 ORDER BY rowid LIMIT 1), "
    "p.msdyn_contractorganizationalunitid, p.msdyn_contractorganizationalunitid, (SELECT "
    "bookableresourceid FROM bookableresource WHERE msdyn_company = p.msdyn_owningcompany ORDER "
    "BY rowid LIMIT 1 OFFSET :resource), (SELECT msdyn_transactioncategoryid FROM "
    "msdyn_transactioncategory WHERE msdyn_name = :category), (SELECT uomid FROM uom WHERE name "
    "= 'h')");

constexpr QLatin1String kActualDates(
    "p.transactioncurrencyid, 1, date('now') || 'T00:00:00Z', date('now') || 'T09:00:00Z', "
    "date('now') || 'T17:00:00Z', date('now') || 'T00:00:00Z', date('now') || 'T00:00:00Z'");

const char *const kCategories[] = { "Consulting", "Development", "Project management" };

// Both environments on one connection (Finance attached as "fin"), so an event that touches
// both commits as one transaction.
class Session
{
public:
    bool open(const Workspace &workspace, QString *error);
    bool apply(Event event, QRandomGenerator &random, SimulatedActivity *activity, QString *error);

private:
    // Runs `sql` with the named values; the rows it changed, or -1 with *error set.
    qint64 exec(const QString &sql, const QVariantHash &values, QString *error);
    QVariant value(const QString &sql, QString *error);

    qint64 timeApproved(QRandomGenerator &random, QString *error);
    bool proformaConfirmed(QRandomGenerator &random, SimulatedActivity *activity, QString *error);
    qint64 expensePosted(QRandomGenerator &random, QString *error);
    qint64 invoicePosted(QRandomGenerator &random, QString *error);
    qint64 journalPosted(QRandomGenerator &random, QString *error);

    DbConnection m_connection;
    qint64 m_projects = 1; // active projects
};

bool Session::open(const Workspace &workspace, QString *error)
{
    StateStore store;
    if (!store.open(workspace, error))
        return false;
    ConnectionSpec dataverse;
    ConnectionSpec finance;
    EnvironmentStore environments(store.database());
    if (!environments.load(Side::Dataverse, &dataverse, error)
        || !environments.load(Side::Finance, &finance, error))
        return false;
    if (!dataverse.isSqlite() || !finance.isSqlite()) {
        *error = Tr::tr("The activity simulator works on the SQLite environments of a demo "
                        "workspace.");
        return false;
    }
    if (!EnvironmentStore::checkFileExists(Side::Dataverse, workspace.resolve(dataverse), error)
        || !EnvironmentStore::checkFileExists(Side::Finance, workspace.resolve(finance), error)
        || !m_connection.open(workspace.resolve(dataverse), error)
        || !DemoData::registerGuidFunction(sqliteHandle(m_connection.database()), error))
        return false;
    QSqlQuery attach(m_connection.database());
    attach.prepare(QStringLiteral("ATTACH DATABASE ? AS fin"));
    attach.addBindValue(workspace.resolve(finance).database);
    if (!attach.exec()) {
        *error = Tr::tr("Cannot open %1: %2")
                     .arg(workspace.resolve(finance).database, attach.lastError().text());
        return false;
    }
    const QVariant projects
        = value(QStringLiteral("SELECT COUNT(*) FROM msdyn_project WHERE statecode = 0"), error);
    m_projects = projects.toLongLong();
    if (m_projects <= 0 && error->isEmpty())
        *error = Tr::tr("The Dataverse environment has no active project to simulate work on.");
    return m_projects > 0;
}

qint64 Session::exec(const QString &sql, const QVariantHash &values, QString *error)
{
    QSqlQuery query(m_connection.database());
    if (!query.prepare(sql)) {
        *error = Tr::tr("Cannot simulate activity: %1").arg(query.lastError().text());
        return -1;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!query.exec()) {
        *error = Tr::tr("Cannot simulate activity: %1").arg(query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

QVariant Session::value(const QString &sql, QString *error)
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(sql) || !query.next()) {
        *error = Tr::tr("Cannot simulate activity: %1").arg(query.lastError().text());
        return {};
    }
    return query.value(0);
}

// A time entry approved in Dataverse: a cost actual and its unbilled sales actual.
qint64 Session::timeApproved(QRandomGenerator &random, QString *error)
{
    const qint64 next
        = value(QStringLiteral("SELECT COUNT(*) + 1 FROM msdyn_actual"), error).toLongLong();
    if (!error->isEmpty())
        return -1;
    const QString sql = QStringLiteral(
        "WITH p AS (SELECT * FROM msdyn_project WHERE statecode = 0 ORDER BY rowid LIMIT 1 "
        "OFFSET :project), kind(unbilled) AS (VALUES (0), (1)) "
        "INSERT INTO msdyn_actual (%1) SELECT demo_guid(40, :n + unbilled), 'Approved time ' || "
        "(:n + unbilled) || CASE unbilled WHEN 0 THEN ' cost' ELSE ' unbilled sales' END, "
        "CASE unbilled WHEN 0 THEN 192350000 ELSE 192350005 END, 192350000, 192350001, CASE "
        "unbilled WHEN 0 THEN NULL ELSE 192350000 END, NULL, %2, :hours, round(:price * CASE "
        "unbilled WHEN 0 THEN 1 ELSE 1.6 END, 2), round(:hours * :price * CASE unbilled WHEN 0 "
        "THEN 1 ELSE 1.6 END, 2), %3, 0, 0, p.msdyn_owningcompany, 192350001, 192350000, %4, %4 "
        "FROM p, kind");
    const qint64 rows = exec(sql.arg(kActualColumns, kActualOrigin, kActualDates, kNow),
        { { QStringLiteral(":project"), random.bounded(m_projects) },
            { QStringLiteral(":n"), next }, { QStringLiteral(":task"), random.bounded(4) },
            { QStringLiteral(":resource"), random.bounded(20) },
            { QStringLiteral(":category"), QString::fromLatin1(kCategories[random.bounded(3)]) },
            { QStringLiteral(":hours"), 1 + random.bounded(8) },
            { QStringLiteral(":price"), 60 + 10 * random.bounded(5) } },
        error);
    if (rows != 2)
        return rows;
    // The connection Import from staging uses: cost and unbilled sales of one entry.
    const qint64 connected = exec(
        QStringLiteral("INSERT INTO msdyn_transactionconnection (msdyn_transactionconnectionid, "
                       "msdyn_transaction1, msdyn_transaction1role, msdyn_transaction1type, "
                       "msdyn_transaction2, msdyn_transaction2role, msdyn_transaction2type, "
                       "msdyn_transactiontypecode) VALUES (demo_guid(41, :n), demo_guid(40, :n), "
                       "192350000, 'msdyn_actual', demo_guid(40, :n + 1), 192350001, "
                       "'msdyn_actual', 192350005)"),
        { { QStringLiteral(":n"), next } }, error);
    return connected < 0 ? -1 : rows;
}

// A proforma invoice confirmed in Dataverse (the oldest draft, or a new one when none is
// left): status Confirmed, and the billed sales actual with its unbilled sales reversal, which
// skips sync (Finance marks unbilled sales invoiced instead of reversing them).
bool Session::proformaConfirmed(
    QRandomGenerator &random, SimulatedActivity *activity, QString *error)
{
    QString invoice = value(QStringLiteral("SELECT COALESCE((SELECT invoiceid FROM invoice WHERE "
                                           "msdyn_projectinvoicestatus = 192350000 ORDER BY "
                                           "rowid LIMIT 1), '')"),
        error)
                          .toString();
    if (!error->isEmpty())
        return false;
    if (invoice.isEmpty()) {
        const qint64 next
            = value(QStringLiteral("SELECT COUNT(*) + 1 FROM invoice"), error).toLongLong();
        const qint64 contracts
            = value(QStringLiteral("SELECT COUNT(*) FROM salesorder"), error).toLongLong();
        if (!error->isEmpty() || contracts == 0)
            return error->isEmpty();
        if (exec(QStringLiteral("INSERT INTO invoice (invoiceid, invoicenumber, name, "
                                "customerid, transactioncurrencyid, salesorderid, "
                                "msdyn_projectinvoicestatus, msdyn_ordertype, "
                                "msdyn_invoicedate, totalamount) SELECT demo_guid(23, :n), "
                                "'PRF-' || printf('%06d', :n), 'Invoice ' || :n || ' for ' || "
                                "ordernumber, customerid, transactioncurrencyid, salesorderid, "
                                "192350000, 192350001, %1, 0 FROM salesorder ORDER BY rowid "
                                "LIMIT 1 OFFSET :contract")
                     .arg(kNow),
                { { QStringLiteral(":n"), next },
                    { QStringLiteral(":contract"), random.bounded(contracts) } },
                error)
            < 0)
            return false;
        invoice = DemoData::guid(23, next);
    }
    const qint64 hours = 1 + random.bounded(8);
    const qint64 price = 96 + 16 * random.bounded(5);
    if (exec(QStringLiteral("UPDATE invoice SET msdyn_projectinvoicestatus = 192350002, "
                            "totalamount = :amount, modifiedon = %1 WHERE invoiceid = :invoice")
                 .arg(kNow),
            { { QStringLiteral(":amount"), hours * price },
                { QStringLiteral(":invoice"), invoice } },
            error)
        < 0)
        return false;
    ++activity->proformasConfirmed;
    const qint64 next
        = value(QStringLiteral("SELECT COUNT(*) + 1 FROM msdyn_actual"), error).toLongLong();
    const QString sql = QStringLiteral(
        "WITH p AS (SELECT * FROM msdyn_project WHERE msdyn_salesorderid = (SELECT salesorderid "
        "FROM invoice WHERE invoiceid = :invoice) ORDER BY rowid LIMIT 1), kind(reversal) AS "
        "(VALUES (0), (1)) INSERT INTO msdyn_actual (%1) SELECT demo_guid(40, :n + reversal), "
        "'Proforma invoice ' || CASE reversal WHEN 0 THEN 'billed sales' ELSE 'unbilled sales "
        "reversal' END, CASE reversal WHEN 0 THEN 192350006 ELSE 192350005 END, 192350000, "
        "192350001, 192350001, :invoice, %2, CASE reversal WHEN 0 THEN :hours ELSE -:hours END, "
        ":price, CASE reversal WHEN 0 THEN 1 ELSE -1 END * :hours * :price, %3, 0, reversal, "
        "p.msdyn_owningcompany, 192350001, 192350000, %4, %4 FROM p, kind");
    const qint64 rows = exec(sql.arg(kActualColumns, kActualOrigin, kActualDates, kNow),
        { { QStringLiteral(":invoice"), invoice }, { QStringLiteral(":n"), next },
            { QStringLiteral(":task"), random.bounded(4) },
            { QStringLiteral(":resource"), random.bounded(20) },
            { QStringLiteral(":category"), QString::fromLatin1(kCategories[0]) },
            { QStringLiteral(":hours"), hours }, { QStringLiteral(":price"), price } },
        error);
    activity->billedActuals += qMax<qint64>(rows, 0);
    return rows >= 0;
}

// An expense report posted in Finance: one to three project expense lines.
qint64 Session::expensePosted(QRandomGenerator &random, QString *error)
{
    const qint64 next
        = value(QStringLiteral("SELECT COUNT(*) + 1 FROM fin.TrvExpTransEntity"), error)
              .toLongLong();
    if (!error->isEmpty())
        return -1;
    return exec(
        QStringLiteral(
            "WITH p AS (SELECT msdyn_projectid, msdyn_projectnumber, substr(msdyn_projectnumber, "
            "1, 4) AS company FROM msdyn_project WHERE statecode = 0 ORDER BY rowid LIMIT 1 "
            "OFFSET :project), leaf AS (SELECT msdyn_projecttaskid, row_number() OVER (ORDER "
            "BY rowid) - 1 AS k FROM msdyn_projecttask WHERE msdyn_project = (SELECT "
            "msdyn_projectid FROM p) AND msdyn_parenttask IS NOT NULL), line(x) AS (VALUES (0), "
            "(1), (2)) "
            "INSERT INTO fin.TrvExpTransEntity (ExpenseTransactionNumber, LegalEntity, Company, "
            "LegalEntityDataAreaId, ExpenseReportNumber, LineNumber, Currency, "
            "TransactionAmount, AmountMST, ActualSalesTaxAmount, ExchangeRate, ApprovalStatus, "
            "Purpose, AdditionalInformation, ExpenseCategory, CategoryDescription, ProjectID, "
            "ActivityNumber, TransactionDate, Billable, Unit) "
            "SELECT 'EXP-' || printf('%07d', :n + x), p.company, p.company, p.company, 'ER-S' || "
            "printf('%06d', :n), x + 1, l.AccountingCurrency, CAST(round(:amount + 17.5 * x, 2) "
            "AS TEXT), CAST(round(:amount + 17.5 * x, 2) AS TEXT), CAST(round((:amount + 17.5 * "
            "x) * 0.1, 2) AS TEXT), '1', 'Ledger', c.name || ' for ' || p.msdyn_projectnumber, "
            "'Expense report ER-S' || printf('%06d', :n), substr(p.company, 1, 2) || '-' || "
            "c.code, c.name, p.msdyn_projectnumber, (SELECT msdyn_projecttaskid FROM leaf WHERE "
            "k = x), %1, 'Yes', 'ea' "
            "FROM p JOIN line JOIN fin.LedgerEntity l ON l.LegalEntityId = p.company "
            "JOIN (SELECT 0 AS k, 'AIRFARE' AS code, 'Airfare' AS name UNION ALL SELECT 1, "
            "'HOTEL', 'Hotel' UNION ALL SELECT 2, 'MEALS', 'Meals' UNION ALL SELECT 3, "
            "'TRAINING', 'Training') c ON c.k = (x + :category) % 4 WHERE x < :lines")
            .arg(kNow),
        { { QStringLiteral(":project"), random.bounded(m_projects) },
            { QStringLiteral(":n"), next }, { QStringLiteral(":amount"), 20 + random.bounded(300) },
            { QStringLiteral(":category"), random.bounded(4) },
            { QStringLiteral(":lines"), 1 + random.bounded(3) } },
        error);
}

// A vendor invoice posted in Finance: the header and two project lines, material and expense.
qint64 Session::invoicePosted(QRandomGenerator &random, QString *error)
{
    const qint64 next
        = value(QStringLiteral("SELECT COUNT(*) + 1 FROM fin.VendorInvoiceHeaderEntity"), error)
              .toLongLong();
    const qint64 vendors
        = value(QStringLiteral("SELECT COUNT(*) FROM fin.VendVendorV2Entity"), error).toLongLong();
    if (!error->isEmpty() || vendors == 0)
        return error->isEmpty() ? 0 : -1;
    if (exec(QStringLiteral(
                 "INSERT INTO fin.VendorInvoiceHeaderEntity (HeaderReference, IntegrationId, "
                 "DataAreaId, InvoiceNumber, InvoiceAccount, VendorAccount, VendorName, "
                 "Currency, InvoiceDate, Date, InvoiceDescription, PostingProfile, IsApproved) "
                 "SELECT 'VI-' || printf('%06d', :n), demo_guid(27, :n), v.DataAreaId, 'NW-' || "
                 "(10000 + :n), v.VendorAccountNumber, v.VendorAccountNumber, "
                 "v.VendorOrganizationName, l.AccountingCurrency, %1, %1, 'Subcontracted work "
                 "and material', 'GEN', 'Yes' FROM fin.VendVendorV2Entity v JOIN "
                 "fin.LedgerEntity l ON l.LegalEntityId = v.DataAreaId ORDER BY v.rowid LIMIT 1 "
                 "OFFSET :vendor")
                 .arg(kNow),
            { { QStringLiteral(":n"), next },
                { QStringLiteral(":vendor"), random.bounded(vendors) } },
            error)
        != 1)
        return -1;
    return exec(
        QStringLiteral(
            "WITH h AS (SELECT * FROM fin.VendorInvoiceHeaderEntity WHERE HeaderReference = 'VI-' "
            "|| printf('%06d', :n)), p AS (SELECT msdyn_projectid, msdyn_projectnumber FROM "
            "msdyn_project WHERE statecode = 0 AND msdyn_projectnumber LIKE (SELECT DataAreaId "
            "FROM h) || '-%' ORDER BY rowid LIMIT 1 OFFSET :project % MAX(1, (SELECT COUNT(*) "
            "FROM msdyn_project WHERE statecode = 0 AND msdyn_projectnumber LIKE (SELECT "
            "DataAreaId FROM h) || '-%'))), leaf AS (SELECT msdyn_projecttaskid, row_number() "
            "OVER (ORDER BY rowid) AS k FROM msdyn_projecttask WHERE msdyn_project = (SELECT "
            "msdyn_projectid FROM p) AND msdyn_parenttask IS NOT NULL), line(i, quantity, price) "
            "AS (VALUES (1, :quantity, :price), (2, 1, :expense)) "
            "INSERT INTO fin.VendorInvoiceLineEntity (HeaderReference, LineNumber, "
            "InvoiceLineNumber, ExternalInvoiceLine, LineDescription, ItemNumber, "
            "ProcurementCategory, ProjectId, ActivityNumber, ProjectCategory, LineProperty, "
            "ReceiveNow, UnitPrice, NetAmount, Amount, Unit, Currency, InvoiceAccount, "
            "VendorAccount, DataAreaCompany, LegalEntity) "
            "SELECT h.HeaderReference, i, i, h.HeaderReference || '-' || i, CASE i WHEN 1 THEN "
            "'Hardware for site ' || :n ELSE 'Travel and supplies' END, CASE i WHEN 1 THEN 'P' "
            "|| (1000 + :product) END, CASE i WHEN 1 THEN 'Hardware' ELSE 'Travel' END, "
            "p.msdyn_projectnumber, (SELECT msdyn_projecttaskid FROM leaf WHERE k = i), "
            "substr(h.DataAreaId, 1, 2) || '-' || CASE i WHEN 1 THEN "
            "'HARDWARE' ELSE 'TRAVEL' END, 'Chargeable', CAST(quantity AS TEXT), CAST(price AS "
            "TEXT), CAST(quantity * price AS TEXT), CAST(quantity * price AS TEXT), CASE i WHEN "
            "1 THEN 'pcs' ELSE 'ea' END, h.Currency, h.InvoiceAccount, h.InvoiceAccount, "
            "h.DataAreaId, h.DataAreaId FROM h, p, line"),
        { { QStringLiteral(":n"), next }, { QStringLiteral(":project"), random.bounded(1000) },
            { QStringLiteral(":quantity"), 1 + random.bounded(9) },
            { QStringLiteral(":price"), 65 + 40 * random.bounded(7) },
            { QStringLiteral(":expense"), 12 + random.bounded(40) },
            { QStringLiteral(":product"), random.bounded(20) } },
        error);
}

// An integration journal posted in Finance: the oldest staged actuals without a voucher get
// voucher, accounting amount, exchange rate and sales tax, which the actuals map writes back.
qint64 Session::journalPosted(QRandomGenerator &random, QString *error)
{
    return exec(QStringLiteral(
                    "UPDATE fin.ProjCDSActualsImportEntity SET Voucher = 'PJV-' || "
                    "printf('%08d', rowid), AmountMST = Amount, ExchangeRate = '1', "
                    "SalesTaxAmount = CAST(round(CAST(Amount AS REAL) * 0.1, 2) AS TEXT) WHERE "
                    "rowid IN (SELECT rowid FROM fin.ProjCDSActualsImportEntity WHERE Voucher IS "
                    "NULL ORDER BY rowid LIMIT :lines)"),
        { { QStringLiteral(":lines"), 10 + random.bounded(20) } }, error);
}

bool Session::apply(
    Event event, QRandomGenerator &random, SimulatedActivity *activity, QString *error)
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery transaction(db);
    // Write locks first: an event reads before it writes, and a read transaction that later
    // wants to write fails at once if live sync committed in between.
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = Tr::tr("Cannot simulate activity: %1").arg(transaction.lastError().text());
        return false;
    }
    qint64 rows = 0;
    bool ok = true;
    switch (event) {
    case Event::TimeApproved:
        rows = timeApproved(random, error);
        if (rows > 0) {
            ++activity->timeApproved;
            activity->timeActuals += rows;
        }
        break;
    case Event::ProformaConfirmed:
        ok = proformaConfirmed(random, activity, error);
        break;
    case Event::ExpensePosted:
        rows = expensePosted(random, error);
        if (rows > 0) {
            ++activity->expenseReports;
            activity->expenseLines += rows;
        }
        break;
    case Event::InvoicePosted:
        rows = invoicePosted(random, error);
        if (rows >= 0) {
            ++activity->vendorInvoices;
            activity->vendorInvoiceLines += rows;
        }
        break;
    case Event::JournalPosted:
        rows = journalPosted(random, error);
        if (rows > 0) {
            ++activity->journalsPosted;
            activity->actualsPosted += rows;
        }
        break;
    }
    if (!ok || rows < 0) {
        transaction.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!transaction.exec(QStringLiteral("COMMIT"))) {
        *error = Tr::tr("Cannot simulate activity: %1").arg(transaction.lastError().text());
        transaction.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    return true;
}

} // namespace

ActivitySimulator::ActivitySimulator(const Workspace &workspace, quint32 seed)
    : m_workspace(workspace)
    , m_seed(seed)
{ }

bool ActivitySimulator::run(int seconds, QString *error)
{
    m_activity = SimulatedActivity();
    if (!m_workspace.exists()) {
        *error = Tr::tr("No workspace at %1.").arg(m_workspace.directory());
        return false;
    }
    Session session;
    if (!session.open(m_workspace, error))
        return false;
    QRandomGenerator random(m_seed);
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = seconds > 0 ? qint64(seconds) * 1000 : -1;
    auto stopped = [&] {
        return (m_cancel && m_cancel->load(std::memory_order_relaxed))
            || (deadline >= 0 && clock.elapsed() >= deadline);
    };
    for (qint64 tick = 0; !stopped(); ++tick) {
        constexpr qint64 kinds = sizeof kRotation / sizeof kRotation[0];
        if (!session.apply(kRotation[tick % kinds], random, &m_activity, error))
            return false;
        // A steady pace whatever an event cost: wait for the next tick's slot, in short steps
        // so a stop is noticed at once.
        const qint64 next = (tick + 1) * m_tickMs;
        while (!stopped() && clock.elapsed() < next)
            QThread::msleep(quint64(qMin<qint64>(20, next - clock.elapsed())));
    }
    return true;
}

} // namespace dw
