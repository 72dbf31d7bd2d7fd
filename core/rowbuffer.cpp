#include "rowbuffer.h"

namespace dw {

void RowBuffer::reset(int columns)
{
    m_columns = columns;
    clear();
}

void RowBuffer::clear()
{
    m_cells.resize(0); // keeps capacity: the next page reuses the memory
    m_arena.resize(0);
}

int RowBuffer::appendRow()
{
    const int row = rowCount();
    m_cells.resize(m_cells.size() + m_columns);
    return row;
}

void RowBuffer::setInteger(int row, int column, qint64 value)
{
    Cell &c = cell(row, column);
    c = Cell();
    c.type = Cell::Type::Integer;
    c.integer = value;
}

void RowBuffer::setReal(int row, int column, double value)
{
    Cell &c = cell(row, column);
    c = Cell();
    c.type = Cell::Type::Real;
    c.real = value;
}

void RowBuffer::store(Cell &c, Cell::Type type, QByteArrayView bytes)
{
    c = Cell();
    c.type = type;
    c.offset = m_arena.size();
    c.size = bytes.size();
    m_arena.append(bytes.data(), bytes.size());
}

void RowBuffer::setText(int row, int column, QByteArrayView utf8)
{
    store(cell(row, column), Cell::Type::Text, utf8);
}

void RowBuffer::setBlob(int row, int column, QByteArrayView bytes)
{
    store(cell(row, column), Cell::Type::Blob, bytes);
}

void RowBuffer::copyCell(int row, int column, const RowBuffer &from, const Cell &source)
{
    switch (source.type) {
    case Cell::Type::Null:
        setNull(row, column);
        break;
    case Cell::Type::Integer:
        setInteger(row, column, source.integer);
        break;
    case Cell::Type::Real:
        setReal(row, column, source.real);
        break;
    case Cell::Type::Text:
    case Cell::Type::Blob: {
        // Copy first: `from` may be this buffer, whose arena can move while appending.
        const QByteArray bytes = from.bytes(source).toByteArray();
        store(cell(row, column), source.type, bytes);
        break;
    }
    }
}

QByteArray RowBuffer::displayText(const Cell &c) const
{
    switch (c.type) {
    case Cell::Type::Null:
        return QByteArrayLiteral("NULL");
    case Cell::Type::Integer:
        return QByteArray::number(c.integer);
    case Cell::Type::Real:
        return QByteArray::number(c.real, 'g', 17);
    case Cell::Type::Text:
        return bytes(c).toByteArray();
    case Cell::Type::Blob:
        return QByteArrayLiteral("<") + QByteArray::number(c.size) + QByteArrayLiteral(" bytes>");
    }
    return {};
}

} // namespace dw
