#include "syncstatewriter.h"

#include "pgsyncstatewriter.h"
#include "sqlitesyncstatewriter.h"

namespace dw {

std::unique_ptr<SyncStateWriter> SyncStateWriter::create(const QSqlDatabase &store, QString *error)
{
    if (sqlite3 *handle = sqliteHandle(store)) {
        auto writer = std::make_unique<SqliteSyncStateWriter>();
        return writer->prepare(handle, error) ? std::move(writer) : nullptr;
    }
    auto writer = std::make_unique<PgSyncStateWriter>(store);
    return writer->prepare(error) ? std::move(writer) : nullptr;
}

} // namespace dw
