#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dw {

// The few places where SQLite and PostgreSQL differ in DDL. Migrations are written once with
// placeholders (${ID}, ${BLOB}, ${BIGINT}, ${WITHOUT_ROWID}) and expanded for the connection's
// driver.
enum class SqlDialect { Sqlite, Postgres };

SqlDialect dialectOf(const QSqlDatabase &db);
QString expandDialect(QString sql, SqlDialect dialect);

} // namespace dw
