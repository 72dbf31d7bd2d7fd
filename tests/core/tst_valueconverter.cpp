#include "valueconverter.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using dw::Cell;
using dw::ColumnDefinition;
using dw::ColumnType;
using dw::RowBuffer;
using dw::ValueConverter;

namespace {

// A cell's content outside any buffer, for data tables.
struct Value
{
    Cell::Type type = Cell::Type::Null;
    QByteArray bytes;
    qint64 integer = 0;
    double real = 0;
};

Value null()
{
    return {};
}

Value integer(qint64 v)
{
    return { Cell::Type::Integer, {}, v, 0 };
}

Value real(double v)
{
    return { Cell::Type::Real, {}, 0, v };
}

Value text(const QByteArray &utf8)
{
    return { Cell::Type::Text, utf8, 0, 0 };
}

Value blob(const QByteArray &bytes)
{
    return { Cell::Type::Blob, bytes, 0, 0 };
}

void put(RowBuffer &buffer, int row, int column, const Value &v)
{
    switch (v.type) {
    case Cell::Type::Null:
        buffer.setNull(row, column);
        break;
    case Cell::Type::Integer:
        buffer.setInteger(row, column, v.integer);
        break;
    case Cell::Type::Real:
        buffer.setReal(row, column, v.real);
        break;
    case Cell::Type::Text:
        buffer.setText(row, column, v.bytes);
        break;
    case Cell::Type::Blob:
        buffer.setBlob(row, column, v.bytes);
        break;
    }
}

Value read(const RowBuffer &buffer, int row, int column)
{
    const Cell &c = buffer.cell(row, column);
    Value v;
    v.type = c.type;
    v.integer = c.type == Cell::Type::Integer ? c.integer : 0;
    v.real = c.type == Cell::Type::Real ? c.real : 0;
    if (c.type == Cell::Type::Text || c.type == Cell::Type::Blob)
        v.bytes = buffer.bytes(c).toByteArray();
    return v;
}

bool same(const Value &a, const Value &b)
{
    return a.type == b.type && a.bytes == b.bytes && a.integer == b.integer
        && (a.real == b.real || (std::isnan(a.real) && std::isnan(b.real)))
        && std::signbit(a.real) == std::signbit(b.real);
}

QByteArray describe(const Value &v)
{
    static const char *const Types[] = { "Null", "Integer", "Real", "Text", "Blob" };
    QByteArray shown = v.bytes.left(80);
    if (v.type == Cell::Type::Integer)
        shown = QByteArray::number(v.integer);
    else if (v.type == Cell::Type::Real)
        shown = QByteArray::number(v.real, 'g', 17);
    return QByteArray(Types[int(v.type)]) + '(' + shown + ')';
}

ColumnDefinition column(ColumnType type, int maxLength = 0)
{
    ColumnDefinition c;
    c.name = u"Field"_s;
    c.type = type;
    c.maxLength = maxLength;
    return c;
}

const Value Sentinel = text("untouched");

} // namespace

Q_DECLARE_METATYPE(Value)
Q_DECLARE_METATYPE(dw::ColumnType)

class TestValueConverter : public QObject
{
    Q_OBJECT

private slots:
    void convert_data();
    void convert();
    void messages_data();
    void messages();
    void typeNames();
    void nullError();
    void benchmarkDecimalText_data();
    void benchmarkDecimalText();

private:
    // One row: `error` empty means success with `expected`.
    static void add(const char *name, const Value &input, ColumnType target, const Value &expected,
        const QString &error = {}, int maxLength = 0)
    {
        QTest::newRow(name) << input << target << maxLength << expected << error;
    }
    static void fails(const char *name, const Value &input, ColumnType target, const QString &error,
        int maxLength = 0)
    {
        add(name, input, target, null(), error, maxLength);
    }
    static void checkResult(
        bool ok, const QString &error, const Value &result, const Value &expected, bool failed);
};

