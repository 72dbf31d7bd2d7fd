#pragma once

#include "rowbuffer.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace dw {

// The sqlite3 handle behind a QSQLITE connection, for the engine's bulk paths. The connection
// keeps ownership; nullptr when the connection is not SQLite.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// A prepared statement on the native SQLite API: the sync hot path binds and reads values
// without QVariant or QString conversions (a QSqlQuery loop measured about three times slower).
// Owns the statement; use on the connection's thread only.
class SqliteStatement final
{
    Q_DISABLE_COPY_MOVE(SqliteStatement)
public:
    SqliteStatement() = default;
    ~SqliteStatement();

    bool prepare(sqlite3 *db, const QString &sql, QString *error);
    bool isPrepared() const { return m_statement != nullptr; }

    void bindNull(int index);
    void bind(int index, const RowBuffer &buffer, const Cell &cell);
    // Binds without copying: the bytes must stay untouched until execute() returns, which
    // clears such bindings again. The hot path uses it for values already held in a buffer.
    void bindInPlace(int index, const RowBuffer &buffer, const Cell &cell);
    void bindTextInPlace(int index, QByteArrayView utf8);
    void bindInteger(int index, qint64 value);
    void bindText(int index, QByteArrayView utf8);
    void bindBlob(int index, QByteArrayView bytes);
    // For values that arrive as QVariant (compiled filter parameters): few, not per row.
    void bindVariant(int index, const QVariant &value);

    // Steps once: true with *hasRow when a row is ready; false on error (see errorMessage()).
    bool step(bool *hasRow);
    // Runs a statement that returns no rows, then resets it for the next binding.
    bool execute();
    void reset();

    int columnCount() const;
    // Appends column `column` of the current row to (row, target) of `buffer`.
    void readColumn(int column, RowBuffer &buffer, int row, int target) const;
    qint64 columnInteger(int column) const;
    QByteArrayView columnText(int column) const;
    QByteArrayView columnBlob(int column) const;

    int changes() const;
    QString errorMessage() const;
    // The extended result code of the last failure (e.g. SQLITE_CONSTRAINT_NOTNULL).
    int errorCode() const { return m_lastCode; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_lastCode = 0;
    bool m_boundInPlace = false;
};

// An identifier quoted for SQLite SQL ("name", inner quotes doubled): names reach SQL text only
// this way, values only as bound parameters.
QString sqliteQuote(const QString &identifier);

// Runs one SQL text without results (BEGIN, COMMIT, SAVEPOINT, …).
bool sqliteExec(sqlite3 *db, const QString &sql, QString *error);

// True when the main database file of `db` was deleted, moved or replaced since it was opened:
// writes through `db` then land in a file nobody will open again.
bool sqliteFileMoved(sqlite3 *db);

} // namespace dw
