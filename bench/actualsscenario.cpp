#include "actualsscenario.h"

#include "dbconnection.h"
#include "environmentstore.h"
#include "mapstore.h"
#include "pgsql.h"
#include "privatefile.h"
#include "sqlitestatement.h"
#include "statestore.h"
#include "tablemapjson.h"
#include "workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>

namespace dw {

namespace {

// Field pairs of the map: Finance field, Dataverse column, SQL generating the Dataverse value
// from the row number i (SQLite), transform JSON (may be empty).
struct Field
{
    const char *finance;
    const char *dataverse;
    const char *financeType;
    const char *generator;
    const char *transform;
};

constexpr Field kFields[] = {
    { "ActualId", "msdyn_actualid", "TEXT NOT NULL",
        "printf('%08x-7a11-4c0d-8e5f-%012x', i, i * 7919)", "" },
    { "ActualsImportId", "msdyn_importid", "TEXT",
        "printf('%08x-1b2c-4d3e-9f40-%012x', i, i * 104729)", "" },
    { "AccountingDate", "msdyn_accountingdate", "TEXT",
        "date('2025-01-01', '+' || (i % 365) || ' days')", "" },
    { "AdjustmentStatus", "msdyn_adjustmentstatus", "TEXT", "192350000 + (i % 3)",
        R"({"type": "valueMap", "map": {"192350000": "InProcess", "192350001": "Adjusted", "192350002": "Unadjustable"}})" },
    { "Amount", "msdyn_amount", "NUMERIC", "round((i % 977) * 12.5 + 0.25, 2)", "" },
    { "AmountMST", "msdyn_amount_base", "NUMERIC", "round((i % 977) * 13.75 + 0.5, 2)", "" },
    { "BillingStatusId", "msdyn_billingstatus", "TEXT", "192350000 + (i % 5)", "" },
    { "BillingType", "msdyn_billingtype", "TEXT",
        "CASE WHEN i % 100 = 37 AND (i / 100) % 5 = 0 THEN 192359999 ELSE 192350000 + (i % 4) END",
        R"({"type": "valueMap", "map": {"192350000": "NotAvailable", "192350001": "Chargeable", "192350002": "NonChargeable", "192350003": "Complimentary"}})" },
    { "ContractId", "msdyn_contract", "TEXT", "printf('ORD-%06d', i % 4000)", "" },
    { "ContractLine", "msdyn_contractline", "TEXT", "printf('ORD-%06d-%02d', i % 4000, i % 7)",
        "" },
    { "ContractingUnit", "msdyn_contractorganizationalunitid", "TEXT",
        "CASE i % 3 WHEN 0 THEN 'USPM' WHEN 1 THEN 'GBPM' ELSE 'FRPM' END", "" },
    { "Description", "msdyn_description", "TEXT", "'Approved time entry ' || i", "" },
    { "DocumentDate", "msdyn_documentdate", "TEXT",
        "date('2025-01-01', '+' || (i % 365) || ' days')", "" },
    { "EndDate", "msdyn_enddate", "TEXT", "date('2025-01-02', '+' || (i % 365) || ' days')", "" },
    { "ExchangeRateDate", "msdyn_exchangeratedate", "TEXT",
        "date('2025-01-01', '+' || (i % 365) || ' days')", "" },
    { "ExchangeRate", "exchangerate", "NUMERIC", "1.0 + (i % 50) / 100.0", "" },
    { "ExternalDescription", "msdyn_externaldescription", "TEXT",
        "'Consulting hours for project work, week ' || (i % 52)", "" },
    { "ExternalReference", "msdyn_externalreference", "TEXT", "printf('EXT-%09d', i)", "" },
    { "InvoiceId", "msdyn_invoice", "TEXT",
        "CASE WHEN i % 4 = 0 THEN printf('INV-%07d', i / 4) END", "" },
    { "IsJournalized", "msdyn_isjournalized", "TEXT", "i % 2", "" },
    { "OwningBusinessId", "owningbusinessunit", "TEXT", "printf('bu-%04d', i % 12)", "" },
    { "OwningUser", "ownerid", "TEXT", "printf('user-%05d', i % 800)", "" },
    { "ProjectId", "msdyn_project", "TEXT NOT NULL",
        "CASE WHEN i % 100 = 37 AND (i / 100) % 5 = 1 THEN 'ffffffff-0000-4000-8000-000000000000' "
        "ELSE printf('%08x-9e37-4b1d-a5c3-%012x', i % 500, i % 500) END",
        R"({"type": "lookup", "table": "msdyn_project", "key": "msdyn_projectid", "value": "msdyn_projectnumber"})" },
    { "Quantity", "msdyn_quantity", "NUMERIC",
        "CASE WHEN i % 100 = 37 AND (i / 100) % 5 = 4 THEN 'n/a' ELSE (i % 40) / 4.0 END", "" },
    { "Status", "statecode", "TEXT", "0", "" },
    { "StatusReason", "statuscode", "TEXT", "1", "" },
    { "StartDate", "msdyn_startdate", "TEXT", "date('2025-01-01', '+' || (i % 365) || ' days')",
        "" },
    { "TaskId", "msdyn_task", "TEXT", "printf('%d.%d', 1 + i % 3, 1 + i % 4)", "" },
    { "TransactionClassification", "msdyn_transactionclassification", "TEXT", "690970000 + (i % 4)",
        R"({"type": "valueMap", "map": {"690970000": "Time", "690970001": "Expense", "690970002": "Material", "690970003": "Fee"}})" },
    { "TransactionCategory", "msdyn_transactioncategory", "TEXT",
        "CASE i % 4 WHEN 0 THEN 'Consulting' WHEN 1 THEN 'Travel' WHEN 2 THEN 'Hardware' ELSE "
        "'Training' END",
        "" },
    { "TransactionCurrencyId", "transactioncurrencyid", "TEXT NOT NULL",
        "CASE WHEN i % 100 = 37 AND (i / 100) % 5 = 2 THEN NULL WHEN i % 3 = 0 THEN 'USD' WHEN i % "
        "3 = 1 THEN 'GBP' ELSE 'EUR' END",
        "" },
    { "UnitOfMeasure", "msdyn_unit", "TEXT CHECK (UnitOfMeasure <> '')",
        "CASE WHEN i % 100 = 37 AND (i / 100) % 5 = 3 THEN '' WHEN i % 4 = 1 THEN 'ea' ELSE 'h' "
        "END",
        "" },
    { "TransType", "msdyn_transactiontypecode", "TEXT", "192350000 + (i % 3)",
        R"({"type": "valueMap", "map": {"192350000": "Cost", "192350001": "UnbilledSales", "192350002": "BilledSales"}})" },
    { "UnitPrice", "msdyn_price", "NUMERIC", "round(80 + (i % 120) * 1.25, 2)", "" },
    { "UnitPriceMST", "msdyn_price_base", "NUMERIC", "round(88 + (i % 120) * 1.5, 2)", "" },
    { "ResourceId", "msdyn_bookableresource", "TEXT",
        "printf('%08x-b00c-4a8e-9d1f-%012x', i % 900, i % 900)", "" },
    { "ResourceOperationUnitId", "msdyn_resourceorganizationalunitid", "TEXT",
        "CASE i % 2 WHEN 0 THEN 'USPM' ELSE 'GBPM' END", "" },
    { "Voucher", "msdyn_vouchernumber", "TEXT",
        "CASE WHEN i % 5 = 0 THEN printf('PRJ-%08d', i) END", "" },
    { "ProjectDataAreaId", "msdyn_owningcompany", "TEXT",
        "CASE i % 3 WHEN 0 THEN 'USPM' WHEN 1 THEN 'GBPM' ELSE 'FRPM' END", "" },
    { "IsDuplicate", "", "TEXT", "", R"({"type": "constant", "value": "No"})" },
};

// Option sets are integers in Dataverse, money and quantities decimals, the rest text.
QString dataverseType(const Field &f)
{
    if (qstrcmp(f.dataverse, "msdyn_actualid") == 0)
        return QStringLiteral("TEXT PRIMARY KEY NOT NULL");
    if (qstrcmp(f.financeType, "NUMERIC") == 0)
        return QStringLiteral("NUMERIC");
    for (const char *optionSet : { "msdyn_adjustmentstatus", "msdyn_billingstatus",
             "msdyn_billingtype", "msdyn_transactionclassification", "msdyn_transactiontypecode",
             "msdyn_isjournalized", "statecode", "statuscode" }) {
        if (qstrcmp(f.dataverse, optionSet) == 0)
            return QStringLiteral("INTEGER");
    }
    return QStringLiteral("TEXT");
}

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql.left(120), query.lastError().text());
    return false;
}

