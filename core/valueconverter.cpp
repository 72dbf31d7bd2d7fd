#include "valueconverter.h"

#include "tr.h"
#include "valuescan.h"

#include <charconv>
#include <cmath>
#include <iterator>

namespace dw {

namespace {

using Fail = ValueFault;

constexpr qsizetype QuoteLimit = 60; // characters of a value quoted in a message

// Failure of a number in text: points out a decimal comma, which is never guessed.
Fail numberFailure(QByteArrayView text, Fail fail)
{
    if (fail != Fail::NotNumber || text.count(',') != 1 || text.contains('.'))
        return fail;
    QByteArray withPoint = text.toByteArray();
    withPoint.replace(',', '.');
    return ValueScan::checkDecimal(withPoint) == Fail::None ? Fail::DecimalComma : fail;
}

// Where a converted value goes, and the source it comes from. Text results are a piece of the
// source's bytes or bytes built on the stack, never a view into `to`'s arena handed to an append:
// that arena may move while it grows.
struct Output
{
    Output(const RowBuffer &from, const Cell &in, RowBuffer &to, int row, int column)
        : in(in)
        , from(from)
        , to(to)
        , row(row)
        , column(column)
    {
        if (in.type != Cell::Type::Text && in.type != Cell::Type::Blob)
            return;
        bytes = from.bytes(in);
        end = bytes.size();
        while (begin < end && ValueScan::isSpace(bytes[begin]))
            ++begin;
        while (end > begin && ValueScan::isSpace(bytes[end - 1]))
            --end;
    }

    // The source text without surrounding white space.
    QByteArrayView trimmed() const { return bytes.sliced(begin, end - begin); }

    void setInteger(qint64 value) { to.setInteger(row, column, value); }
    void setReal(double value) { to.setReal(row, column, value); }
    void setText(QByteArrayView stackBytes) { to.setText(row, column, stackBytes); }

    // [offset, offset + size) of the source's bytes, of the source's type. Within one buffer the
    // cell shares them: the arena only grows until it is cleared, so they stay valid.
    void setPiece(qsizetype offset, qsizetype size)
    {
        if (&from == &to) {
            Cell cell = in;
            cell.offset += offset;
            cell.size = size;
            to.cell(row, column) = cell;
        } else if (in.type == Cell::Type::Blob) {
            to.setBlob(row, column, bytes.sliced(offset, size));
        } else {
            to.setText(row, column, bytes.sliced(offset, size));
        }
    }
    // The trimmed source text when it equals `normalized`, else `normalized` itself.
    void setNormalized(QByteArrayView normalized)
    {
        if (normalized == trimmed())
            setPiece(begin, end - begin);
        else
            setText(normalized);
    }

    void copy()
    {
        switch (in.type) {
        case Cell::Type::Null:
            to.setNull(row, column);
            break;
        case Cell::Type::Integer:
            setInteger(in.integer);
            break;
        case Cell::Type::Real:
            setReal(in.real);
            break;
        case Cell::Type::Text:
        case Cell::Type::Blob:
            setPiece(0, in.size);
            break;
        }
    }