void TestValueConverter::convert_data()
{
    QTest::addColumn<Value>("input");
    QTest::addColumn<ColumnType>("target");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<Value>("expected");
    QTest::addColumn<QString>("error");

    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const QByteArray guid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const QByteArray guidBytes = QByteArray::fromHex("0f8fad5bd9cb469fa16570867728950e");

    // NULL stays NULL for every type.
    for (ColumnType type :
        { ColumnType::Text, ColumnType::Integer, ColumnType::Decimal, ColumnType::Double,
            ColumnType::Boolean, ColumnType::DateTime, ColumnType::Guid, ColumnType::Binary })
        add(qPrintable(u"null to "_s + ValueConverter::typeName(type)), null(), type, null());

    // Text target.
    add("int to text", integer(42), ColumnType::Text, text("42"));
    add("min int to text", integer(min), ColumnType::Text, text("-9223372036854775808"));
    add("real 0.1 to text", real(0.1), ColumnType::Text, text("0.1"));
    add("real 1.5 to text", real(1.5), ColumnType::Text, text("1.5"));
    add("real third to text", real(1.0 / 3), ColumnType::Text, text("0.3333333333333333"));
    add("real 1e308 to text", real(1e308), ColumnType::Text, text("1e+308"));
    add("real -0 to text", real(-0.0), ColumnType::Text, text("0"));
    add("real 2^53 to text", real(9007199254740992.0), ColumnType::Text, text("9007199254740992"));
    fails("real NaN to text", real(nan), ColumnType::Text, u"'nan' is not a finite number"_s);
    fails("real inf to text", real(inf), ColumnType::Text, u"'inf' is not a finite number"_s);
    fails("int too long", integer(12345), ColumnType::Text, u"5 characters long"_s, 4);
    add("text to text", text("hello"), ColumnType::Text, text("hello"));
    add("empty text", text(""), ColumnType::Text, text(""));
    add("text keeps spaces", text("  a "), ColumnType::Text, text("  a "));
    add("cyrillic fits", text("Привет"), ColumnType::Text, text("Привет"), {}, 6);
    fails("cyrillic too long", text("Привет"), ColumnType::Text,
        u"'Привет' is 6 characters long; the column allows 5"_s, 5);
    add("emoji fits", text("😀😀"), ColumnType::Text, text("😀😀"), {}, 2);
    fails("emoji too long", text("😀😀"), ColumnType::Text, u"is 2 characters long"_s, 1);
    add("mixed ascii run", text("abcdefghijkl€mnopqrstuvwxyz"), ColumnType::Text,
        text("abcdefghijkl€mnopqrstuvwxyz"), {}, 27);
    fails("invalid utf-8", text("caf\xC3("), ColumnType::Text, u"is not valid UTF-8 text"_s);
    fails("overlong utf-8", text("\xC0\xAF"), ColumnType::Text, u"not valid UTF-8"_s);
    fails("surrogate utf-8", text("\xED\xA0\x80"), ColumnType::Text, u"not valid UTF-8"_s);
    fails("above U+10FFFF", text("\xF4\x90\x80\x80"), ColumnType::Text, u"not valid UTF-8"_s);
    fails("truncated utf-8", text("abc\xE2\x82"), ColumnType::Text, u"not valid UTF-8"_s);
    fails("invalid after ascii run", text(QByteArray(100, 'a') + "\xFF"), ColumnType::Text,
        u"not valid UTF-8"_s);
    fails("nul in text", text(QByteArray("ab\0cd", 5)), ColumnType::Text, u"NUL character"_s);
    fails("nul in ascii run", text(QByteArray("abcdefg\0hijklmnop", 17)), ColumnType::Text,
        u"NUL character"_s);
    const QByteArray megabyte(1 << 20, 'x');
    add("1 MB text unbounded", text(megabyte), ColumnType::Text, text(megabyte));
    fails("blob to text", blob("\x01\x02"), ColumnType::Text,
        u"'0x0102' is binary data (the column holds text)"_s);

    // Integer target.
    add("int to int", integer(max), ColumnType::Integer, integer(max));
    add("real 42.0 to int", real(42.0), ColumnType::Integer, integer(42));
    add("real -0 to int", real(-0.0), ColumnType::Integer, integer(0));
    add("real -2^63 to int", real(-9223372036854775808.0), ColumnType::Integer, integer(min));
    fails(
        "real 2^63 to int", real(9223372036854775808.0), ColumnType::Integer, u"is out of range"_s);
    fails("real fraction to int", real(12.5), ColumnType::Integer,
        u"'12.5' has a fraction (the column holds whole numbers)"_s);
    fails("real 1e308 to int", real(1e308), ColumnType::Integer, u"out of range"_s);
    fails("real NaN to int", real(nan), ColumnType::Integer, u"not a finite number"_s);
    fails("real -inf to int", real(-inf), ColumnType::Integer, u"'-inf' is not a finite"_s);
    add("text to int", text(" -42 "), ColumnType::Integer, integer(-42));
    add("text plus to int", text("+7"), ColumnType::Integer, integer(7));
    add("text max to int", text("9223372036854775807"), ColumnType::Integer, integer(max));
    add("text min to int", text("-9223372036854775808"), ColumnType::Integer, integer(min));
    add("text leading zeros", text("007"), ColumnType::Integer, integer(7));
    fails("text overflow", text("9223372036854775808"), ColumnType::Integer, u"out of range"_s);
    fails("text underflow", text("-9223372036854775809"), ColumnType::Integer, u"out of range"_s);
    fails("text huge", text("123456789012345678901234567890"), ColumnType::Integer,
        u"out of range"_s);
    fails("text huge junk", text("123456789012345678901234567890x"), ColumnType::Integer,
        u"is not a whole number"_s);
    fails("text true to int", text("true"), ColumnType::Integer,
        u"'true' is not a whole number (the column holds whole numbers)"_s);
    fails("text decimal to int", text("12.5"), ColumnType::Integer, u"not a whole number"_s);
    fails("text empty to int", text(""), ColumnType::Integer, u"not a whole number"_s);
    fails("text sign only", text("-"), ColumnType::Integer, u"not a whole number"_s);
    fails("text inner space", text("1 2"), ColumnType::Integer, u"not a whole number"_s);
    fails("blob to int", blob("\x2A"), ColumnType::Integer, u"binary data"_s);

    // Decimal target.
    add("int to decimal", integer(min), ColumnType::Decimal, integer(min));
    add("real to decimal", real(0.1), ColumnType::Decimal, real(0.1));
    add("real -0 to decimal", real(-0.0), ColumnType::Decimal, real(-0.0));
    fails("real NaN to decimal", real(nan), ColumnType::Decimal,
        u"'nan' is not a finite number (the column holds decimals)"_s);
    fails("real inf to decimal", real(inf), ColumnType::Decimal, u"not a finite number"_s);
    add("text to decimal", text("12.50"), ColumnType::Decimal, text("12.50"));
    add("text trimmed, no plus", text(" +12.50 "), ColumnType::Decimal, text("12.50"));
    add("text exponent", text("-0.001e-5"), ColumnType::Decimal, text("-0.001e-5"));
    add("text leading point", text(".5"), ColumnType::Decimal, text(".5"));
    add("text trailing point", text("5."), ColumnType::Decimal, text("5."));
    add("text upper exponent", text("1E+10"), ColumnType::Decimal, text("1E+10"));
    add("text long digits", text("123456789012345678901234567890.123456789"), ColumnType::Decimal,
        text("123456789012345678901234567890.123456789"));
    fails("text comma", text("12,5"), ColumnType::Decimal,
        u"'12,5' is not a number: the decimal separator is a point"_s);
    fails("text comma junk", text("12,5x"), ColumnType::Decimal,
        u"'12,5x' is not a number (the column holds decimals)"_s);
    fails("text thousands", text("1,234.5"), ColumnType::Decimal, u"is not a number ("_s);
    fails("text word", text("abc"), ColumnType::Decimal, u"not a number"_s);
    fails("text bare exponent", text("1e"), ColumnType::Decimal, u"not a number"_s);
    fails("text point only", text("."), ColumnType::Decimal, u"not a number"_s);
    fails("text double sign", text("--1"), ColumnType::Decimal, u"not a number"_s);
    fails("text empty to decimal", text("  "), ColumnType::Decimal, u"not a number"_s);
    fails("text NaN to decimal", text("NaN"), ColumnType::Decimal, u"not a number"_s);
    fails("text huge exponent", text("1e1001"), ColumnType::Decimal, u"out of range"_s);
    fails("blob to decimal", blob("1"), ColumnType::Decimal, u"binary data"_s);

    // Double target.
    add("int to double", integer(42), ColumnType::Double, real(42.0));
    add("real to double", real(0.1), ColumnType::Double, real(0.1));
    fails("real NaN to double", real(nan), ColumnType::Double,
        u"'nan' is not a finite number (the column holds numbers)"_s);
    fails("real -inf to double", real(-inf), ColumnType::Double, u"not a finite number"_s);
    add("text to double", text("0.1"), ColumnType::Double, real(0.1));
    add("text exponent to double", text(" +2.5e3 "), ColumnType::Double, real(2500.0));
    add("text -0 to double", text("-0"), ColumnType::Double, real(-0.0));
    add("text point to double", text(".5"), ColumnType::Double, real(0.5));
    add("text 1e308 to double", text("1e308"), ColumnType::Double, real(1e308));
    fails("text 1e400 to double", text("1e400"), ColumnType::Double, u"out of range"_s);
    fails("text inf to double", text("inf"), ColumnType::Double, u"not a number"_s);
    fails("text comma to double", text("1,5"), ColumnType::Double,
        u"decimal separator is a point (the column holds numbers)"_s);
    fails("text hex to double", text("0x10"), ColumnType::Double, u"not a number"_s);
    fails("blob to double", blob("1"), ColumnType::Double, u"binary data"_s);

    // Boolean target: 0/1 integers, as the engine binds booleans.
    add("int 1 to bool", integer(1), ColumnType::Boolean, integer(1));
    add("int 0 to bool", integer(0), ColumnType::Boolean, integer(0));
    fails("int 2 to bool", integer(2), ColumnType::Boolean,
        u"'2' is not true, false, 1 or 0 (the column holds true/false)"_s);
    fails("int -1 to bool", integer(-1), ColumnType::Boolean, u"not true, false"_s);
    add("real 1 to bool", real(1.0), ColumnType::Boolean, integer(1));
    add("real 0 to bool", real(0.0), ColumnType::Boolean, integer(0));
    add("real -0 to bool", real(-0.0), ColumnType::Boolean, integer(0));
    fails("real 0.5 to bool", real(0.5), ColumnType::Boolean, u"'0.5' is not true, false"_s);
    fails("real NaN to bool", real(nan), ColumnType::Boolean, u"not a finite number"_s);
    add("text TRUE to bool", text("TRUE"), ColumnType::Boolean, integer(1));
    add("text False to bool", text(" False "), ColumnType::Boolean, integer(0));
    add("text 1 to bool", text("1"), ColumnType::Boolean, integer(1));
    add("text 0 to bool", text("\t0\n"), ColumnType::Boolean, integer(0));
    fails("text yes to bool", text("yes"), ColumnType::Boolean, u"not true, false, 1 or 0"_s);
    fails("text 2 to bool", text("2"), ColumnType::Boolean, u"not true, false, 1 or 0"_s);
    fails("text truex to bool", text("truex"), ColumnType::Boolean, u"not true, false"_s);
    fails("text empty to bool", text(""), ColumnType::Boolean, u"not true, false"_s);
    fails("blob to bool", blob("\x01"), ColumnType::Boolean, u"binary data"_s);

    // DateTime target: ISO 8601 text, normalized.
    const ColumnType dt = ColumnType::DateTime;
    add("date", text("2024-02-29"), dt, text("2024-02-29"));
    add("minutes", text("2024-02-29T13:45"), dt, text("2024-02-29T13:45"));
    add("space to T", text("2024-02-29 13:45"), dt, text("2024-02-29T13:45"));
    add("seconds", text("2024-02-29T13:45:30"), dt, text("2024-02-29T13:45:30"));
    add("fraction Z", text("2024-02-29T13:45:30.123456789Z"), dt,
        text("2024-02-29T13:45:30.123456789Z"));
    add("lower t and z", text(" 2024-02-29t13:45:30z "), dt, text("2024-02-29T13:45:30Z"));
    add("offset", text("2024-02-29T13:45:30.5-03:30"), dt, text("2024-02-29T13:45:30.5-03:30"));
    add("postgres offset", text("2024-01-01 10:00:00+00"), dt, text("2024-01-01T10:00:00+00:00"));
    add("compact offset", text("2024-01-01T10:00+0530"), dt, text("2024-01-01T10:00+05:30"));
    add("leap second", text("2016-12-31T23:59:60Z"), dt, text("2016-12-31T23:59:60Z"));
    add("leap 2000", text("2000-02-29"), dt, text("2000-02-29"));
    fails("2023-02-29", text("2023-02-29"), dt,
        u"'2023-02-29' names a date that does not exist (the column holds dates and times)"_s);
    fails("1900-02-29", text("1900-02-29"), dt, u"does not exist"_s);
    fails("April 31", text("2024-04-31"), dt, u"does not exist"_s);
    fails("month 13", text("2024-13-01"), dt, u"does not exist"_s);
    fails("month 0", text("2024-00-10"), dt, u"does not exist"_s);
    fails("year 0", text("0000-01-01"), dt, u"does not exist"_s);
    fails("24:00", text("2024-02-29T24:00"), dt,
        u"'2024-02-29T24:00' has a time or time zone offset out of range"_s);
    fails("minute 60", text("2024-02-29T23:60"), dt, u"out of range"_s);
    fails("second 61", text("2024-02-29T23:59:61"), dt, u"out of range"_s);
    fails("offset 25", text("2024-02-29T13:45+25:00"), dt, u"out of range"_s);
    fails("10 fraction digits", text("2024-02-29T13:45:30.1234567890"), dt,
        u"is not an ISO 8601 date and time such as 2024-02-29"_s);
    fails("empty fraction", text("2024-02-29T13:45:30."), dt, u"ISO 8601"_s);
    fails("fraction without seconds", text("2024-02-29T13:45.5"), dt, u"ISO 8601"_s);
    fails("German date", text("29.02.2024"), dt, u"ISO 8601"_s);
    fails("single digit month", text("2024-2-29"), dt, u"ISO 8601"_s);
    fails("hour only", text("2024-02-29T13"), dt, u"ISO 8601"_s);
    fails("offset without time", text("2024-02-29+01:00"), dt, u"ISO 8601"_s);
    fails("bad offset form", text("2024-02-29T13:45+1:00"), dt, u"ISO 8601"_s);
    fails("trailing junk", text("2024-02-29T13:45:30Zx"), dt, u"ISO 8601"_s);
    fails("int to datetime", integer(1709214300), dt,
        u"'1709214300' is not an ISO 8601 date and time"_s);
    fails("real to datetime", real(45351.5), dt, u"ISO 8601"_s);
    fails("blob to datetime", blob("2024"), dt, u"binary data"_s);

    // Guid target.
    const ColumnType g = ColumnType::Guid;
    add("guid as is", text(guid), g, text(guid));
    add("guid upper", text("0F8FAD5B-D9CB-469F-A165-70867728950E"), g, text(guid));
    add("guid braces", text(" {0f8fad5b-d9cb-469f-a165-70867728950e} "), g, text(guid));
    add("guid plain", text("0f8fad5bd9cb469fa16570867728950e"), g, text(guid));
    add("guid plain braces", text("{0F8FAD5BD9CB469FA16570867728950E}"), g, text(guid));
    add("guid blob", blob(guidBytes), g, text(guid));
    fails("guid short", text("0f8fad5b-d9cb-469f-a165-70867728950"), g,
        u"is not 32 hexadecimal digits"_s);
    fails("guid not hex", text("0f8fad5b-d9cb-469f-a165-70867728950g"), g, u"32 hexadecimal"_s);
    fails("guid one brace", text("{0f8fad5b-d9cb-469f-a165-70867728950e"), g, u"32 hexadecimal"_s);
    fails("guid dash moved", text("0f8fad5bd-9cb-469f-a165-70867728950e"), g, u"32 hexadecimal"_s);
    fails("guid int", integer(1), g, u"'1' is not 32 hexadecimal digits"_s);
    fails("guid real", real(1.5), g, u"32 hexadecimal"_s);
    fails("guid blob 15", blob(guidBytes.left(15)), g,
        u"is not 16 bytes long (the column holds GUIDs)"_s);

    // Binary target.
    add("blob to binary", blob(QByteArray("\x00\xFF\x10", 3)), ColumnType::Binary,
        blob(QByteArray("\x00\xFF\x10", 3)));
    add("empty blob", blob(""), ColumnType::Binary, blob(""));
    fails("text to binary", text("abc"), ColumnType::Binary,
        u"'abc' is not binary data (the column holds binary data)"_s);
    fails("int to binary", integer(7), ColumnType::Binary, u"not binary data"_s);
    fails("real to binary", real(7.5), ColumnType::Binary, u"not binary data"_s);
}