QByteArray mapJson()
{
    QByteArray fields;
    for (const Field &f : kFields) {
        if (!fields.isEmpty())
            fields += ",\n";
        fields += "{\"finance\": \"" + QByteArray(f.finance) + "\", \"direction\": \"<\"";
        if (*f.dataverse)
            fields += ", \"dataverse\": \"" + QByteArray(f.dataverse) + "\"";
        if (*f.transform)
            fields += ", \"transform\": " + QByteArray(f.transform);
        fields += "}";
    }
    return "{\"format\": \"dwadmin-maps/1\", \"maps\": [{\"name\": \""
        + ActualsScenario::mapName().toUtf8()
        + "\", \"component\": \"actuals\", \"version\": \"1.0.0.19\", \"publisher\": \"Microsoft\","
          " \"description\": \"Integration entity for project actuals\","
          " \"dataverse\": {\"table\": \"msdyn_actual\", \"filter\": \"\"},"
          " \"finance\": {\"table\": \"ProjCDSActualsImportEntity\", \"filter\": \"\"},"
          " \"keys\": [{\"finance\": \"ActualId\", \"dataverse\": \"msdyn_actualid\"}],"
          " \"fields\": ["
        + fields + "]}]}";
}

QString financeDdl(const QString &table)
{
    QStringList columns;
    for (const Field &f : kFields)
        columns.append(
            QStringLiteral("%1 %2").arg(QLatin1String(f.finance), QLatin1String(f.financeType)));
    return QStringLiteral("CREATE TABLE %1 (%2, UNIQUE (ActualId))")
        .arg(table, columns.join(QStringLiteral(", ")));
}

