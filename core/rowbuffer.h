#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace dw {

// One value as the engine moves it: the storage classes SQLite and PostgreSQL share. Text is
// UTF-8 and, like blobs, lives in the owning RowBuffer's arena, addressed by offset so the
// arena may grow.
struct Cell
{
    enum class Type : quint8 { Null, Integer, Real, Text, Blob };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    qsizetype offset = 0;
    qsizetype size = 0;

    bool isNull() const { return type == Type::Null; }
};

// A page of rows with a fixed number of columns. All text and blob bytes of the page share one
// arena, so filling a page of thousands of rows costs a handful of allocations, not one per
// value. Cleared and reused page after page, which keeps memory flat in table size.
class RowBuffer
{
public:
    explicit RowBuffer(int columns = 0)
        : m_columns(columns)
    { }

    void reset(int columns);
    void clear();
    int columnCount() const { return m_columns; }
    int rowCount() const { return m_columns ? int(m_cells.size() / m_columns) : 0; }

    int appendRow(); // a row of NULLs; returns its index
    Cell &cell(int row, int column) { return m_cells[qsizetype(row) * m_columns + column]; }
    const Cell &cell(int row, int column) const
    {
        return m_cells.at(qsizetype(row) * m_columns + column);
    }

    void setNull(int row, int column) { cell(row, column) = Cell(); }
    void setInteger(int row, int column, qint64 value);
    void setReal(int row, int column, double value);
    void setText(int row, int column, QByteArrayView utf8);
    void setBlob(int row, int column, QByteArrayView bytes);
    // Copies a cell of another buffer (or this one) into (row, column).
    void copyCell(int row, int column, const RowBuffer &from, const Cell &cell);

    QByteArrayView bytes(const Cell &cell) const
    {
        return QByteArrayView(m_arena.constData() + cell.offset, cell.size);
    }
    // The value as text, as a person reads it: for messages and record keys.
    QByteArray displayText(const Cell &cell) const;

private:
    void store(Cell &cell, Cell::Type type, QByteArrayView bytes);

    int m_columns = 0;
    QList<Cell> m_cells;
    QByteArray m_arena;
};

} // namespace dw
