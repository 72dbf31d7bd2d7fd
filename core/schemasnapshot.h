#pragma once

#include "tabledefinition.h"
#include "tablemap.h"

#include <QHash>
#include <QString>

namespace dw {

// The tables of both environments as introspected, looked up by side and table name. Like
// SchemaInspector::table(), a name matches exactly first, else case-insensitively, because
// Finance (PascalCase) and Dataverse (lower case) spell identifiers differently and both SQL
// back ends ignore the case of unquoted names. A plain value, safe to copy to another thread;
// pointers returned by table() stay valid until the next add().
class SchemaSnapshot
{
public:
    // Adds `table` to the tables of `side`, replacing a table of the same name.
    void add(Side side, const TableDefinition &table);
    // The table called `name` on `side`, or nullptr when the environment has no such table.
    const TableDefinition *table(Side side, const QString &name) const;

private:
    struct Tables
    {
        QHash<QString, TableDefinition> byName;
        QHash<QString, QString> nameByFolded; // case-folded name → first name added with it
    };

    Tables m_tables[2]; // indexed by Side
};

} // namespace dw