// The same table on PostgreSQL, names quoted so they keep their case.
QString financeDdlPg(const QString &table)
{
    QStringList columns;
    for (const Field &f : kFields) {
        QString type = QLatin1String(f.financeType);
        type.replace(QStringLiteral("UnitOfMeasure"), pgQuote(QStringLiteral("UnitOfMeasure")));
        columns.append(pgQuote(QLatin1String(f.finance)) + u' ' + type);
    }
    return QStringLiteral("CREATE TABLE %1 (%2, UNIQUE (%3))")
        .arg(pgQuote(table), columns.join(QStringLiteral(", ")),
            pgQuote(QStringLiteral("ActualId")));
}

// Dataverse's types on PostgreSQL. The quantity is text there: the planted 'n/a' must reach the
// engine as it does from SQLite, where a NUMERIC column keeps text it cannot convert.
QString dataverseTypePg(const Field &f)
{
    if (qstrcmp(f.dataverse, "msdyn_quantity") == 0)
        return QStringLiteral("TEXT");
    return dataverseType(f);
}

bool isPostgres(const ConnectionSpec &spec)
{
    return spec.driver == QLatin1String("QPSQL");
}

// Streams the rows of a SELECT on a SQLite database into COPY … FROM STDIN on PostgreSQL, a slice
// of about a megabyte at a time, so memory stays flat in the number of rows.
bool copyRows(sqlite3 *from, const QString &select, PGconn *to, const QString &copy, QString *error)
{
    SqliteStatement statement;
    if (!statement.prepare(from, select, error))
        return false;
    PgResult started(PQexec(to, copy.toUtf8().constData()));
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN) {
        *error = QString::fromUtf8(PQerrorMessage(to));
        return false;
    }
    const int columns = statement.columnCount();
    RowBuffer row(columns);
    QByteArray data;
    bool hasRow = true;
    bool ok = true;
    while (ok) {
        if (!statement.step(&hasRow)) {
            *error = statement.errorMessage();
            ok = false;
            break;
        }
        if (hasRow) {
            row.reset(columns);
            row.appendRow();
            for (int c = 0; c < columns; ++c) {
                statement.readColumn(c, row, 0, c);
                if (c > 0)
                    data.append('\t');
                pgAppendCopyField(data, row, row.cell(0, c));
            }
            data.append('\n');
        }
        if (data.size() > (1 << 20) || (!hasRow && !data.isEmpty())) {
            ok = PQputCopyData(to, data.constData(), int(data.size())) == 1;
            data.clear();
        }
        if (!hasRow)
            break;
    }
    ok = PQputCopyEnd(to, ok ? nullptr : "the source could not be read") == 1 && ok;
    while (PGresult *raw = PQgetResult(to)) {
        PgResult result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && ok) {
            *error = QString::fromUtf8(PQresultErrorMessage(raw));
            ok = false;
        }
    }
    return ok;
}

