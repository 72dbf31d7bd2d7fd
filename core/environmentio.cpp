#include "pgsourcereader.h"
#include "pgtablewriter.h"
#include "sqlitesourcereader.h"
#include "sqlitetablewriter.h"

// The engine reaches an environment through SourceReader and TableWriter; which implementation
// serves a connection follows from its driver alone.
namespace dw {

std::unique_ptr<SourceReader> makeSourceReader(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteHandle(db))
        return std::make_unique<SqliteSourceReader>(handle);
    if (PGconn *conn = pgHandle(db))
        return std::make_unique<PgSourceReader>(conn);
    return nullptr;
}

std::unique_ptr<TableWriter> makeTableWriter(const QSqlDatabase &db)
{
    if (sqlite3 *handle = sqliteHandle(db))
        return std::make_unique<SqliteTableWriter>(handle);
    if (PGconn *conn = pgHandle(db))
        return std::make_unique<PgTableWriter>(conn);
    return nullptr;
}

} // namespace dw