void TestValueConverter::checkResult(
    bool ok, const QString &error, const Value &result, const Value &expected, bool failed)
{
    if (failed) {
        const QByteArray what = "converted a value that should fail: " + describe(result);
        QVERIFY2(!ok, what.constData());
        return;
    }
    QVERIFY2(ok, qPrintable(error));
    const QByteArray what = describe(result) + " != " + describe(expected);
    QVERIFY2(same(result, expected), what.constData());
}

// Every row three ways: into another buffer, into another cell of the same buffer and in place.
// A failure must leave the target cell as it was.
void TestValueConverter::convert()
{
    QFETCH(Value, input);
    QFETCH(ColumnType, target);
    QFETCH(int, maxLength);
    QFETCH(Value, expected);
    QFETCH(QString, error);
    const ColumnDefinition definition = column(target, maxLength);
    const bool failed = !error.isEmpty();

    RowBuffer from(1);
    from.appendRow();
    put(from, 0, 0, input);
    RowBuffer to(2);
    to.appendRow();
    to.appendRow();
    put(to, 1, 1, Sentinel);
    QString message;
    bool ok = ValueConverter::convert(from, from.cell(0, 0), definition, to, 1, 1, &message);
    checkResult(ok, message, read(to, 1, 1), expected, failed);
    if (QTest::currentTestFailed())
        return;
    if (failed) {
        QVERIFY2(message.contains(error), qPrintable(message));
        QVERIFY2(message.contains(ValueConverter::typeName(target))
                || message.contains(u"the column allows"_s),
            qPrintable(message));
        QVERIFY(same(read(to, 1, 1), Sentinel));
    }
    QVERIFY(same(read(from, 0, 0), input));

    RowBuffer shared(2);
    shared.appendRow();
    put(shared, 0, 1, Sentinel);
    put(shared, 0, 0, input);
    ok = ValueConverter::convert(shared, shared.cell(0, 0), definition, shared, 0, 1, &message);
    checkResult(ok, message, read(shared, 0, 1), expected, failed);
    if (QTest::currentTestFailed())
        return;
    if (failed)
        QVERIFY(same(read(shared, 0, 1), Sentinel));
    QVERIFY(same(read(shared, 0, 0), input));

    RowBuffer inPlace(1);
    inPlace.appendRow();
    put(inPlace, 0, 0, input);
    ok = ValueConverter::convert(inPlace, inPlace.cell(0, 0), definition, inPlace, 0, 0, &message);
    checkResult(ok, message, read(inPlace, 0, 0), expected, failed);
    if (QTest::currentTestFailed())
        return;
    if (failed)
        QVERIFY(same(read(inPlace, 0, 0), input));
}