bool copyDataverseToPg(const QString &file, const ConnectionSpec &spec, QString *error)
{
    DbConnection source;
    DbConnection target;
    if (!source.open(ConnectionSpec::sqliteFile(file), error) || !target.open(spec, error))
        return false;
    QSqlQuery query(target.database());
    QStringList columns;
    QStringList names;
    for (const Field &f : kFields) {
        if (!*f.dataverse)
            continue;
        columns.append(QLatin1String(f.dataverse) + u' ' + dataverseTypePg(f));
        names.append(QLatin1String(f.dataverse));
    }
    const QString list = names.join(QStringLiteral(", "));
    return exec(query,
               QStringLiteral("CREATE TABLE msdyn_project (msdyn_projectid TEXT PRIMARY KEY NOT "
                              "NULL, msdyn_projectnumber TEXT NOT NULL UNIQUE)"),
               error)
        && exec(query,
            QStringLiteral("CREATE TABLE msdyn_actual (%1)")
                .arg(columns.join(QStringLiteral(", "))),
            error)
        && copyRows(sqliteHandle(source.database()),
            QStringLiteral("SELECT msdyn_projectid, msdyn_projectnumber FROM msdyn_project"),
            pgHandle(target.database()), QStringLiteral("COPY msdyn_project FROM STDIN"), error)
        && copyRows(sqliteHandle(source.database()),
            QStringLiteral("SELECT %1 FROM msdyn_actual").arg(list), pgHandle(target.database()),
            QStringLiteral("COPY msdyn_actual (%1) FROM STDIN").arg(list), error)
        && exec(query, QStringLiteral("ANALYZE"), error);
}

} // namespace

QString ActualsScenario::actualId(qint64 row)
{
    return QString::asprintf("%08llx-7a11-4c0d-8e5f-%012llx", static_cast<long long>(row),
        static_cast<long long>(row * 7919));
}

