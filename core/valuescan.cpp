#include "valuescan.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace dw {

namespace {

constexpr qsizetype MaxExponent = 1000; // PostgreSQL's numeric input accepts no larger one

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The value of a hexadecimal digit, -1 for any other byte.
int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

// The `count` decimal digits at `p` as a number, -1 when one of them is no digit.
int digitsValue(const char *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (!isDigit(p[i]))
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

int daysInMonth(int year, int month)
{
    static constexpr int Days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && leap ? 29 : Days[month - 1];
}

} // namespace

qsizetype ValueScan::formatReal(double value, char *out)
{
    if (value == 0) {
        out[0] = '0';
        return 1;
    }
    // Without a precision, to_chars writes the shortest form that round-trips, in the C locale.
    return std::to_chars(out, out + RealTextSize, value).ptr - out;
}

ValueFault ValueScan::checkUtf8(QByteArrayView text, qsizetype *codePoints)
{
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 HighBits = 0x8080808080808080ULL;
    const auto *p = reinterpret_cast<const uchar *>(text.data());
    const uchar *const end = p + text.size();
    qsizetype count = 0;
    while (p != end) {
        // Runs of ASCII eight bytes at a time; the second test finds a zero byte in the word.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if ((word & HighBits) == 0) {
                if (((word - Ones) & ~word & HighBits) != 0)
                    return ValueFault::NulCharacter;
                p += 8;
                count += 8;
                continue;
            }
        }
        const uchar lead = *p;
        ++count;
        if (lead < 0x80) {
            if (lead == 0)
                return ValueFault::NulCharacter;
            ++p;
            continue;
        }
        // The range of the second byte rules out overlong forms, surrogates and code points
        // above U+10FFFF; the bytes after it are plain continuation bytes.
        const qsizetype length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        const uchar low = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
        const uchar high = lead == 0xED ? 0x9F : lead == 0xF4 ? 0x8F : 0xBF;
        if (lead < 0xC2 || lead > 0xF4 || end - p < length || p[1] < low || p[1] > high)
            return ValueFault::InvalidUtf8;
        for (qsizetype i = 2; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return ValueFault::InvalidUtf8;
        }
        p += length;
    }
    *codePoints = count;
    return ValueFault::None;
}

ValueFault ValueScan::parseInteger(QByteArrayView text, qint64 *value)
{
    const bool negative = !text.isEmpty() && text.front() == '-';
    const qsizetype start = !text.isEmpty() && (negative || text.front() == '+') ? 1 : 0;
    if (start == text.size())
        return ValueFault::NotWholeNumber;
    const quint64 limit = quint64(std::numeric_limits<qint64>::max()) + (negative ? 1 : 0);
    quint64 magnitude = 0;
    bool overflow = false;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (!isDigit(text[i]))
            return ValueFault::NotWholeNumber; // also after an overflow: then it is no number
        const unsigned digit = unsigned(text[i] - '0');
        if (magnitude > (limit - digit) / 10)
            overflow = true;
        else
            magnitude = magnitude * 10 + digit;
    }
    if (overflow)
        return ValueFault::OutOfRange;
    *value = negative ? qint64(0 - magnitude) : qint64(magnitude); // C++20: modular conversion
    return ValueFault::None;
}

ValueFault ValueScan::checkDecimal(QByteArrayView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    if (i < n && (text[i] == '+' || text[i] == '-'))
        ++i;
    qsizetype digits = 0;
    for (; i < n && isDigit(text[i]); ++i)
        ++digits;
    if (i < n && text[i] == '.') {
        for (++i; i < n && isDigit(text[i]); ++i)
            ++digits;
    }
    if (digits == 0)
        return ValueFault::NotNumber;
    if (i < n && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < n && (text[i] == '+' || text[i] == '-'))
            ++i;
        const qsizetype start = i;
        qsizetype exponent = 0;
        for (; i < n && isDigit(text[i]); ++i)
            exponent = qMin(exponent * 10 + (text[i] - '0'), MaxExponent + 1);
        if (i == start)
            return ValueFault::NotNumber;
        if (i == n && exponent > MaxExponent)
            return ValueFault::OutOfRange;
    }
    return i == n ? ValueFault::None : ValueFault::NotNumber;
}

