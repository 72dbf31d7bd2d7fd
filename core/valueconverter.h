#pragma once

#include "rowbuffer.h"
#include "tabledefinition.h"

#include <QString>

namespace dw {

// Converts an engine value (Cell) to the storage a target column expects, as the sync engine
// writes it. This runs once per mapped value, so it works on the UTF-8 bytes with hand-written
// checks: no QString, QVariant or QDateTime on the success path, and no allocation when a value
// passes through unchanged (with `to` == `from` the result even shares the source's bytes).
// Stateless and thread-safe; the buffers belong to the caller.
//
// Errors are per value: convert() returns false, leaves the target cell as it was and gives the
// cause as one translated sentence that quotes the value (at most 60 characters) and names the
// column type. The caller adds map, record and field.
//
// Conversion matrix, target column type (rows) by source storage class (columns). NULL stays
// NULL for every target; NOT NULL is the caller's business. NaN and ±infinity are an error for
// every target. "trim" = surrounding spaces, tabs and line breaks are dropped.
//
//          | Integer         | Real                 | Text                              | Blob
// ---------+-----------------+----------------------+-----------------------------------+---------
// Text     | decimal text    | shortest text that   | as is; must be valid UTF-8        | error
//          |                 | reads back the same  | without NUL (PostgreSQL refuses   |
//          |                 | value (-0 → "0")     | it)                               |
//          | maxLength > 0 limits every Text result, counted in characters (code points)
// Integer  | as is           | integral, in qint64  | trim, [+-]digits → Integer;       | error
//          |                 | range → Integer      | overflow, "12.5", "true" → error  |
// Decimal  | as is           | as is                | trim, [+-]digits[.digits][e[+-]n] | error
//          |                 |                      | → Text without '+' (exact digits  |
//          |                 |                      | kept; both databases convert it); |
//          |                 |                      | "12,5" → error, never guessed;    |
//          |                 |                      | an exponent beyond ±1000 → error  |
// Double   | → Real          | as is                | decimal number (as for Decimal)   | error
//          |                 |                      | → Real, C locale always           |
// Boolean  | 0, 1 as is      | 0.0, 1.0 → 0, 1      | trim, true/false/1/0 in any case  | error
//          |                 |                      | → Integer 1/0                     |
// DateTime | error (no epoch | error                | ISO 8601, see below → Text        | error
//          | guessing)       |                      |                                   |
// Guid     | error           | error                | trim, optional {}, 32 hex digits  | 16 bytes
//          |                 |                      | plain or 8-4-4-4-12 → lowercase   | (RFC 4122
//          |                 |                      | 8-4-4-4-12 Text                   | order) →
//          |                 |                      |                                   | GUID Text
// Binary   | error           | error                | error                             | as is
//
// Booleans leave as Integer 0/1 because the engine binds them that way for both databases: SQLite
// stores 0/1 and the PostgreSQL binding turns them into boolean later.
//
// DateTime text (trimmed): YYYY-MM-DD, optionally followed by 'T' or ' ' and HH:MM, HH:MM:SS or
// HH:MM:SS.f (1-9 fraction digits), then optionally Z or ±HH:MM (±HH and ±HHMM, as PostgreSQL
// prints offsets, are accepted too). Written as Text with 'T', 'Z' and ±HH:MM. Checked: year
// 1-9999, month 1-12, the day exists (leap years included), hour 0-23, minute 0-59, second 0-60
// (leap second), offset hour 0-23 and minute 0-59.
class ValueConverter
{
public:
    // Converts `in`, a cell of `from`, for `target` and writes it to (row, column) of `to`, which
    // may be `from` itself, even the very cell `in`. On failure returns false, writes nothing and
    // sets *error (when given).
    static bool convert(const RowBuffer &from, const Cell &in, const ColumnDefinition &target,
        RowBuffer &to, int row, int column, QString *error);

    // What a column of `type` holds, for messages: "text", "whole numbers", "decimals", …
    static QString typeName(ColumnType type);
};

} // namespace dw
