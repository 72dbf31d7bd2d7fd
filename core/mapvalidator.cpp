#include "mapvalidator.h"

#include "odatafilter.h"
#include "tr.h"

#include <QHash>
#include <QSet>

namespace dw {

namespace {

constexpr Side kSides[] = { Side::Finance, Side::Dataverse };

Side otherSide(Side side)
{
    return side == Side::Dataverse ? Side::Finance : Side::Dataverse;
}

bool writesTo(FieldDirection direction, Side side)
{
    if (direction == FieldDirection::Both)
        return true;
    return side == (direction == FieldDirection::ToFinance ? Side::Finance : Side::Dataverse);
}

// The side a row writes to; for '=' the side its Value map targets (see the header).
Side targetSide(FieldDirection direction)
{
    return direction == FieldDirection::ToFinance ? Side::Finance : Side::Dataverse;
}

const QString &nameOn(const FieldMapping &field, Side side)
{
    return side == Side::Dataverse ? field.dataverse : field.finance;
}

const QString &nameOn(const KeyPair &key, Side side)
{
    return side == Side::Dataverse ? key.dataverse : key.finance;
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// "table.column", as the messages name a column.
QString qualified(const QString &table, const QString &column)
{
    return QStringLiteral("%1.%2").arg(table, column);
}

QString number(int index)
{
    return QString::number(index + 1); // rows and key pairs are numbered from 1 for users
}

bool hasValue(const QVariant &value)
{
    return value.isValid() && !value.isNull();
}

// Whether a value of column type `from` can be written to a column of type `to`:
//
//   from \ to  Text Integer Decimal Double Boolean DateTime Guid Binary
//   Text        ✓     r       r       r      –       r       r     –
//   Integer     ✓     ✓       ✓       ✓      ✓       –       –     –
//   Decimal     ✓     r       ✓       ✓      –       –       –     –
//   Double      ✓     r       ✓       ✓      –       –       –     –
//   Boolean     ✓     ✓       –       –      ✓       –       –     –
//   DateTime    ✓     –       –       –      –       ✓       –     –
//   Guid        ✓     –       –       –      –       –       ✓     –
//   Binary      –     –       –       –      –       –       –     ✓
//
// ✓ always converts; r converts at run time, and a value that does not parse or fit fails its
// record alone (a validation error); – is a configuration error. Text → Boolean needs a Value
// map transform, which skips this check, as do Lookup and Constant (the transform decides).
bool convertible(ColumnType from, ColumnType to)
{
    if (from == to)
        return true;
    if (from == ColumnType::Binary || to == ColumnType::Binary)
        return false;
    const auto isNumber = [](ColumnType t) {
        return t == ColumnType::Integer || t == ColumnType::Decimal || t == ColumnType::Double;
    };
    if (to == ColumnType::Text)
        return true;
    if (from == ColumnType::Text)
        return to != ColumnType::Boolean;
    if (isNumber(from) && isNumber(to))
        return true;
    return (from == ColumnType::Boolean && to == ColumnType::Integer)
        || (from == ColumnType::Integer && to == ColumnType::Boolean);
}

// Runs the checks of one map and collects the issues.
class Checker
{
public:
    Checker(const TableMap &map, const SchemaSnapshot &schemas)
        : m_map(map)
        , m_schemas(schemas)
    { }

    QList<ValidationIssue> run()
    {
        checkTables();
        checkKeys();
        for (int i = 0; i < static_cast<int>(m_map.fields.size()); ++i)
            checkField(i);
        checkDuplicateTargets();
        checkRequiredTargets();
        for (Side side : kSides)
            checkFilter(side);
        return m_issues;
    }

private:
    const QString &tableName(Side side) const { return m_map.side(side).table; }
    const TableDefinition *table(Side side) const { return m_tables[static_cast<int>(side)]; }

    // False only when the table is known and lacks the column: an unknown table has been
    // reported already and its columns are not reported again.
    bool columnKnownOrUnknowable(Side side, const QString &column) const
    {
        return !table(side) || table(side)->column(column);
    }

    ValidationIssue &add(
        const char *code, const QString &message, Side side, int field = -1, int key = -1)
    {
        ValidationIssue issue;
        issue.code = QString::fromLatin1(code);
        issue.message = message;
        issue.side = side;
        issue.fieldIndex = field;
        issue.keyIndex = key;
        m_issues.append(issue);
        return m_issues.last();
    }

    void checkTables()
    {
        for (Side side : kSides) {
            const TableDefinition *found = m_schemas.table(side, tableName(side));
            m_tables[static_cast<int>(side)] = found;
            if (!found) {
                add("DW201",
                    Tr::tr("Map '%1': the %2 table '%3' does not exist; correct the name or "
                           "refresh the schema (like dual-write DIPV1018 and DIPV1020).")
                        .arg(m_map.name, sideName(side), tableName(side)),
                    side);
            }
        }
    }

    void checkKeys()
    {
        if (m_map.keys.isEmpty()) {
            add("DW101",
                Tr::tr("Map '%1' has no integration key: add a pair of key fields for Finance "
                       "table '%2' and Dataverse table '%3' (like dual-write DIPV1003).")
                    .arg(m_map.name, tableName(Side::Finance), tableName(Side::Dataverse)),
                Side::Dataverse);
            return;
        }
        const bool twoWay = m_map.direction() == MapDirection::TwoWay;
        for (int k = 0; k < static_cast<int>(m_map.keys.size()); ++k) {
            const KeyPair &key = m_map.keys.at(k);
            bool complete = true;
            bool known = true;
            for (Side side : kSides) {
                const QString &column = nameOn(key, side);
                if (column.isEmpty()) {
                    complete = false;
                    add("DW102",
                        Tr::tr("Map '%1': integration key pair %2 names no %3 column of table "
                               "'%4'.")
                            .arg(m_map.name, number(k), sideName(side), tableName(side)),
                        side, -1, k);
                } else if (!columnKnownOrUnknowable(side, column)) {
                    known = false;
                    add("DW202",
                        Tr::tr("Map '%1': integration key pair %2 names the %3 column '%4', "
                               "which does not exist (like dual-write DIPV1025).")
                            .arg(m_map.name, number(k), sideName(side),
                                qualified(tableName(side), column)),
                        side, -1, k);
                }
            }
            if (complete && known)
                checkKeyMapped(k, twoWay);
        }
    }

    void checkKeyMapped(int k, bool twoWay)
    {
        const KeyPair &key = m_map.keys.at(k);
        int firstMatch = -1;
        for (int i = 0; i < static_cast<int>(m_map.fields.size()); ++i) {
            const FieldMapping &field = m_map.fields.at(i);
            if (!sameName(field.finance, key.finance) || !sameName(field.dataverse, key.dataverse))
                continue;
            if (field.direction == FieldDirection::Both || !twoWay)
                return;
            if (firstMatch < 0)
                firstMatch = i;
        }
        const QString finance = qualified(tableName(Side::Finance), key.finance);
        const QString dataverse = qualified(tableName(Side::Dataverse), key.dataverse);
        if (firstMatch < 0) {
            add("DW103",
                Tr::tr("Map '%1': integration key pair %2 (Finance column '%3', Dataverse "
                       "column '%4') is not mapped by any field mapping; map these two columns "
                       "to each other (like dual-write DIPV1014).")
                    .arg(m_map.name, number(k), finance, dataverse),
                Side::Dataverse, -1, k);
            return;
        }
        const FieldMapping &field = m_map.fields.at(firstMatch);
        add("DW104",
            Tr::tr("Map '%1' syncs both ways, but field mapping %2 of integration key pair %3 "
                   "(Finance column '%4' %5 Dataverse column '%6') is one-way; key fields must "
                   "be mapped with '=' (like dual-write DIPV1004).")
                .arg(m_map.name, number(firstMatch), number(k), finance,
                    directionSymbol(field.direction), dataverse),
            otherSide(targetSide(field.direction)), firstMatch, k);
    }

    // DW105/DW106; false when the row is too incomplete for further checks.
    bool checkFieldComplete(int i)
    {
        const FieldMapping &field = m_map.fields.at(i);
        if (field.finance.isEmpty() && field.dataverse.isEmpty()) {
            add("DW105",
                Tr::tr("Map '%1': field mapping %2 names neither a Finance column (table '%3') "
                       "nor a Dataverse column (table '%4').")
                    .arg(m_map.name, number(i), tableName(Side::Finance),
                        tableName(Side::Dataverse)),
                Side::Dataverse, i);
            return false;
        }
        if (field.direction == FieldDirection::Both) {
            for (Side side : kSides) {
                if (nameOn(field, side).isEmpty()) {
                    add("DW106",
                        Tr::tr("Map '%1': field mapping %2 syncs both ways but names no %3 "
                               "column of table '%4'.")
                            .arg(m_map.name, number(i), sideName(side), tableName(side)),
                        side, i);
                    return false;
                }
            }
            return true;
        }
        const Side target = targetSide(field.direction);
        const Side source = otherSide(target);
        if (nameOn(field, target).isEmpty()) {
            add("DW106",
                Tr::tr("Map '%1': field mapping %2 writes to the %3 table '%4' but names no "
                       "column there.")
                    .arg(m_map.name, number(i), sideName(target), tableName(target)),
                target, i);
            return false;
        }
        const Transform::Type type = field.transform.type;
        if (nameOn(field, source).isEmpty() && type != Transform::Type::Default
            && type != Transform::Type::Constant) {
            add("DW106",
                Tr::tr("Map '%1': field mapping %2 names no %3 source column of table '%4' for "
                       "the %5 column '%6'; a mapping without a source needs a Default or "
                       "Constant transform (like dual-write DIPV1021).")
                    .arg(m_map.name, number(i), sideName(source), tableName(source),
                        sideName(target), qualified(tableName(target), nameOn(field, target))),
                source, i);
        }
        return true;
    }

    void checkField(int i)
    {
        if (!checkFieldComplete(i))
            return;
        const FieldMapping &field = m_map.fields.at(i);
        bool columnsKnown = true;
        for (Side side : kSides) {
            const QString &column = nameOn(field, side);
            if (column.isEmpty())
                continue;
            if (!table(side) || !table(side)->column(column))
                columnsKnown = false;
            if (!columnKnownOrUnknowable(side, column)) {
                add("DW202",
                    Tr::tr("Map '%1': field mapping %2 names the %3 column '%4', which does not "
                           "exist (like dual-write DIPV1022 and DIPV1025).")
                        .arg(m_map.name, number(i), sideName(side),
                            qualified(tableName(side), column)),
                    side, i);
            }
        }
        switch (field.transform.type) {
        case Transform::Type::ValueMap:
            checkValueMap(i);
            break;
        case Transform::Type::Lookup:
            checkLookup(i);
            break;
        case Transform::Type::Default:
        case Transform::Type::Constant:
            checkTransformValue(i);
            break;
        case Transform::Type::None:
            break;
        }
        const Transform::Type type = field.transform.type;
        if (columnsKnown && (type == Transform::Type::None || type == Transform::Type::Default))
            checkTypes(i);
    }

    void checkValueMap(int i)
    {
        const FieldMapping &field = m_map.fields.at(i);
        const Side target = targetSide(field.direction);
        const Side source = otherSide(target);
        const QString sourceColumn = qualified(tableName(source), nameOn(field, source));
        const QString targetColumn = qualified(tableName(target), nameOn(field, target));
        const QList<QPair<QString, QString>> &entries = field.transform.valueMap;
        if (entries.isEmpty()) {
            add("DW301",
                Tr::tr("Map '%1': the Value map transform of field mapping %2 (%3 column '%4' to "
                       "%5 column '%6') has no entries, so every value would fail.")
                    .arg(m_map.name, number(i), sideName(source), sourceColumn, sideName(target),
                        targetColumn),
                target, i);
            return;
        }
        QSet<QString> sources;
        QSet<QString> targets;
        QSet<QString> reported;
        bool reversible = true;
        for (const auto &[from, to] : entries) {
            if (sources.contains(from) && !reported.contains(from)) {
                reported.insert(from);
                add("DW302",
                    Tr::tr("Map '%1': the Value map transform of field mapping %2 (%3 column "
                           "'%4') lists the source value '%5' more than once (like dual-write "
                           "DIPV1029).")
                        .arg(m_map.name, number(i), sideName(source), sourceColumn, from),
                    target, i);
            }
            sources.insert(from);
            if (targets.contains(to) && reversible && field.direction == FieldDirection::Both) {
                reversible = false;
                add("DW303",
                    Tr::tr("Map '%1': field mapping %2 syncs both ways, but its Value map "
                           "transform maps more than one value to '%3', so the %4 column '%5' "
                           "cannot be mapped back to the %6 column '%7'.")
                        .arg(m_map.name, number(i), to, sideName(target), targetColumn,
                            sideName(source), sourceColumn),
                    target, i);
            }
            targets.insert(to);
        }
    }

    void checkLookup(int i)
    {
        const FieldMapping &field = m_map.fields.at(i);
        const Transform &t = field.transform;
        if (field.direction == FieldDirection::Both) {
            add("DW306",
                Tr::tr("Map '%1': field mapping %2 (Finance column '%3' = Dataverse column "
                       "'%4') syncs both ways, but a Lookup transform resolves values in one "
                       "direction only; use one-way field mappings.")
                    .arg(m_map.name, number(i), qualified(tableName(Side::Finance), field.finance),
                        qualified(tableName(Side::Dataverse), field.dataverse)),
                Side::Dataverse, i);
            return;
        }
        // The lookup table lives in the environment the value comes from.
        const Side source = otherSide(targetSide(field.direction));
        const QString sourceColumn = qualified(tableName(source), nameOn(field, source));
        if (t.lookupTable.isEmpty()) {
            add("DW304",
                Tr::tr("Map '%1': the Lookup transform of field mapping %2 (%3 column '%4') "
                       "names no lookup table.")
                    .arg(m_map.name, number(i), sideName(source), sourceColumn),
                source, i);
            return;
        }
        if (t.lookupKey.isEmpty()) {
            add("DW304",
                Tr::tr("Map '%1': the Lookup transform of field mapping %2 (%3 column '%4') "
                       "names no key column of the lookup table '%5'.")
                    .arg(m_map.name, number(i), sideName(source), sourceColumn, t.lookupTable),
                source, i);
        }
        if (t.lookupValue.isEmpty()) {
            add("DW304",
                Tr::tr("Map '%1': the Lookup transform of field mapping %2 (%3 column '%4') "
                       "names no value column of the lookup table '%5'.")
                    .arg(m_map.name, number(i), sideName(source), sourceColumn, t.lookupTable),
                source, i);
        }
        const TableDefinition *lookup = m_schemas.table(source, t.lookupTable);
        if (!lookup) {
            add("DW201",
                Tr::tr("Map '%1': the Lookup transform of field mapping %2 names the %3 table "
                       "'%4', which does not exist (like dual-write DIPV1018).")
                    .arg(m_map.name, number(i), sideName(source), t.lookupTable),
                source, i);
            return;
        }
        if (!t.lookupKey.isEmpty() && !lookup->column(t.lookupKey)) {
            add("DW202",
                Tr::tr("Map '%1': the Lookup transform of field mapping %2 names the key column "
                       "'%3', which the %4 table '%5' does not have.")
                    .arg(m_map.name, number(i), t.lookupKey, sideName(source), t.lookupTable),
                source, i);
        }
        if (!t.lookupValue.isEmpty() && !lookup->column(t.lookupValue)) {
            add("DW202",
                Tr::tr("Map '%1': the Lookup transform of field mapping %2 names the value "
                       "column '%3', which the %4 table '%5' does not have.")
                    .arg(m_map.name, number(i), t.lookupValue, sideName(source), t.lookupTable),
                source, i);
        }
    }

    // A Default or Constant without value writes NULL, which a NOT NULL target rejects.
    void checkTransformValue(int i)
    {
        const FieldMapping &field = m_map.fields.at(i);
        if (hasValue(field.transform.value))
            return;
        for (Side side : kSides) {
            if (!writesTo(field.direction, side) || !table(side))
                continue;
            const ColumnDefinition *column = table(side)->column(nameOn(field, side));
            if (!column || column->nullable)
                continue;
            const QString target = qualified(tableName(side), column->name);
            const QString message = field.transform.type == Transform::Type::Constant
                ? Tr::tr("Map '%1': the Constant transform of field mapping %2 has no value, "
                         "but the %3 column '%4' is required (NOT NULL).")
                      .arg(m_map.name, number(i), sideName(side), target)
                : Tr::tr("Map '%1': the Default transform of field mapping %2 has no value, "
                         "but the %3 column '%4' is required (NOT NULL) (like dual-write "
                         "DIPV1031).")
                      .arg(m_map.name, number(i), sideName(side), target);
            add("DW305", message, side, i);
        }
    }

    // Checks each direction the row copies values in; reports the first that cannot convert.
    void checkTypes(int i)
    {
        const FieldMapping &field = m_map.fields.at(i);
        for (Side target : { Side::Dataverse, Side::Finance }) {
            if (!writesTo(field.direction, target))
                continue;
            const Side source = otherSide(target);
            if (nameOn(field, source).isEmpty())
                continue; // Default transform only: no source value to convert
            const ColumnDefinition *from = table(source)->column(nameOn(field, source));
            const ColumnDefinition *to = table(target)->column(nameOn(field, target));
            if (convertible(from->type, to->type))
                continue;
            add("DW204",
                Tr::tr("Map '%1': field mapping %2 copies the %3 column '%4' (%5) to the %6 "
                       "column '%7' (%8), which cannot be converted; use a Value map transform "
                       "or another column (like dual-write DIPV1030).")
                    .arg(m_map.name, number(i), sideName(source),
                        qualified(tableName(source), from->name), columnTypeId(from->type),
                        sideName(target), qualified(tableName(target), to->name),
                        columnTypeId(to->type)),
                target, i);
            return;
        }
    }

    void checkDuplicateTargets()
    {
        for (Side side : kSides) {
            QHash<QString, int> firstWriter; // case-folded column → first row writing it
            for (int i = 0; i < static_cast<int>(m_map.fields.size()); ++i) {
                const FieldMapping &field = m_map.fields.at(i);
                const QString &column = nameOn(field, side);
                if (column.isEmpty() || !writesTo(field.direction, side))
                    continue;
                const QString folded = column.toCaseFolded();
                const auto it = firstWriter.constFind(folded);
                if (it == firstWriter.constEnd()) {
                    firstWriter.insert(folded, i);
                    continue;
                }
                add("DW107",
                    Tr::tr("Map '%1': the %2 column '%3' is written by field mappings %4 and %5 "
                           "(like dual-write DIPV1026).")
                        .arg(m_map.name, sideName(side), qualified(tableName(side), column),
                            number(it.value()), number(i)),
                    side, i);
            }
        }
    }

    void checkRequiredTargets()
    {
        for (Side side : kSides) {
            QSet<QString> written;
            bool writesSide = false;
            for (const FieldMapping &field : m_map.fields) {
                if (!writesTo(field.direction, side))
                    continue;
                writesSide = true;
                written.insert(nameOn(field, side).toCaseFolded());
            }
            if (!writesSide || !table(side))
                continue;
            for (const ColumnDefinition &column : table(side)->columns) {
                if (column.nullable || column.hasDefault
                    || written.contains(column.name.toCaseFolded()))
                    continue;
                add("DW203",
                    Tr::tr("Map '%1' writes to the %2 table '%3', but no field mapping writes "
                           "its required column '%4' (NOT NULL without a default); map it or "
                           "give it a Default or Constant transform (like dual-write DIPV1010 "
                           "and DIPV1031).")
                        .arg(m_map.name, sideName(side), tableName(side), column.name),
                    side);
            }
        }
    }

    void checkFilter(Side side)
    {
        const QString &text = m_map.side(side).filter;
        if (text.trimmed().isEmpty())
            return;
        ODataFilter filter;
        QString error;
        int position = -1;
        if (!ODataFilter::parse(text, &filter, &error, &position)) {
            ValidationIssue &issue = add("DW401",
                Tr::tr("Map '%1': the %2 source filter on table '%3' is not valid: %4 (like "
                       "dual-write DIPV1012)")
                    .arg(m_map.name, sideName(side), tableName(side), error),
                side);
            issue.filterPosition = position;
            return;
        }
        if (!table(side))
            return;
        for (const QString &column : filter.columns()) {
            if (table(side)->column(column))
                continue;
            add("DW402",
                Tr::tr("Map '%1': the %2 source filter names the column '%3', which the table "
                       "'%4' does not have.")
                    .arg(m_map.name, sideName(side), column, tableName(side)),
                side);
        }
    }

    const TableMap &m_map;
    const SchemaSnapshot &m_schemas;
    const TableDefinition *m_tables[2] = { nullptr, nullptr }; // indexed by Side
    QList<ValidationIssue> m_issues;
};

} // namespace

QList<ValidationIssue> MapValidator::validate(
    const TableMap &map, const SchemaSnapshot &schemas, const QStringList &allMapNames)
{
    QList<ValidationIssue> issues = Checker(map, schemas).run();
    checkDependenciesExist(map, allMapNames, &issues);
    return issues;
}

} // namespace dw
