#include "recordcodec.h"

#include <QtEndian>
#include <cstring>

namespace dw {

namespace {
constexpr char kSeparator = '\x1f';

quint64 mix(quint64 h, quint64 v)
{
    h ^= v;
    h *= 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 29);
}

quint64 hashBytesInto(quint64 h, QByteArrayView bytes)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = mix(h, qFromLittleEndian(word));
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    std::memcpy(&tail, p, size_t(n));
    return mix(h, qFromLittleEndian(tail) ^ (quint64(n) << 56));
}
} // namespace

QByteArray RecordCodec::encodeKey(const RowBuffer &buffer, int row, const QList<int> &columns)
{
    QByteArray key;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            key += kSeparator;
        const Cell &cell = buffer.cell(row, columns.at(i));
        key += cell.type == Cell::Type::Text ? buffer.bytes(cell).toByteArray()
                                             : buffer.displayText(cell);
    }
    return key;
}

QStringList RecordCodec::splitKey(const QString &key)
{
    return key.split(QLatin1Char(kSeparator));
}

QString RecordCodec::displayKey(const QString &key)
{
    return splitKey(key).join(QStringLiteral(" | "));
}

QByteArray RecordCodec::encodeCursor(const RowBuffer &buffer, int row, const QList<int> &columns)
{
    QByteArray cursor;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i)
            cursor += kSeparator;
        const Cell &cell = buffer.cell(row, columns.at(i));
        switch (cell.type) {
        case Cell::Type::Null:
            cursor += 'n';
            break;
        case Cell::Type::Integer:
            cursor += 'i' + QByteArray::number(cell.integer);
            break;
        case Cell::Type::Real:
            cursor += 'r' + QByteArray::number(cell.real, 'g', 17);
            break;
        case Cell::Type::Text:
            cursor += 't' + buffer.bytes(cell).toByteArray();
            break;
        case Cell::Type::Blob:
            cursor += 'b' + buffer.bytes(cell).toByteArray().toHex();
            break;
        }
    }
    return cursor;
}

bool RecordCodec::decodeCursor(const QByteArray &cursor, RowBuffer *values)
{
    const QList<QByteArray> items = cursor.split(kSeparator);
    values->reset(int(items.size()));
    const int row = values->appendRow();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QByteArray &item = items.at(i);
        if (item.isEmpty())
            return false;
        const QByteArray body = item.mid(1);
        bool ok = true;
        switch (item.at(0)) {
        case 'n':
            break;
        case 'i':
            values->setInteger(row, int(i), body.toLongLong(&ok));
            break;
        case 'r':
            values->setReal(row, int(i), body.toDouble(&ok));
            break;
        case 't':
            values->setText(row, int(i), body);
            break;
        case 'b':
            values->setBlob(row, int(i), QByteArray::fromHex(body));
            break;
        default:
            return false;
        }
        if (!ok)
            return false;
    }
    return true;
}

quint64 RecordCodec::hash(const RowBuffer &buffer, int row, const QList<int> &columns)
{
    quint64 h = 0x243F6A8885A308D3ull;
    for (int column : columns) {
        const Cell &cell = buffer.cell(row, column);
        h = mix(h, quint64(cell.type) + 1);
        switch (cell.type) {
        case Cell::Type::Null:
            break;
        case Cell::Type::Integer:
            h = mix(h, quint64(cell.integer));
            break;
        case Cell::Type::Real: {
            quint64 bits;
            std::memcpy(&bits, &cell.real, 8);
            h = mix(h, bits);
            break;
        }
        case Cell::Type::Text:
        case Cell::Type::Blob:
            h = hashBytesInto(h, buffer.bytes(cell));
            break;
        }
    }
    return h;
}

QByteArray RecordCodec::hashBytes(quint64 hash)
{
    QByteArray bytes(8, Qt::Uninitialized);
    qToBigEndian(hash, bytes.data());
    return bytes;
}

} // namespace dw
