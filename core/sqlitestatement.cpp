#include "sqlitestatement.h"

#include "tr.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace dw {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(sqlite3 *db, const QString &sql, QString *error)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_db = db;
    const QByteArray text = sql.toUtf8();
    m_lastCode = sqlite3_prepare_v3(
        db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (m_lastCode != SQLITE_OK) {
        *error
            = Tr::tr("Cannot prepare \"%1\": %2").arg(sql, QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void SqliteStatement::bindInteger(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindText(int index, QByteArrayView utf8)
{
    sqlite3_bind_text64(m_statement, index, utf8.data(), sqlite3_uint64(utf8.size()),
        SQLITE_TRANSIENT, SQLITE_UTF8);
}

void SqliteStatement::bindBlob(int index, QByteArrayView bytes)
{
    sqlite3_bind_blob64(
        m_statement, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindVariant(int index, const QVariant &value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_statement, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, value.toDouble());
        break;
    case QMetaType::QByteArray:
        bindBlob(index, value.toByteArray());
        break;
    default:
        bindText(index, value.toString().toUtf8());
        break;
    }
}

void SqliteStatement::bind(int index, const RowBuffer &buffer, const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Null:
        sqlite3_bind_null(m_statement, index);
        break;
    case Cell::Type::Integer:
        sqlite3_bind_int64(m_statement, index, cell.integer);
        break;
    case Cell::Type::Real:
        sqlite3_bind_double(m_statement, index, cell.real);
        break;
    case Cell::Type::Text: {
        const QByteArrayView bytes = buffer.bytes(cell);
        // SQLITE_TRANSIENT: the buffer is reused for the next page before SQLite is done.
        sqlite3_bind_text64(m_statement, index, bytes.data(), sqlite3_uint64(bytes.size()),
            SQLITE_TRANSIENT, SQLITE_UTF8);
        break;
    }
    case Cell::Type::Blob: {
        const QByteArrayView bytes = buffer.bytes(cell);
        sqlite3_bind_blob64(
            m_statement, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
        break;
    }
    }
}

bool SqliteStatement::step(bool *hasRow)
{
    m_lastCode = sqlite3_step(m_statement);
    *hasRow = m_lastCode == SQLITE_ROW;
    return m_lastCode == SQLITE_ROW || m_lastCode == SQLITE_DONE;
}

bool SqliteStatement::execute()
{
    bool hasRow = false;
    const bool ok = step(&hasRow);
    if (!ok)
        m_lastCode = sqlite3_extended_errcode(m_db);
    sqlite3_reset(m_statement);
    if (m_boundInPlace) {
        // No binding may outlive the bytes it points to.
        sqlite3_clear_bindings(m_statement);
        m_boundInPlace = false;
    }
    return ok;
}

void SqliteStatement::bindTextInPlace(int index, QByteArrayView utf8)
{
    m_boundInPlace = true;
    sqlite3_bind_text64(
        m_statement, index, utf8.data(), sqlite3_uint64(utf8.size()), SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bindInPlace(int index, const RowBuffer &buffer, const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Text:
        bindTextInPlace(index, buffer.bytes(cell));
        break;
    case Cell::Type::Blob: {
        m_boundInPlace = true;
        const QByteArrayView bytes = buffer.bytes(cell);
        sqlite3_bind_blob64(
            m_statement, index, bytes.data(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
        break;
    }
    default:
        bind(index, buffer, cell);
        break;
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

void SqliteStatement::readColumn(int column, RowBuffer &buffer, int row, int target) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        buffer.setInteger(row, target, sqlite3_column_int64(m_statement, column));
        break;
    case SQLITE_FLOAT:
        buffer.setReal(row, target, sqlite3_column_double(m_statement, column));
        break;
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        buffer.setText(
            row, target, QByteArrayView(text, sqlite3_column_bytes(m_statement, column)));
        break;
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        buffer.setBlob(
            row, target, QByteArrayView(data, sqlite3_column_bytes(m_statement, column)));
        break;
    }
    default:
        buffer.setNull(row, target);
        break;
    }
}

qint64 SqliteStatement::columnInteger(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArrayView SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::columnBlob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

QString SqliteStatement::errorMessage() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

QString sqliteQuote(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

bool sqliteExec(sqlite3 *db, const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        *error = Tr::tr("SQL \"%1\" failed: %2").arg(sql, QString::fromUtf8(message));
        sqlite3_free(message);
        return false;
    }
    return true;
}

bool sqliteFileMoved(sqlite3 *db)
{
    int moved = 0;
    return db && sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK
        && moved != 0;
}

} // namespace dw