void TestValueConverter::messages_data()
{
    QTest::addColumn<Value>("input");
    QTest::addColumn<ColumnType>("target");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("message");

    const QByteArray long312(312, 'a');
    QTest::newRow("too long") << text(long312) << ColumnType::Text << 255
                              << QString(u'\'' + QString(59, u'a') + QChar(0x2026)
                                     + u"' is 312 characters long; the column allows 255"_s);
    QTest::newRow("exactly 60") << text(QByteArray(60, 'b')) << ColumnType::Integer << 0
                                << QString(u'\'' + QString(60, u'b')
                                       + u"' is not a whole number (the column holds whole "
                                         "numbers)"_s);
    QTest::newRow("emoji cut") << text(QByteArray("😀").repeated(70)) << ColumnType::Guid << 0
                               << QString(u'\'' + u"😀"_s.repeated(59) + QChar(0x2026)
                                      + u"' is not 32 hexadecimal digits such as "
                                        "0f8fad5b-d9cb-469f-a165-70867728950e (the column "
                                        "holds GUIDs)"_s);
    QTest::newRow("blob cut") << blob(QByteArray(40, '\xAB')) << ColumnType::Guid << 0
                              << QString(u"'0x"_s + u"ab"_s.repeated(28) + u'a' + QChar(0x2026)
                                     + u"' is not 16 bytes long (the column holds GUIDs)"_s);
    QTest::newRow("invalid utf-8 shown")
        << text("a\xFF") << ColumnType::Text << 0
        << QString(
               u"'a"_s + QChar(0xFFFD) + u"' is not valid UTF-8 text (the column holds text)"_s);
}

