#pragma once

#include "connectionspec.h"

#include <QString>

namespace dw {

// A workspace with one large, realistic map: Project Operations integration actuals, Dataverse
// msdyn_actual → Finance ProjCDSActualsImportEntity, the 40 fields of the CDM entity with value
// maps, a project lookup and a constant. Used by dwadmin-bench and by the tests that need
// volume (crash recovery, per-record failures). Rows are generated inside SQLite, so creating
// a million of them costs no client memory and is the same for the same options every time.
//
// With `plantFailures`, one row in a hundred is bad, in rotation: an unknown billing type
// (value map miss), a project that does not exist (lookup miss), a missing currency (required
// field empty), an empty unit (Finance CHECK constraint) and a quantity that is no number.
//
// Either environment may be a PostgreSQL database (QPSQL spec): the Finance table is created
// there, and Dataverse's rows, generated in SQLite as always, are copied there by COPY.
class ActualsScenario
{
public:
    struct Options
    {
        qint64 rows = 1000;
        bool plantFailures = false;
    };
    // Where the environments live; QSQLITE (the default) means a file in the workspace.
    struct Environments
    {
        ConnectionSpec dataverse;
        ConnectionSpec finance;
    };

    static bool create(const QString &directory, const Options &options, QString *error);
    static bool create(const QString &directory, const Options &options,
        const Environments &environments, QString *error);
    static QString mapName() { return QStringLiteral("Project Operations integration actuals"); }
    static QString sourceTable() { return QStringLiteral("msdyn_actual"); }
    static QString targetTable() { return QStringLiteral("ProjCDSActualsImportEntity"); }

    // Planted failures among rows 1..rows: which row numbers fail, and the message fragment each
    // kind produces. Row n has msdyn_actualid actualId(n).
    static bool isPlantedFailure(qint64 row) { return row % 100 == 37; }
    static QString expectedFailure(qint64 row, bool postgresTarget = false);
    static QString actualId(qint64 row);

    // The raw floor the benchmark compares with: the same rows copied by one INSERT … SELECT
    // from the Dataverse file into an empty copy of the Finance table, in seconds.
    static bool rawCopySeconds(const QString &directory, double *seconds, QString *error);
    // The floor for a PostgreSQL Finance: the same rows read from the Dataverse file and loaded
    // by one COPY into an empty copy of the Finance table on `finance`, in seconds.
    static bool rawCopySecondsPg(
        const QString &directory, const ConnectionSpec &finance, double *seconds, QString *error);
};

} // namespace dw