QString ActualsScenario::expectedFailure(qint64 row, bool postgresTarget)
{
    if (postgresTarget && (row / 100) % 5 == 3)
        return QStringLiteral("violates check constraint");
    switch ((row / 100) % 5) {
    case 0:
        return QStringLiteral(
            "BillingType ← msdyn_billingtype: the value 192359999 has no entry in the value map");
    case 1:
        return QStringLiteral(
            "ProjectId ← msdyn_project: Unable to lookup msdyn_project with values "
            "{ffffffff-0000-4000-8000-000000000000}");
    case 2:
        return QStringLiteral("TransactionCurrencyId ← transactioncurrencyid: the value is empty, "
                              "but TransactionCurrencyId is required");
    case 3:
        return QStringLiteral("CHECK constraint failed: UnitOfMeasure <> ''");
    default:
        return QStringLiteral("Quantity ← msdyn_quantity: 'n/a' is not a number");
    }
}

bool ActualsScenario::create(const QString &directory, const Options &options, QString *error)
{
    return create(directory, options, Environments(), error);
}

bool ActualsScenario::create(const QString &directory, const Options &options,
    const Environments &environments, QString *error)
{
    const Workspace workspace(directory);
    if (!ensurePrivateDirectory(directory, error))
        return false;
    for (const char *name : { "dataverse.db", "finance.db", "workspace.db" })
        QFile::remove(workspace.filePath(QLatin1String(name)));
    {
        DbConnection dataverse;
        if (!dataverse.open(
                ConnectionSpec::sqliteFile(workspace.filePath(QStringLiteral("dataverse.db"))),
                error))
            return false;
        QSqlQuery query(dataverse.database());
        QStringList columns;
        QStringList generators;
        for (const Field &f : kFields) {
            if (!*f.dataverse)
                continue;
            columns.append(QLatin1String(f.dataverse) + u' ' + dataverseType(f));
            generators.append(QLatin1String(f.generator));
        }
        QStringList names;
        for (const Field &f : kFields) {
            if (*f.dataverse)
                names.append(QLatin1String(f.dataverse));
        }
        if (!exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), error)
            || !exec(query,
                QStringLiteral(
                    "CREATE TABLE msdyn_project (msdyn_projectid TEXT PRIMARY KEY NOT NULL,"
                    " msdyn_projectnumber TEXT NOT NULL UNIQUE)"),
                error)
            || !exec(query,
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 499)"
                    " INSERT INTO msdyn_project SELECT printf('%08x-9e37-4b1d-a5c3-%012x', i, i),"
                    " printf('PRJ-%06d', i) FROM n"),
                error)
            || !exec(query,
                QStringLiteral("CREATE TABLE msdyn_actual (%1)")
                    .arg(columns.join(QStringLiteral(", "))),
                error))
            return false;
        QString generate
            = QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                " INSERT INTO msdyn_actual (%2) SELECT %3 FROM n")
                  .arg(options.rows)
                  .arg(names.join(QStringLiteral(", ")), generators.join(QStringLiteral(", ")));
        if (!options.plantFailures)
            generate.replace(QStringLiteral("i % 100 = 37"), QStringLiteral("0"));
        if (!dataverse.database().transaction() || !exec(query, generate, error)
            || !dataverse.database().commit())
            return false;
    }
    if (isPostgres(environments.dataverse)
        && !copyDataverseToPg(
            workspace.filePath(QStringLiteral("dataverse.db")), environments.dataverse, error))
        return false;
    if (isPostgres(environments.finance)) {
        DbConnection finance;
        if (!finance.open(environments.finance, error))
            return false;
        QSqlQuery query(finance.database());
        if (!exec(query, financeDdlPg(targetTable()), error))
            return false;
    } else {
        DbConnection finance;
        if (!finance.open(
                ConnectionSpec::sqliteFile(workspace.filePath(QStringLiteral("finance.db"))),
                error))
            return false;
        QSqlQuery query(finance.database());
        if (!exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), error)
            || !exec(query, financeDdl(targetTable()), error))
            return false;
    }
    StateStore store;
    if (!store.open(workspace, error))
        return false;
    QList<TableMap> maps;
    MapStore::SaveOutcome outcome;
    return TableMapJson::read(mapJson(), &maps, error)
        && EnvironmentStore(store.database())
               .save(Side::Dataverse,
                   isPostgres(environments.dataverse)
                       ? environments.dataverse
                       : ConnectionSpec::sqliteFile(QStringLiteral("dataverse.db")),
                   error)
        && EnvironmentStore(store.database())
               .save(Side::Finance,
                   isPostgres(environments.finance)
                       ? environments.finance
                       : ConnectionSpec::sqliteFile(QStringLiteral("finance.db")),
                   error)
        && MapStore(store.database()).save(maps.constFirst(), &outcome, error);
}