    const Cell in; // a copy: the source cell may be the very cell that is written
    QByteArrayView bytes; // of Text and Blob, viewed before anything is written
    qsizetype begin = 0; // the trimmed range of bytes
    qsizetype end = 0;
    const RowBuffer &from;
    RowBuffer &to;
    const int row;
    const int column;
};

// In each conversion the source is Integer, Real or Text (Guid and Binary: or Blob); convert()
// handles NULL and turns other blobs away.

Fail toText(const ColumnDefinition &target, Output &out, qsizetype *length)
{
    char buffer[ValueScan::RealTextSize];
    qsizetype size = 0;
    if (out.in.type == Cell::Type::Text) {
        if (const Fail fail = ValueScan::checkUtf8(out.bytes, length); fail != Fail::None)
            return fail;
        if (target.maxLength > 0 && *length > target.maxLength)
            return Fail::TooLong;
        out.copy();
        return Fail::None;
    }
    if (out.in.type == Cell::Type::Integer) {
        size = std::to_chars(buffer, buffer + sizeof buffer, out.in.integer).ptr - buffer;
    } else {
        if (!std::isfinite(out.in.real))
            return Fail::NotFinite;
        size = ValueScan::formatReal(out.in.real, buffer);
    }
    *length = size; // ASCII: one character per byte
    if (target.maxLength > 0 && size > target.maxLength)
        return Fail::TooLong;
    out.setText(QByteArrayView(buffer, size));
    return Fail::None;
}

Fail toInteger(Output &out)
{
    const double real = out.in.real;
    qint64 value = 0;
    if (out.in.type == Cell::Type::Integer) {
        value = out.in.integer;
    } else if (out.in.type == Cell::Type::Text) {
        if (const Fail fail = ValueScan::parseInteger(out.trimmed(), &value); fail != Fail::None)
            return fail;
    } else if (!std::isfinite(real)) {
        return Fail::NotFinite;
    } else if (std::trunc(real) != real) {
        return Fail::Fraction;
    } else if (real < -9223372036854775808.0 || real >= 9223372036854775808.0) {
        return Fail::OutOfRange; // 2^63 is exact as a double; all below it convert safely
    } else {
        value = qint64(real);
    }
    out.setInteger(value);
    return Fail::None;
}

// Decimal (keepText) and Double targets share the check of numbers in text.
Fail toNumber(bool keepText, Output &out)
{
    if (out.in.type == Cell::Type::Integer) {
        if (keepText)
            out.copy();
        else
            out.setReal(double(out.in.integer));
        return Fail::None;
    }
    if (out.in.type == Cell::Type::Real) {
        if (!std::isfinite(out.in.real))
            return Fail::NotFinite;
        out.copy();
        return Fail::None;
    }
    const QByteArrayView number = out.trimmed();
    if (const Fail fail = ValueScan::checkDecimal(number); fail != Fail::None)
        return numberFailure(number, fail);
    const qsizetype begin = out.begin + (number.front() == '+' ? 1 : 0); // a '+' is dropped
    if (keepText) {
        out.setPiece(begin, out.end - begin);
        return Fail::None;
    }
    double value = 0;
    const char *const end = out.bytes.data() + out.end;
    const auto result = std::from_chars(out.bytes.data() + begin, end, value);
    if (result.ec == std::errc::result_out_of_range || !std::isfinite(value))
        return Fail::OutOfRange;
    if (result.ec != std::errc() || result.ptr != end)
        return Fail::NotNumber;
    out.setReal(value);
    return Fail::None;
}

Fail toBoolean(Output &out)
{
    if (out.in.type == Cell::Type::Integer) {
        if (out.in.integer != 0 && out.in.integer != 1)
            return Fail::NotBoolean;
        out.copy();
        return Fail::None;
    }
    if (out.in.type == Cell::Type::Real) {
        if (!std::isfinite(out.in.real))
            return Fail::NotFinite;
        if (out.in.real != 0 && out.in.real != 1)
            return Fail::NotBoolean;
        out.setInteger(out.in.real == 1 ? 1 : 0);
        return Fail::None;
    }
    // ORing 0x20 lowercases ASCII letters and turns no other byte into one.
    const QByteArrayView word = out.trimmed();
    const auto is = [word](QByteArrayView lower) {
        if (word.size() != lower.size())
            return false;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (char(word[i] | 0x20) != lower[i])
                return false;
        }
        return true;
    };
    if (word == QByteArrayView("1") || is("true"))
        out.setInteger(1);
    else if (word == QByteArrayView("0") || is("false"))
        out.setInteger(0);
    else
        return Fail::NotBoolean;
    return Fail::None;
}

Fail toDateTime(Output &out)
{
    if (out.in.type != Cell::Type::Text)
        return Fail::NotDateTime;
    char buffer[ValueScan::DateTimeTextSize];
    qsizetype size = 0;
    if (const Fail fail = ValueScan::normalizeDateTime(out.trimmed(), buffer, &size);
        fail != Fail::None)
        return fail;
    out.setNormalized(QByteArrayView(buffer, size));
    return Fail::None;
}

Fail toGuid(Output &out)
{
    uchar guid[16];
    char buffer[ValueScan::GuidTextSize];
    if (out.in.type == Cell::Type::Blob) {
        if (out.bytes.size() != 16)
            return Fail::GuidSize;
        ValueScan::formatGuid(reinterpret_cast<const uchar *>(out.bytes.data()), buffer);
        out.setText(QByteArrayView(buffer, sizeof buffer));
        return Fail::None;
    }
    if (out.in.type != Cell::Type::Text)
        return Fail::NotGuid;
    if (const Fail fail = ValueScan::parseGuid(out.trimmed(), guid); fail != Fail::None)
        return fail;
    ValueScan::formatGuid(guid, buffer);
    out.setNormalized(QByteArrayView(buffer, sizeof buffer));
    return Fail::None;
}

// The value as a message quotes it: at most QuoteLimit characters, the last one "…" when cut.
QString quoted(const Output &out)
{
    QString text;
    switch (out.in.type) {
    case Cell::Type::Null:
        return QStringLiteral("NULL");
    case Cell::Type::Integer:
        return QString::number(out.in.integer);
    case Cell::Type::Real: {
        char buffer[ValueScan::RealTextSize];
        return QString::fromLatin1(buffer, ValueScan::formatReal(out.in.real, buffer));
    }
    case Cell::Type::Text: // decoding more than can be shown would only cost time on 1 MB
        text = QString::fromUtf8(out.bytes.first(qMin(out.bytes.size(), 4 * (QuoteLimit + 1))));
        break;
    case Cell::Type::Blob:
        text = QStringLiteral("0x")
            + QString::fromLatin1(
                out.bytes.first(qMin(out.bytes.size(), QuoteLimit / 2)).toByteArray().toHex());
        break;
    }
    qsizetype characters = 0;
    qsizetype cut = 0; // where the 60th character starts
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate())
            continue;
        if (++characters == QuoteLimit)
            cut = i;
        else if (characters > QuoteLimit)
            return text.first(cut) + QChar(0x2026);
    }
    return text;
}

