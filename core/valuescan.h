#pragma once

#include <QByteArrayView>

namespace dw {

// Why a value does not fit a column. The scanners below and ValueConverter report it; only
// ValueConverter turns it into a message.
enum class ValueFault : quint8 {
    None,
    NotNumber,
    DecimalComma,
    NotWholeNumber,
    Fraction,
    OutOfRange,
    NotFinite,
    IsBinary,
    InvalidUtf8,
    NulCharacter,
    TooLong,
    NotBoolean,
    NotDateTime,
    NoSuchDate,
    TimeOutOfRange,
    NotGuid,
    GuidSize,
    NotBinary
};

// Byte-level scanners and formatters of values in text for ValueConverter, on the sync hot
// path: hand-written checks of UTF-8 bytes, no allocation, no locale. They take text without
// surrounding white space (isSpace() says what that is) and write into caller-provided buffers.
namespace ValueScan {

constexpr qsizetype RealTextSize = 32; // room formatReal() needs
constexpr qsizetype DateTimeTextSize = 40; // room normalizeDateTime() needs
constexpr qsizetype GuidTextSize = 36; // what formatGuid() writes

// Space, tab, CR or LF: what trimming drops.
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Valid UTF-8 without NUL (PostgreSQL refuses it); counts the code points.
ValueFault checkUtf8(QByteArrayView text, qsizetype *codePoints);
// [+-]digits → qint64; NotWholeNumber or OutOfRange otherwise.
ValueFault parseInteger(QByteArrayView text, qint64 *value);
// [+-](digits[.digits] | .digits)[(e|E)[+-]digits]; an exponent beyond ±1000 is OutOfRange.
ValueFault checkDecimal(QByteArrayView text);
// ISO 8601 as ValueConverter's header describes it → normalized text and its size.
ValueFault normalizeDateTime(QByteArrayView text, char *out, qsizetype *size);
// 32 hex digits, plain or 8-4-4-4-12, in optional braces → 16 bytes in RFC 4122 order.
ValueFault parseGuid(QByteArrayView text, uchar *bytes);
// 16 bytes in RFC 4122 order → lowercase 8-4-4-4-12 text.
void formatGuid(const uchar *bytes, char *out);
// The shortest text that reads back as the same double ("0" for both zeros); returns its size.
qsizetype formatReal(double value, char *out);

} // namespace ValueScan

} // namespace dw
