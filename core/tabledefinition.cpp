#include "tabledefinition.h"

namespace dw {

namespace {
constexpr const char *kTypeIds[]
    = { "text", "integer", "decimal", "double", "boolean", "dateTime", "guid", "binary" };
}

QString columnTypeId(ColumnType type)
{
    return QString::fromLatin1(kTypeIds[static_cast<int>(type)]);
}

bool columnTypeFromId(const QString &id, ColumnType *type)
{
    for (int i = 0; i < 8; ++i) {
        if (id == QLatin1String(kTypeIds[i])) {
            *type = static_cast<ColumnType>(i);
            return true;
        }
    }
    return false;
}

const ColumnDefinition *TableDefinition::column(const QString &columnName) const
{
    for (const ColumnDefinition &c : columns) {
        if (c.name.compare(columnName, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

} // namespace dw
