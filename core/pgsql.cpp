#include "pgsql.h"

#include "tr.h"

#include <QSqlDriver>
#include <charconv>
#include <libpq-fe.h>

namespace dw {

namespace {

// Type OIDs of the built-in types the engine reads specially (pg_type.dat; fixed forever).
constexpr Oid kBool = 16;
constexpr Oid kBytea = 17;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kOid = 26;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;

void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void appendReal(QByteArray &out, double value)
{
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void appendHex(QByteArray &out, QByteArrayView bytes)
{
    static const char hex[] = "0123456789abcdef";
    for (char c : bytes) {
        out.append(hex[(uchar(c) >> 4) & 0xf]);
        out.append(hex[uchar(c) & 0xf]);
    }
}

ErrorClass classify(const QByteArray &state, bool connectionBad)
{
    if (connectionBad)
        return ErrorClass::Transient;
    const QByteArray cls = state.left(2);
    if (cls == "23" || cls == "22")
        return ErrorClass::Constraint; // integrity constraints; values the column refuses
    if (cls == "08" || cls == "40" || cls == "53" || cls == "57" || cls == "58" || state == "55P03")
        return ErrorClass::Transient; // connection, deadlock, resources, shutdown, lock timeout
    return ErrorClass::Configuration;
}

void fillError(PGconn *conn, const PGresult *result, PgError *error)
{
    const bool bad = PQstatus(conn) != CONNECTION_OK;
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const char *detail = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    error->sqlState = state ? QByteArray(state) : QByteArray();
    QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
    if (detail)
        message += QStringLiteral(" (") + QString::fromUtf8(detail).trimmed() + u')';
    error->message = message;
    error->errorClass = classify(error->sqlState, bad);
}

} // namespace

PGconn *pgHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // The driver declares the handle's type by libpq's struct name (PGconn is its typedef).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0
            && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QString pgQuote(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString pgNumberPlaceholders(const QString &sql, int first, int *next)
{
    QString out;
    out.reserve(sql.size() + 8);
    bool quoted = false;
    int number = first;
    for (QChar c : sql) {
        if (c == u'"')
            quoted = !quoted; // a doubled quote toggles twice: still inside
        if (c == u'?' && !quoted) {
            out += u'$' + QString::number(number++);
            continue;
        }
        out += c;
    }
    if (next)
        *next = number;
    return out;
}

void PgResultDeleter::operator()(PGresult *result) const
{
    PQclear(result);
}

void PgParams::clear()
{
    m_arena.clear();
    m_offsets.clear();
}

void PgParams::addNull()
{
    m_offsets.append(-1);
}

void PgParams::addInteger(qint64 value)
{
    m_offsets.append(m_arena.size());
    appendInteger(m_arena, value);
    m_arena.append('\0');
}

void PgParams::addCell(const RowBuffer &buffer, const Cell &cell)
{
    if (cell.isNull()) {
        addNull();
        return;
    }
    m_offsets.append(m_arena.size());
    switch (cell.type) {
    case Cell::Type::Null:
        break;
    case Cell::Type::Integer:
        appendInteger(m_arena, cell.integer);
        break;
    case Cell::Type::Real:
        appendReal(m_arena, cell.real);
        break;
    case Cell::Type::Text:
        m_arena.append(buffer.bytes(cell));
        break;
    case Cell::Type::Blob:
        m_arena.append("\\x");
        appendHex(m_arena, buffer.bytes(cell));
        break;
    }
    m_arena.append('\0');
}

void PgParams::addVariant(const QVariant &value)
{
    if (value.isNull()) {
        addNull();
        return;
    }
    m_offsets.append(m_arena.size());
    switch (value.typeId()) {
    case QMetaType::Bool:
        m_arena.append(value.toBool() ? "true" : "false");
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        appendInteger(m_arena, value.toLongLong());
        break;
    case QMetaType::Double:
        appendReal(m_arena, value.toDouble());
        break;
    default:
        m_arena.append(value.toString().toUtf8());
        break;
    }
    m_arena.append('\0');
}

const char *const *PgParams::values() const
{
    m_pointers.resize(size_t(m_offsets.size()));
    for (qsizetype i = 0; i < m_offsets.size(); ++i)
        m_pointers[size_t(i)]
            = m_offsets.at(i) < 0 ? nullptr : m_arena.constData() + m_offsets.at(i);
    return m_pointers.data();
}

PgResult pgExec(PGconn *conn, const QByteArray &sql, const PgParams *params, PgError *error)
{
    PgResult result(params && params->count() > 0 ? PQexecParams(conn, sql.constData(),
                        params->count(), nullptr, params->values(), nullptr, nullptr, 0)
                                                  : PQexec(conn, sql.constData()));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return result;
    fillError(conn, result.get(), error);
    return nullptr;
}

bool pgCommand(PGconn *conn, const QByteArray &sql, PgError *error)
{
    return pgExec(conn, sql, nullptr, error) != nullptr;
}

bool pgCopyIn(PGconn *conn, const QByteArray &copySql, const QByteArray &data, PgError *error)
{
    PgResult start(PQexec(conn, copySql.constData()));
    if (!start || PQresultStatus(start.get()) != PGRES_COPY_IN) {
        fillError(conn, start.get(), error);
        return false;
    }
    // libpq buffers the data; sending it in slices keeps that buffer small.
    constexpr qsizetype kSlice = 1 << 20;
    bool sent = true;
    for (qsizetype at = 0; sent && at < data.size(); at += kSlice) {
        const int size = int(qMin(kSlice, data.size() - at));
        sent = PQputCopyData(conn, data.constData() + at, size) == 1;
    }
    if (PQputCopyEnd(conn, sent ? nullptr : "dwadmin could not send the rows") != 1)
        sent = false;
    bool ok = sent;
    // COPY ends with one result; drain until libpq has none left.
    while (PGresult *raw = PQgetResult(conn)) {
        PgResult result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && ok) {
            fillError(conn, raw, error);
            ok = false;
        }
    }
    if (!sent && error->message.isEmpty())
        fillError(conn, nullptr, error);
    return ok;
}

void pgReadCell(
    const PGresult *result, int row, int column, RowBuffer &into, int intoRow, int intoColumn)
{
    if (PQgetisnull(result, row, column)) {
        into.setNull(intoRow, intoColumn);
        return;
    }
    const char *value = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (PQftype(result, column)) {
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid: {
        qint64 number = 0;
        std::from_chars(value, value + length, number);
        into.setInteger(intoRow, intoColumn, number);
        return;
    }
    case kBool:
        into.setInteger(intoRow, intoColumn, value[0] == 't' ? 1 : 0);
        return;
    case kFloat4:
    case kFloat8:
        // strtod also reads NaN and Infinity, which from_chars spells differently.
        into.setReal(intoRow, intoColumn, std::strtod(value, nullptr));
        return;
    case kBytea: {
        size_t size = 0;
        unsigned char *bytes
            = PQunescapeBytea(reinterpret_cast<const unsigned char *>(value), &size);
        into.setBlob(intoRow, intoColumn,
            QByteArrayView(reinterpret_cast<const char *>(bytes), qsizetype(size)));
        PQfreemem(bytes);
        return;
    }
    default:
        into.setText(intoRow, intoColumn, QByteArrayView(value, length));
        return;
    }
}

void pgAppendCopyField(QByteArray &out, const RowBuffer &buffer, const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Null:
        out.append("\\N");
        return;
    case Cell::Type::Integer:
        appendInteger(out, cell.integer);
        return;
    case Cell::Type::Real:
        appendReal(out, cell.real);
        return;
    case Cell::Type::Blob:
        out.append("\\\\x"); // bytea's \x prefix, its backslash escaped for COPY
        appendHex(out, buffer.bytes(cell));
        return;
    case Cell::Type::Text:
        break;
    }
    for (char c : buffer.bytes(cell)) {
        switch (c) {
        case '\\':
            out.append("\\\\");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        default:
            out.append(c);
            break;
        }
    }
}

} // namespace dw