void TestValueConverter::messages()
{
    QFETCH(Value, input);
    QFETCH(ColumnType, target);
    QFETCH(int, maxLength);
    QFETCH(QString, message);
    RowBuffer buffer(1);
    buffer.appendRow();
    put(buffer, 0, 0, input);
    QString error;
    QVERIFY(!ValueConverter::convert(
        buffer, buffer.cell(0, 0), column(target, maxLength), buffer, 0, 0, &error));
    QCOMPARE(error, message);
}

void TestValueConverter::typeNames()
{
    QCOMPARE(ValueConverter::typeName(ColumnType::Text), u"text"_s);
    QCOMPARE(ValueConverter::typeName(ColumnType::Integer), u"whole numbers"_s);
    QCOMPARE(ValueConverter::typeName(ColumnType::Decimal), u"decimals"_s);
    QCOMPARE(ValueConverter::typeName(ColumnType::Double), u"numbers"_s);
    QCOMPARE(ValueConverter::typeName(ColumnType::Boolean), u"true/false"_s);
    QCOMPARE(ValueConverter::typeName(ColumnType::DateTime), u"dates and times"_s);
    QCOMPARE(ValueConverter::typeName(ColumnType::Guid), u"GUIDs"_s);
    QCOMPARE(ValueConverter::typeName(ColumnType::Binary), u"binary data"_s);
}