bool ActualsScenario::rawCopySeconds(const QString &directory, double *seconds, QString *error)
{
    const Workspace workspace(directory);
    const QString floorFile = workspace.filePath(QStringLiteral("floor.db"));
    QFile::remove(floorFile);
    DbConnection floor;
    if (!floor.open(ConnectionSpec::sqliteFile(floorFile), error))
        return false;
    QSqlQuery query(floor.database());
    QStringList targets;
    QStringList sources;
    for (const Field &f : kFields) {
        targets.append(QLatin1String(f.finance));
        sources.append(*f.dataverse ? QString::fromLatin1(f.dataverse) : QStringLiteral("'No'"));
    }
    if (!exec(query, QStringLiteral("PRAGMA journal_mode = WAL"), error)
        || !exec(query, financeDdl(QStringLiteral("floor_copy")), error)
        || !exec(query,
            QStringLiteral("ATTACH DATABASE '%1' AS dv")
                .arg(workspace.filePath(QStringLiteral("dataverse.db"))),
            error))
        return false;
    QElapsedTimer timer;
    timer.start();
    // OR IGNORE: planted bad rows must not abort the floor's single statement.
    const bool ok = floor.database().transaction()
        && exec(query,
            QStringLiteral("INSERT OR IGNORE INTO floor_copy (%1) SELECT %2 FROM dv.msdyn_actual")
                .arg(targets.join(QStringLiteral(", ")), sources.join(QStringLiteral(", "))),
            error)
        && floor.database().commit();
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    query.finish();
    query.exec(QStringLiteral("DETACH DATABASE dv"));
    query = QSqlQuery();
    floor.close();
    QFile::remove(floorFile);
    QFile::remove(floorFile + QStringLiteral("-wal"));
    QFile::remove(floorFile + QStringLiteral("-shm"));
    return ok;
}

} // namespace dw

namespace dw {

bool ActualsScenario::rawCopySecondsPg(
    const QString &directory, const ConnectionSpec &finance, double *seconds, QString *error)
{
    const Workspace workspace(directory);
    DbConnection source;
    DbConnection target;
    if (!source.open(
            ConnectionSpec::sqliteFile(workspace.filePath(QStringLiteral("dataverse.db"))), error)
        || !target.open(finance, error))
        return false;
    QSqlQuery query(target.database());
    QStringList targets;
    QStringList sources;
    for (const Field &f : kFields) {
        targets.append(pgQuote(QLatin1String(f.finance)));
        sources.append(*f.dataverse ? QString::fromLatin1(f.dataverse) : QStringLiteral("'No'"));
    }
    if (!exec(query, financeDdlPg(QStringLiteral("floor_copy")), error))
        return false;
    QElapsedTimer timer;
    timer.start();
    const bool ok = target.database().transaction()
        && copyRows(sqliteHandle(source.database()),
            QStringLiteral("SELECT %1 FROM msdyn_actual").arg(sources.join(QStringLiteral(", "))),
            pgHandle(target.database()),
            QStringLiteral("COPY floor_copy (%1) FROM STDIN")
                .arg(targets.join(QStringLiteral(", "))),
            error)
        && target.database().commit();
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    QString ignored;
    exec(query, QStringLiteral("DROP TABLE IF EXISTS floor_copy"), &ignored);
    return ok;
}

} // namespace dw