ValueFault ValueScan::normalizeDateTime(QByteArrayView text, char *out, qsizetype *size)
{
    const char *s = text.data();
    const qsizetype n = text.size();
    if (n < 10 || s[4] != '-' || s[7] != '-')
        return ValueFault::NotDateTime;
    const int year = digitsValue(s, 4);
    const int month = digitsValue(s + 5, 2);
    const int day = digitsValue(s + 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return ValueFault::NotDateTime;
    std::memcpy(out, s, 10);
    qsizetype o = 10;
    qsizetype i = 10;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int offsetHour = 0;
    int offsetMinute = 0;
    if (i < n) {
        if ((s[i] != 'T' && s[i] != 't' && s[i] != ' ') || n - i < 6 || s[i + 3] != ':')
            return ValueFault::NotDateTime;
        hour = digitsValue(s + i + 1, 2);
        minute = digitsValue(s + i + 4, 2);
        if (hour < 0 || minute < 0)
            return ValueFault::NotDateTime;
        out[o++] = 'T';
        std::memcpy(out + o, s + i + 1, 5);
        o += 5;
        i += 6;
        if (i < n && s[i] == ':') {
            if (n - i < 3 || (second = digitsValue(s + i + 1, 2)) < 0)
                return ValueFault::NotDateTime;
            qsizetype k = i + 3;
            if (k < n && s[k] == '.') {
                const qsizetype fraction = ++k;
                while (k < n && isDigit(s[k]))
                    ++k;
                if (k == fraction || k - fraction > 9)
                    return ValueFault::NotDateTime;
            }
            std::memcpy(out + o, s + i, k - i);
            o += k - i;
            i = k;
        }
        if (i < n) {
            // Z, or ±HH:MM; ±HH and ±HHMM as PostgreSQL prints offsets become ±HH:MM.
            const char sign = s[i];
            const char *zone = s + i + 1;
            const qsizetype rest = n - i - 1;
            if ((sign == 'Z' || sign == 'z') && rest == 0) {
                out[o++] = 'Z';
            } else if ((sign == '+' || sign == '-') && (rest == 2 || rest == 4 || rest == 5)) {
                offsetHour = digitsValue(zone, 2);
                if (rest == 4)
                    offsetMinute = digitsValue(zone + 2, 2);
                else if (rest == 5)
                    offsetMinute = zone[2] == ':' ? digitsValue(zone + 3, 2) : -1;
                if (offsetHour < 0 || offsetMinute < 0)
                    return ValueFault::NotDateTime;
                const char offset[] = { sign, zone[0], zone[1], ':', char('0' + offsetMinute / 10),
                    char('0' + offsetMinute % 10) };
                std::memcpy(out + o, offset, sizeof offset);
                o += qsizetype(sizeof offset);
            } else {
                return ValueFault::NotDateTime;
            }
        }
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return ValueFault::NoSuchDate;
    if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59)
        return ValueFault::TimeOutOfRange;
    *size = o;
    return ValueFault::None;
}

ValueFault ValueScan::parseGuid(QByteArrayView text, uchar *bytes)
{
    if (text.size() >= 2 && text.front() == '{' && text.back() == '}')
        text = text.sliced(1, text.size() - 2);
    const bool dashed = text.size() == 36;
    if (!dashed && text.size() != 32)
        return ValueFault::NotGuid;
    int nibble = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (dashed && (i == 8 || i == 13 || i == 18 || i == 23)) {
            if (text[i] != '-')
                return ValueFault::NotGuid;
            continue;
        }
        const int value = hexValue(text[i]);
        if (value < 0)
            return ValueFault::NotGuid;
        if (nibble % 2 == 0)
            bytes[nibble / 2] = uchar(value << 4);
        else
            bytes[nibble / 2] |= uchar(value);
        ++nibble;
    }
    return ValueFault::None;
}

void ValueScan::formatGuid(const uchar *bytes, char *out)
{
    static constexpr char Hex[] = "0123456789abcdef";
    qsizetype o = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[o++] = '-';
        out[o++] = Hex[bytes[i] >> 4];
        out[o++] = Hex[bytes[i] & 0xF];
    }
}

} // namespace dw
