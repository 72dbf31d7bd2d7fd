#pragma once

#include "rowbuffer.h"

namespace dw {

// Encodings of key values that the state store keeps as text, and the value hash.
class RecordCodec
{
public:
    // A record's key: the text of each key value, joined by U+001F (unit separator), which no
    // business key contains. A single-field key is just its value's text.
    static QByteArray encodeKey(const RowBuffer &buffer, int row, const QList<int> &columns);
    static QStringList splitKey(const QString &key);
    static QString displayKey(const QString &key); // "USPM-PRJ-000001 | 1.1"

    // A keyset cursor that keeps each value's storage class, so the next page compares
    // integers as integers: one tagged item per value (i, r, t, b, n) joined by U+001F.
    static QByteArray encodeCursor(const RowBuffer &buffer, int row, const QList<int> &columns);
    static bool decodeCursor(const QByteArray &cursor, RowBuffer *values);

    // A stable 64-bit hash of cells (type and content), the same on every machine and Qt build:
    // record states compare it across processes and workers.
    static quint64 hash(const RowBuffer &buffer, int row, const QList<int> &columns);
    static QByteArray hashBytes(quint64 hash);
};

} // namespace dw
