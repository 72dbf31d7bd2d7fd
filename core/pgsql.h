#pragma once

#include "errorclass.h"
#include "rowbuffer.h"

#include <QSqlDatabase>
#include <QVariant>
#include <memory>
#include <vector>

typedef struct pg_conn PGconn;
typedef struct pg_result PGresult;

namespace dw {

// The libpq connection behind a QPSQL connection, for the engine's bulk paths (COPY, batched
// upserts). The QSqlDatabase keeps ownership; nullptr when the connection is not PostgreSQL.
// Use on the connection's thread only, and never while a QSqlQuery on it is mid-result.
PGconn *pgHandle(const QSqlDatabase &db);

// An identifier quoted for PostgreSQL SQL ("Name", inner quotes doubled), so mixed case and
// non-Latin names reach the server exactly as written.
QString pgQuote(const QString &identifier);

// Replaces the '?' placeholders of `sql` (outside quoted identifiers) by $first, $first+1, …
QString pgNumberPlaceholders(const QString &sql, int first, int *next = nullptr);

struct PgResultDeleter
{
    void operator()(PGresult *result) const;
};
using PgResult = std::unique_ptr<PGresult, PgResultDeleter>;

// Statement parameters in PostgreSQL's text format, taken from cells without QVariant; the
// server infers each parameter's type from where it is used.
class PgParams
{
public:
    void clear();
    void addNull();
    void addInteger(qint64 value);
    void addCell(const RowBuffer &buffer, const Cell &cell);
    // Compiled filter values: few per statement, not per row.
    void addVariant(const QVariant &value);

    int count() const { return int(m_offsets.size()); }
    const char *const *values() const;

private:
    QByteArray m_arena;
    QList<qsizetype> m_offsets; // -1: NULL
    mutable std::vector<const char *> m_pointers;
};

// A failed statement: the server's message, its SQLSTATE and the class DESIGN §4 gives it.
struct PgError
{
    QString message;
    QByteArray sqlState;
    ErrorClass errorClass = ErrorClass::None;
};

// Runs one statement; null with *error filled when it did not succeed.
PgResult pgExec(PGconn *conn, const QByteArray &sql, const PgParams *params, PgError *error);
bool pgCommand(PGconn *conn, const QByteArray &sql, PgError *error);

// Streams `data` (COPY text format, one line per row) into a COPY … FROM STDIN statement.
bool pgCopyIn(PGconn *conn, const QByteArray &copySql, const QByteArray &data, PgError *error);

// Reads a text-format result value as the engine's storage classes: integers and booleans as
// Integer, floating point as Real, bytea as Blob, everything else (numeric keeps its exact
// digits, dates, uuids, text) as Text.
void pgReadCell(
    const PGresult *result, int row, int column, RowBuffer &into, int intoRow, int intoColumn);

// Appends a cell as one COPY text-format field (\N for NULL, backslash escapes).
void pgAppendCopyField(QByteArray &out, const RowBuffer &buffer, const Cell &cell);

} // namespace dw