// The error is optional: a caller that only wants the verdict passes nullptr.
void TestValueConverter::nullError()
{
    RowBuffer buffer(1);
    buffer.appendRow();
    buffer.setText(0, 0, "x");
    QVERIFY(!ValueConverter::convert(
        buffer, buffer.cell(0, 0), column(ColumnType::Integer), buffer, 0, 0, nullptr));
    QVERIFY(same(read(buffer, 0, 0), text("x")));
}

void TestValueConverter::benchmarkDecimalText_data()
{
    QTest::addColumn<bool>("sameBuffer");
    QTest::newRow("into another buffer") << false;
    QTest::newRow("within the buffer") << true;
}

// 100k decimal texts of a page into a Decimal column: the common shape of amounts.
void TestValueConverter::benchmarkDecimalText()
{
    QFETCH(bool, sameBuffer);
    constexpr int Rows = 100000;
    RowBuffer from(2);
    for (int row = 0; row < Rows; ++row) {
        from.appendRow();
        from.setText(row, 0, QByteArray(QByteArray::number(row * 7) + ".25"));
    }
    const ColumnDefinition decimal = column(ColumnType::Decimal);
    RowBuffer to(1);
    RowBuffer &target = sameBuffer ? from : to;
    const int targetColumn = sameBuffer ? 1 : 0;
    bool ok = true;
    QBENCHMARK
    {
        if (!sameBuffer) {
            to.reset(1);
            for (int row = 0; row < Rows; ++row)
                to.appendRow();
        }
        for (int row = 0; row < Rows; ++row)
            ok &= ValueConverter::convert(
                from, from.cell(row, 0), decimal, target, row, targetColumn, nullptr);
    }
    QVERIFY(ok);
    QVERIFY(same(read(target, Rows - 1, targetColumn), text("699993.25")));
}

QTEST_GUILESS_MAIN(TestValueConverter)
#include "tst_valueconverter.moc"
