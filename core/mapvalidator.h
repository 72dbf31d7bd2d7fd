#pragma once

#include "schemasnapshot.h"
#include "tablemap.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dw {

// One problem found in a table map. Codes are stable: they appear in the GUI, the CLI and
// support notes, so a code is never renumbered or reused; a new check gets a new code.
//
// | code  | meaning                                                              | side |
// |-------|----------------------------------------------------------------------|-----------------|
// | DW101 | the map has no integration key (no key pair)                          | – | | DW102 | a
// key pair names no column on one side                               | that side       | | DW103 |
// a key pair is not mapped by a field row with both of its columns      | –               | | DW104
// | two-way map: the field row mapping a key pair is not '='             | side not written| |
// DW105 | a field row names neither a Finance nor a Dataverse column           | –               |
// | DW106 | a field row lacks a column it needs: the target of a one-way row,    | side missing |
// |       | either side of a '=' row, or the source of a row without Default or  | | |       |
// Constant transform                                                   |                 | | DW107
// | two field rows write the same target column                          | target          | |
// DW201 | unknown table: the map's table, or a Lookup transform's table         | table's side    |
// | DW202 | unknown column: field row, key pair, Lookup key or value column       | column's side |
// | DW203 | a required target column (NOT NULL, no default) is written by no row  | target | |
// DW204 | source and target column types cannot convert (matrix in the .cpp)    | target          |
// | DW301 | Value map transform without entries                                  | target | | DW302
// | Value map transform lists a source value twice                       | target          | |
// DW303 | Value map on a '=' row maps two source values to one target value    | target          |
// | DW304 | Lookup transform without table, key column or value column           | lookup's side |
// | DW305 | Default or Constant transform without value for a NOT NULL target     | target | |
// DW306 | Lookup transform on a '=' row (a lookup resolves one way only)        | Dataverse       |
// | DW401 | source filter does not parse (filterPosition is set)                 | filter's side |
// | DW402 | source filter names a column its table does not have                 | filter's side |
// | DW501 | dependency on a map that does not exist                              | – | | DW502 |
// maps depend on each other in a cycle (a map on itself included)      | –               |
//
// "target" is the side a field row writes to; for a '=' row, whose Value map reads Finance
// values as its source (the '>' direction, as dual-write lists Finance on the left), it is
// Dataverse. Where a dual-write DIPV code covers the same case the message names it.
struct ValidationIssue
{
    QString code; // stable, see the table above
    QString message; // translated; names the map, side, table and column as applicable
    int fieldIndex = -1; // index into TableMap::fields when the issue belongs to one field row
    int keyIndex = -1; // index into TableMap::keys when it belongs to one key pair
    int filterPosition = -1; // 0-based character position of a filter syntax error
    Side side = Side::Dataverse; // the side concerned, where meaningful
};

// Checks table maps before any run, so a configuration error stops a map before it touches
// data (DESIGN 4: "configuration" errors). Pure functions over values: stateless, thread-safe,
// no database access; the schemas come from a SchemaSnapshot taken beforehand. Every check
// runs and every problem is reported, in the order of the map's key pairs, field rows and
// sides; an unknown table or column suppresses only the checks that need it.
class MapValidator
{
public:
    // Checks one map against both schemas and the names of all maps of the workspace (for
    // its dependencies). Map names match exactly; table and column names case-insensitively.
    static QList<ValidationIssue> validate(
        const TableMap &map, const SchemaSnapshot &schemas, const QStringList &allMapNames);

    // Checks the dependency graph of a set of maps: dependencies on maps not in the set
    // (DW501) and cycles (DW502, each once, listed in dependency order from the map that comes
    // first in `maps`: "A → B → C → A" when A depends on B). Every cyclic group of maps yields
    // at least one DW502; cycles sharing maps with one already reported may be left out.
    static QList<ValidationIssue> validateDependencies(const QList<TableMap> &maps);

    // Maps in dependency order: dependencies first, ties broken by the order of `maps`.
    // Dependencies on maps outside `maps` are ignored, so a subset can be ordered for a run.
    // On a cycle returns false and sets *error to a translated message naming the cycle;
    // *ordered is assigned only on success. Either pointer may be null.
    static bool dependencyOrder(
        const QList<TableMap> &maps, QList<TableMap> *ordered, QString *error);

private:
    // DW501 for each dependency of `map` missing from `mapNames`, once per name.
    static void checkDependenciesExist(
        const TableMap &map, const QStringList &mapNames, QList<ValidationIssue> *issues);
};

} // namespace dw
