#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace dw {

// Fills the two demo environments with a Project Operations firm and its Finance books, from the
// SQL recipes in resources/demo (reference.sql, finance-data.sql, dataverse-data.sql): the rows
// are generated inside SQLite by recursive queries, so memory stays flat at any scale. Scale 1 is
// a small firm (3 legal entities, 50 projects, 10,000 actuals); the counts grow linearly.
//
// Both sides share the ids of what they both know (a project's GUID, a unit's Dataverse id) by
// computing them with the same function, demo_guid(kind, n), and a small share of the records
// plants the failure causes of DOMAIN 8 (listed in the recipes). Deterministic: the same scale
// always gives the same rows. Works on the caller's thread; the environments must exist with
// their tables and be empty.
class DemoData
{
public:
    explicit DemoData(int scale);

    bool fill(const QString &dataversePath, const QString &financePath, QString *error);

    int scale() const { return m_scale; }
    int projectCount() const { return 50 * m_scale; }
    static int tasksPerProject() { return 6; }
    qint64 actualCount() const { return 10000LL * m_scale; }

    // The id demo_guid(kind, n) gives: a version 4 GUID in lowercase text form, the same for the
    // same arguments.
    static QString guid(int kind, qint64 n);
    // Makes demo_guid(kind, n) available to SQL on `db`.
    static bool registerGuidFunction(sqlite3 *db, QString *error);

private:
    int m_scale;
};

} // namespace dw