// Messages by Fail, after None. %1 is the quoted value, %2 what the column holds.
constexpr const char *Messages[] = {
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is not a number (the column holds %2)"),
    QT_TRANSLATE_NOOP(
        "dwadmin", "'%1' is not a number: the decimal separator is a point (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is not a whole number (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' has a fraction (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is out of range (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is not a finite number (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is binary data (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is not valid UTF-8 text (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' contains a NUL character (the column holds %2)"),
    nullptr, // TooLong: a plural, see message()
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is not true, false, 1 or 0 (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin",
        "'%1' is not an ISO 8601 date and time such as 2024-02-29 or 2024-02-29T13:45:00Z "
        "(the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' names a date that does not exist (the column holds %2)"),
    QT_TRANSLATE_NOOP(
        "dwadmin", "'%1' has a time or time zone offset out of range (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin",
        "'%1' is not 32 hexadecimal digits such as 0f8fad5b-d9cb-469f-a165-70867728950e (the "
        "column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is not 16 bytes long (the column holds %2)"),
    QT_TRANSLATE_NOOP("dwadmin", "'%1' is not binary data (the column holds %2)"),
};
static_assert(std::size(Messages) == size_t(Fail::NotBinary));

QString message(Fail fail, const Output &out, const ColumnDefinition &target, qsizetype length)
{
    if (fail == Fail::TooLong) {
        // The length is always at least 2, so the English source needs no singular; %n gives
        // translators their plural forms.
        return Tr::tr("'%1' is %n characters long; the column allows %2", nullptr, int(length))
            .arg(quoted(out), QString::number(target.maxLength));
    }
    return Tr::tr(Messages[int(fail) - 1]).arg(quoted(out), ValueConverter::typeName(target.type));
}

} // namespace

bool ValueConverter::convert(const RowBuffer &from, const Cell &in, const ColumnDefinition &target,
    RowBuffer &to, int row, int column, QString *error)
{
    Output out(from, in, to, row, column);
    if (out.in.isNull()) {
        out.copy();
        return true;
    }
    const bool blob = out.in.type == Cell::Type::Blob;
    qsizetype length = 0; // of a text too long
    Fail fail = Fail::None;
    switch (target.type) {
    case ColumnType::Text:
        fail = blob ? Fail::IsBinary : toText(target, out, &length);
        break;
    case ColumnType::Integer:
        fail = blob ? Fail::IsBinary : toInteger(out);
        break;
    case ColumnType::Decimal:
    case ColumnType::Double:
        fail = blob ? Fail::IsBinary : toNumber(target.type == ColumnType::Decimal, out);
        break;
    case ColumnType::Boolean:
        fail = blob ? Fail::IsBinary : toBoolean(out);
        break;
    case ColumnType::DateTime:
        fail = blob ? Fail::IsBinary : toDateTime(out);
        break;
    case ColumnType::Guid:
        fail = toGuid(out);
        break;
    case ColumnType::Binary:
        if (blob)
            out.copy();
        else
            fail = Fail::NotBinary;
        break;
    }
    if (fail != Fail::None && error)
        *error = message(fail, out, target, length);
    return fail == Fail::None;
}

QString ValueConverter::typeName(ColumnType type)
{
    // Indexed by ColumnType. QT_TRANSLATE_NOOP3 gives { source, comment } for lupdate.
    static constexpr struct
    {
        const char *source;
        const char *comment;
    } Names[] = {
        QT_TRANSLATE_NOOP3("dwadmin", "text", "what a column holds"),
        QT_TRANSLATE_NOOP3("dwadmin", "whole numbers", "what a column holds"),
        QT_TRANSLATE_NOOP3("dwadmin", "decimals", "what a column holds"),
        QT_TRANSLATE_NOOP3("dwadmin", "numbers", "what a column holds"),
        QT_TRANSLATE_NOOP3("dwadmin", "true/false", "what a column holds"),
        QT_TRANSLATE_NOOP3("dwadmin", "dates and times", "what a column holds"),
        QT_TRANSLATE_NOOP3("dwadmin", "GUIDs", "what a column holds"),
        QT_TRANSLATE_NOOP3("dwadmin", "binary data", "what a column holds"),
    };
    static_assert(std::size(Names) == size_t(ColumnType::Binary) + 1);
    const auto index = size_t(type);
    return index < std::size(Names) ? Tr::tr(Names[index].source, Names[index].comment) : QString();
}

} // namespace dw
