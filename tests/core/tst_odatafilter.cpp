#include "odatafilter.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;
using dw::ODataFilter;

namespace {

QString doubleQuote(const QString &name)
{
    return u'"' + name + u'"';
}

// "qlonglong(5), QString(abc)": compares types as well as values, readable when it fails.
QString describe(const QVariantList &values)
{
    QStringList parts;
    for (const QVariant &v : values)
        parts.append(QString::fromLatin1(v.typeName()) + u'(' + v.toString() + u')');
    return parts.join(u", "_s);
}

ODataFilter parsed(const QString &text)
{
    ODataFilter filter;
    QString error;
    if (!ODataFilter::parse(text, &filter, &error))
        qWarning("unexpected parse error: %s", qPrintable(error));
    return filter;
}

} // namespace

class TestODataFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void emptyFilter_data();
    void emptyFilter();
    void compile_data();
    void compile();
    void errors_data();
    void errors();
    void errorMessageFormat();
    void failedParseKeepsFilter();
    void nestingLimit();
    void columns_data();
    void columns();
    void matchesRow_data();
    void matchesRow();
    void copyIsIndependent();
    void sqliteAgreement_data();
    void sqliteAgreement();

private:
    QString m_connection = u"tst_odatafilter"_s;
    QList<QVariantHash> m_rows;
};

void TestODataFilter::initTestCase()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(u":memory:"_s);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));
    QSqlQuery q(db);
    QVERIFY2(q.exec(u"CREATE TABLE items (id INTEGER PRIMARY KEY, Name TEXT, Qty INTEGER, "
                    "Amount REAL, msdyn_skipsync INTEGER, ProjectId TEXT, Cost REAL, "
                    "Price REAL, Code TEXT)"_s),
        qPrintable(q.lastError().text()));
    const QVariant null;
    const QList<QVariantList> rows = {
        { 1, u"Contoso"_s, 10, 100.5, 0, u"P-1"_s, 50, 60, u"10"_s },
        { 2, u"Fabrikam"_s, 5, -20.25, 1, u"P-2"_s, 70, 65, u"9"_s },
        { 3, u"Проект Альфа"_s, 0, 0.0, 0, null, 10, 10, u"abc"_s },
        { 4, u"O'Brien"_s, 3, 42, 1, u"P-1"_s, null, 5, u"5"_s },
        { 5, u"x' OR 1=1 --"_s, 7, 7.5, 0, u"P-3"_s, 1, 2, null },
        { 6, u"🚀 Launch"_s, null, 12, 0, u"P-2"_s, 3, 3, null },
        { 7, null, 2, null, null, u"P-4"_s, 4, 8, null },
        { 8, u"contoso"_s, 10, 100.5, 1, u""_s, 9, null, null },
        { 9, u"ｚ fullwidth"_s, 1, 1, 0, u"P-5"_s, 2, 1, null },
        { 10, u"Zeta"_s, 20, 1000, 0, u"P-1"_s, 100, 99, null },
    };
    QVERIFY(q.prepare(u"INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s));
    for (const QVariantList &row : rows) {
        for (const QVariant &value : row)
            q.addBindValue(value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    // The rows as the database returns them, so matches() sees the driver's value types.
    QVERIFY(q.exec(u"SELECT * FROM items ORDER BY id"_s));
    while (q.next()) {
        QVariantHash row;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        m_rows.append(row);
    }
    QCOMPARE(m_rows.size(), rows.size());
}

void TestODataFilter::cleanupTestCase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void TestODataFilter::emptyFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u""_s;
    QTest::newRow("spaces") << u"   "_s;
    QTest::newRow("whitespace mix") << u" \t\r\n "_s;
}

void TestODataFilter::emptyFilter()
{
    QFETCH(QString, text);
    ODataFilter filter;
    QString error;
    QVERIFY(ODataFilter::parse(text, &filter, &error));
    QVERIFY(error.isEmpty());
    QVERIFY(filter.isEmpty());
    QVERIFY(filter.columns().isEmpty());
    QVariantList binds;
    QVERIFY(filter.toSql(doubleQuote, &binds).isNull());
    QVERIFY(binds.isEmpty());
    QVERIFY(filter.matches({}));
    QVERIFY(filter.matches({ { u"Name"_s, QVariant() } }));
    QVERIFY(ODataFilter().isEmpty());
}

void TestODataFilter::compile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantList>("binds");

    const QString longName(128, u'c');

    QTest::newRow("eq string") << u"Name eq 'Contoso'"_s << u"\"Name\" = ?"_s
                               << QVariantList { u"Contoso"_s };
    QTest::newRow("ne") << u"Qty ne 3"_s << u"\"Qty\" <> ?"_s << QVariantList { 3LL };
    QTest::newRow("gt") << u"Qty gt 3"_s << u"\"Qty\" > ?"_s << QVariantList { 3LL };
    QTest::newRow("ge") << u"Qty ge 3"_s << u"\"Qty\" >= ?"_s << QVariantList { 3LL };
    QTest::newRow("lt") << u"Qty lt 3"_s << u"\"Qty\" < ?"_s << QVariantList { 3LL };
    QTest::newRow("le") << u"Qty le 3"_s << u"\"Qty\" <= ?"_s << QVariantList { 3LL };
    QTest::newRow("decimal") << u"Amount ge 12.5"_s << u"\"Amount\" >= ?"_s
                             << QVariantList { 12.5 };
    QTest::newRow("negative integer")
        << u"Amount gt -3"_s << u"\"Amount\" > ?"_s << QVariantList { -3LL };
    QTest::newRow("negative decimal")
        << u"Amount lt -0.25"_s << u"\"Amount\" < ?"_s << QVariantList { -0.25 };
    QTest::newRow("zero") << u"Qty eq 0"_s << u"\"Qty\" = ?"_s << QVariantList { 0LL };
    QTest::newRow("integer beyond 64 bits")
        << u"Amount lt 99999999999999999999"_s << u"\"Amount\" < ?"_s << QVariantList { 1e20 };
    QTest::newRow("true") << u"msdyn_skipsync eq true"_s << u"\"msdyn_skipsync\" = ?"_s
                          << QVariantList { true };
    QTest::newRow("false") << u"msdyn_skipsync ne false"_s << u"\"msdyn_skipsync\" <> ?"_s
                           << QVariantList { false };
    QTest::newRow("eq null") << u"ProjectId eq null"_s << u"\"ProjectId\" IS NULL"_s
                             << QVariantList {};
    QTest::newRow("ne null") << u"ProjectId ne null"_s << u"\"ProjectId\" IS NOT NULL"_s
                             << QVariantList {};
    QTest::newRow("null eq column")
        << u"null eq ProjectId"_s << u"\"ProjectId\" IS NULL"_s << QVariantList {};
    QTest::newRow("null ne column")
        << u"null ne ProjectId"_s << u"\"ProjectId\" IS NOT NULL"_s << QVariantList {};
    QTest::newRow("literal on the left")
        << u"5 lt Qty"_s << u"? < \"Qty\""_s << QVariantList { 5LL };
    QTest::newRow("column with column")
        << u"Cost le Price"_s << u"\"Cost\" <= \"Price\""_s << QVariantList {};
    QTest::newRow("and") << u"a eq 1 and b eq 'x'"_s << u"(\"a\" = ? AND \"b\" = ?)"_s
                         << QVariantList { 1LL, u"x"_s };
    QTest::newRow("or") << u"a eq 1 or b eq 2"_s << u"(\"a\" = ? OR \"b\" = ?)"_s
                        << QVariantList { 1LL, 2LL };
    QTest::newRow("or chain") << u"a eq 1 or b eq 2 or c eq 3"_s
                              << u"(\"a\" = ? OR \"b\" = ? OR \"c\" = ?)"_s
                              << QVariantList { 1LL, 2LL, 3LL };
    QTest::newRow("and before or (right)")
        << u"a eq 1 or b eq 2 and c eq 3"_s << u"(\"a\" = ? OR (\"b\" = ? AND \"c\" = ?))"_s
        << QVariantList { 1LL, 2LL, 3LL };
    QTest::newRow("and before or (left)")
        << u"a eq 1 and b eq 2 or c eq 3"_s << u"((\"a\" = ? AND \"b\" = ?) OR \"c\" = ?)"_s
        << QVariantList { 1LL, 2LL, 3LL };
    QTest::newRow("parentheses override")
        << u"a eq 1 and (b eq 2 or c eq 3)"_s << u"(\"a\" = ? AND (\"b\" = ? OR \"c\" = ?))"_s
        << QVariantList { 1LL, 2LL, 3LL };
    QTest::newRow("nested parentheses")
        << u"(a eq 1 or (b eq 2 and (c eq 3 or d eq 4))) and e eq 5"_s
        << u"((\"a\" = ? OR (\"b\" = ? AND (\"c\" = ? OR \"d\" = ?))) AND \"e\" = ?)"_s
        << QVariantList { 1LL, 2LL, 3LL, 4LL, 5LL };
    QTest::newRow("redundant parentheses")
        << u"((a eq 1))"_s << u"\"a\" = ?"_s << QVariantList { 1LL };
    QTest::newRow("not") << u"not a eq 1"_s << u"NOT (\"a\" = ?)"_s << QVariantList { 1LL };
    QTest::newRow("not before and")
        << u"not a eq 1 and b eq 2"_s << u"(NOT (\"a\" = ?) AND \"b\" = ?)"_s
        << QVariantList { 1LL, 2LL };
    QTest::newRow("not over parentheses")
        << u"not (a eq 1 or b eq 2)"_s << u"NOT (\"a\" = ? OR \"b\" = ?)"_s
        << QVariantList { 1LL, 2LL };
    QTest::newRow("not not") << u"not not a eq null"_s << u"NOT (NOT (\"a\" IS NULL))"_s
                             << QVariantList {};
    QTest::newRow("free whitespace")
        << u"\t(a  eq\n1)and(b eq'x')or c eq 2 "_s << u"((\"a\" = ? AND \"b\" = ?) OR \"c\" = ?)"_s
        << QVariantList { 1LL, u"x"_s, 2LL };
    QTest::newRow("escaped quote")
        << u"Name eq 'O''Brien'"_s << u"\"Name\" = ?"_s << QVariantList { u"O'Brien"_s };
    QTest::newRow("only a quote") << u"Name eq ''''"_s << u"\"Name\" = ?"_s
                                  << QVariantList { u"'"_s };
    QTest::newRow("empty string") << u"Name eq ''"_s << u"\"Name\" = ?"_s << QVariantList { u""_s };
    QTest::newRow("keywords inside a string")
        << u"Name eq 'a eq 1 or not (b)'"_s << u"\"Name\" = ?"_s
        << QVariantList { u"a eq 1 or not (b)"_s };
    QTest::newRow("unicode string")
        << u"Name eq 'Проект ✓ 🚀'"_s << u"\"Name\" = ?"_s << QVariantList { u"Проект ✓ 🚀"_s };
    QTest::newRow("injection-looking string")
        << u"name eq 'x'' OR 1=1 --'"_s << u"\"name\" = ?"_s << QVariantList { u"x' OR 1=1 --"_s };
    QTest::newRow("injection after a quote")
        << u"name eq ''';DROP TABLE items;--'"_s << u"\"name\" = ?"_s
        << QVariantList { u"';DROP TABLE items;--"_s };
    QTest::newRow("uppercase keyword is a column")
        << u"EQ eq 1"_s << u"\"EQ\" = ?"_s << QVariantList { 1LL };
    QTest::newRow("keyword prefixes") << u"andy eq 1 and notes ne 'x' or nullable eq null"_s
                                      << u"((\"andy\" = ? AND \"notes\" <> ?) OR \"nullable\" IS "
                                         "NULL)"_s
                                      << QVariantList { 1LL, u"x"_s };
    QTest::newRow("underscore and digits")
        << u"_x2 eq 2 and msdyn_Field_3 eq 3"_s << u"(\"_x2\" = ? AND \"msdyn_Field_3\" = ?)"_s
        << QVariantList { 2LL, 3LL };
    QTest::newRow("128-character column")
        << (longName + u" eq 1"_s) << doubleQuote(longName) + u" = ?"_s << QVariantList { 1LL };
}

void TestODataFilter::compile()
{
    QFETCH(QString, text);
    QFETCH(QString, sql);
    QFETCH(QVariantList, binds);

    ODataFilter filter;
    QString error;
    int position = -2;
    QVERIFY2(ODataFilter::parse(text, &filter, &error, &position), qPrintable(error));
    QCOMPARE(position, -2); // untouched on success
    QVERIFY(!filter.isEmpty());
    QVariantList actual { u"existing"_s }; // values are appended, not assigned
    QCOMPARE(filter.toSql(doubleQuote, &actual), sql);
    QCOMPARE(describe(actual), describe(QVariantList { u"existing"_s } + binds));
    QCOMPARE(sql.count(u'?'), binds.size());
    // Qt's SQL drivers bind a null QString as NULL; an empty literal must stay a value.
    for (const QVariant &value : std::as_const(actual))
        QVERIFY(value.typeId() != QMetaType::QString || !value.toString().isNull());
}

void TestODataFilter::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("fragment");

    const QString tooLong(129, u'x');

    QTest::newRow("unterminated string") << u"Name eq 'abc"_s << 8 << u"unterminated string"_s;
    QTest::newRow("unterminated after escaped quote")
        << u"Name eq 'it''s"_s << 8 << u"unterminated string"_s;
    QTest::newRow("unexpected character")
        << u"Name eq 'a' & b eq 1"_s << 12 << u"unexpected character '&'"_s;
    QTest::newRow("equals sign") << u"Amount = 5"_s << 7 << u"unexpected character '='"_s;
    QTest::newRow("non-ASCII column") << u"Имя eq 'x'"_s << 0 << u"unexpected character 'И'"_s;
    QTest::newRow("emoji outside a string")
        << u"Name eq '🚀' 🚀"_s << 13 << u"unexpected character '🚀'"_s;
    QTest::newRow("control character")
        << u"a eq 1\u0001"_s << 6 << u"unexpected character U+0001"_s;
    QTest::newRow("lone minus") << u"a eq -"_s << 5 << u"unexpected character '-'"_s;
    QTest::newRow("end after operator")
        << u"Name eq"_s << 7 << u"expected a column or a value after 'eq' but the filter ended"_s;
    QTest::newRow("end after column")
        << u"Name"_s << 4
        << u"expected a comparison operator (eq, ne, gt, ge, lt, le) but the filter ended"_s;
    QTest::newRow("unknown operator")
        << u"msdyn_projectid equals 'x'"_s << 16
        << u"expected a comparison operator (eq, ne, gt, ge, lt, le) but found 'equals'"_s;
    QTest::newRow("uppercase operator") << u"a EQ 1"_s << 2 << u"but found 'EQ'"_s;
    QTest::newRow("end after and")
        << u"a eq 1 and"_s << 10 << u"expected a column, a value or '(' but the filter ended"_s;
    QTest::newRow("or or") << u"a eq 1 or or b eq 2"_s << 10
                           << u"expected a column, a value or '(' but found 'or'"_s;
    QTest::newRow("leading and") << u"and a eq 1"_s << 0 << u"but found 'and'"_s;
    QTest::newRow("empty parentheses") << u"()"_s << 1 << u"but found ')'"_s;
    QTest::newRow("not alone") << u"not"_s << 3 << u"but the filter ended"_s;
    QTest::newRow("not column") << u"not msdyn_skipsync"_s << 18
                                << u"expected a comparison operator"_s;
    QTest::newRow("parenthesized value")
        << u"a eq (1)"_s << 5 << u"expected a column or a value after 'eq' but found '('"_s;
    QTest::newRow("missing )") << u"(a eq 1 and b eq 2"_s << 18
                               << u"missing ')' to close the '(' at position 1"_s;
    QTest::newRow("missing inner )") << u"a eq 1 and (b eq 2 or (c eq 3)"_s << 30
                                     << u"missing ')' to close the '(' at position 12"_s;
    QTest::newRow("token instead of )")
        << u"(a eq 1 b eq 2)"_s << 8
        << u"expected ')' to close the '(' at position 1 but found 'b'"_s;
    QTest::newRow("unmatched )") << u"a eq 1)"_s << 6 << u"')' without a matching '('"_s;
    QTest::newRow("stray column")
        << u"a eq 1 b eq 2"_s << 7
        << u"expected 'and', 'or' or the end of the filter but found 'b'"_s;
    QTest::newRow("stray string") << u"a eq 1 'x'"_s << 7 << u"but found 'x'"_s;
    QTest::newRow("two numbers") << u"1 eq 1"_s << 0 << u"needs a column on at least one side"_s;
    QTest::newRow("two strings") << u"a eq 1 or 'a' eq 'b'"_s << 10
                                 << u"needs a column on at least one side"_s;
    QTest::newRow("two booleans") << u"true ne false"_s << 0
                                  << u"needs a column on at least one side"_s;
    QTest::newRow("null eq null") << u"null eq null"_s << 0
                                  << u"needs a column on at least one side"_s;
    QTest::newRow("gt null") << u"Amount gt null"_s << 10
                             << u"null can only be compared with eq or ne"_s;
    QTest::newRow("null le") << u"null le Amount"_s << 0
                             << u"null can only be compared with eq or ne"_s;
    QTest::newRow("too long column")
        << (u"a eq 1 and "_s + tooLong + u" eq 2"_s) << 11
        << u"a column name may have at most 128 characters; this one has 129"_s;
    QTest::newRow("letters after a number")
        << u"a eq 12abc"_s << 5 << u"'12abc' is not a valid number"_s;
    QTest::newRow("column starting with a digit")
        << u"2col eq 1"_s << 0 << u"'2col' is not a valid number"_s;
    QTest::newRow("trailing dot") << u"a eq 1."_s << 5 << u"'1.' is not a valid number"_s;
    QTest::newRow("two dots") << u"a eq 1.2.3"_s << 5 << u"'1.2.3' is not a valid number"_s;
    // The first problem in reading order wins over a lexical error further on.
    QTest::newRow("earlier error first")
        << u"a eq eq 'open"_s << 5 << u"expected a column or a value after 'eq'"_s;
}

void TestODataFilter::errors()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, fragment);

    ODataFilter filter;
    QString error;
    int actualPosition = -1;
    QVERIFY(!ODataFilter::parse(text, &filter, &error, &actualPosition));
    QCOMPARE(actualPosition, position);
    QVERIFY2(error.startsWith(u"Position %1: "_s.arg(position + 1)), qPrintable(error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
    // Without the optional outputs the result is the same.
    QVERIFY(!ODataFilter::parse(text, nullptr, nullptr));
}

void TestODataFilter::errorMessageFormat()
{
    QString error;
    int position = -1;
    QVERIFY(!ODataFilter::parse(u"msdyn_projectid equals 'x'"_s, nullptr, &error, &position));
    QCOMPARE(error,
        u"Position 17: expected a comparison operator (eq, ne, gt, ge, lt, le) but found "
        "'equals'"_s);
    QCOMPARE(position, 16);
}

void TestODataFilter::failedParseKeepsFilter()
{
    ODataFilter filter = parsed(u"Qty gt 5"_s);
    QString error;
    QVERIFY(!ODataFilter::parse(u"Qty gt"_s, &filter, &error));
    QVariantList binds;
    QCOMPARE(filter.toSql(doubleQuote, &binds), u"\"Qty\" > ?"_s);
    QCOMPARE(binds, QVariantList { 5LL });
}

void TestODataFilter::nestingLimit()
{
    const auto nested = [](int depth) -> QString {
        return QString(depth, u'(') + u"a eq 1"_s + QString(depth, u')');
    };
    QString error;
    int position = -1;
    ODataFilter filter;
    QVERIFY2(ODataFilter::parse(nested(100), &filter, &error), qPrintable(error));
    QVERIFY(filter.matches({ { u"a"_s, 1 } }));
    QVERIFY(!ODataFilter::parse(nested(101), nullptr, &error, &position));
    QCOMPARE(position, 100);
    QVERIFY2(error.contains(u"at most 100 levels"_s), qPrintable(error));

    QString nots;
    for (int i = 0; i < 101; ++i)
        nots += u"not "_s;
    QVERIFY(!ODataFilter::parse(nots + u"a eq 1"_s, nullptr, &error, &position));
    QCOMPARE(position, 400);
    // A deep input that is far past the limit fails cleanly instead of exhausting the stack.
    QVERIFY(!ODataFilter::parse(nested(100000), nullptr, &error, &position));
    QCOMPARE(position, 100);
}

void TestODataFilter::columns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("columns");

    QTest::newRow("empty") << u""_s << QStringList {};
    QTest::newRow("one") << u"Name eq 'x'"_s << QStringList { u"Name"_s };
    QTest::newRow("first appearance, no duplicates")
        << u"b eq 1 and a eq 2 or b eq 3"_s << QStringList { u"b"_s, u"a"_s };
    QTest::newRow("both sides") << u"Cost le Price"_s << QStringList { u"Cost"_s, u"Price"_s };
    QTest::newRow("null comparison") << u"null eq ProjectId"_s << QStringList { u"ProjectId"_s };
    QTest::newRow("nested") << u"5 lt Amount and not (Name eq 'x' or Amount gt 1 or c ne null)"_s
                            << QStringList { u"Amount"_s, u"Name"_s, u"c"_s };
    QTest::newRow("case-sensitive")
        << u"Name eq 1 or name eq 2"_s << QStringList { u"Name"_s, u"name"_s };
    QTest::newRow("names inside strings do not count")
        << u"Name eq 'Other eq 1'"_s << QStringList { u"Name"_s };
}

void TestODataFilter::columns()
{
    QFETCH(QString, text);
    QFETCH(QStringList, columns);
    QCOMPARE(parsed(text).columns(), columns);
}

void TestODataFilter::matchesRow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariantHash>("row");
    QTest::addColumn<bool>("expected");

    const QVariantHash none;
    const QVariantHash nullName { { u"Name"_s, QVariant() } };
    QTest::newRow("missing column is null (eq)") << u"Name eq 'a'"_s << none << false;
    QTest::newRow("missing column is null (not eq)") << u"not (Name eq 'a')"_s << none << false;
    QTest::newRow("missing column is null (ne)") << u"Name ne 'a'"_s << none << false;
    QTest::newRow("missing column eq null") << u"Name eq null"_s << none << true;
    QTest::newRow("null value eq null") << u"Name eq null"_s << nullName << true;
    QTest::newRow("null value ne null") << u"Name ne null"_s << nullName << false;
    QTest::newRow("unknown or true")
        << u"Name eq 'a' or Qty eq 1"_s << QVariantHash { { u"Qty"_s, 1 } } << true;
    QTest::newRow("unknown and false")
        << u"not (Name eq 'a' and Qty eq 2)"_s << QVariantHash { { u"Qty"_s, 1 } } << true;
    QTest::newRow("unknown and true")
        << u"not (Name eq 'a' and Qty eq 1)"_s << QVariantHash { { u"Qty"_s, 1 } } << false;
    QTest::newRow("bool value eq true")
        << u"f eq true"_s << QVariantHash { { u"f"_s, true } } << true;
    QTest::newRow("integer 1 eq true")
        << u"f eq true"_s << QVariantHash { { u"f"_s, 1LL } } << true;
    QTest::newRow("integer 0 eq true")
        << u"f eq true"_s << QVariantHash { { u"f"_s, 0LL } } << false;
    QTest::newRow("int eq decimal") << u"q eq 2.0"_s << QVariantHash { { u"q"_s, 2 } } << true;
    QTest::newRow("case-sensitive text")
        << u"Name eq 'contoso'"_s << QVariantHash { { u"Name"_s, u"Contoso"_s } } << false;
    QTest::newRow("empty text is not null")
        << u"Name ne null"_s << QVariantHash { { u"Name"_s, u""_s } } << true;
}

void TestODataFilter::matchesRow()
{
    QFETCH(QString, text);
    QFETCH(QVariantHash, row);
    QFETCH(bool, expected);
    QCOMPARE(parsed(text).matches(row), expected);
}

void TestODataFilter::copyIsIndependent()
{
    ODataFilter copy;
    {
        const ODataFilter original = parsed(u"a eq 1 or (b eq 'x' and not c eq null)"_s);
        copy = original;
    }
    QVariantList binds;
    QCOMPARE(
        copy.toSql(doubleQuote, &binds), u"(\"a\" = ? OR (\"b\" = ? AND NOT (\"c\" IS NULL)))"_s);
    QVERIFY(copy.matches({ { u"b"_s, u"x"_s }, { u"c"_s, 1 } }));
    copy = parsed(u"a eq 2"_s);
    QVERIFY(copy.matches({ { u"a"_s, 2 } }));
}

void TestODataFilter::sqliteAgreement_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("ids");

    QTest::newRow("eq") << u"Name eq 'Contoso'"_s << QList<int> { 1 };
    QTest::newRow("ne skips null")
        << u"Name ne 'Contoso'"_s << QList<int> { 2, 3, 4, 5, 6, 8, 9, 10 };
    QTest::newRow("gt integer") << u"Qty gt 5"_s << QList<int> { 1, 5, 8, 10 };
    QTest::newRow("literal left") << u"10 le Qty"_s << QList<int> { 1, 8, 10 };
    QTest::newRow("and") << u"Qty ge 5 and Amount lt 100"_s << QList<int> { 2, 5 };
    QTest::newRow("negative decimal") << u"Amount le -20.25"_s << QList<int> { 2 };
    QTest::newRow("integer literal, real column") << u"Amount eq 42"_s << QList<int> { 4 };
    QTest::newRow("decimal literal") << u"Amount gt 7.5"_s << QList<int> { 1, 4, 6, 8, 10 };
    QTest::newRow("true") << u"msdyn_skipsync eq true"_s << QList<int> { 2, 4, 8 };
    QTest::newRow("false") << u"msdyn_skipsync eq false"_s << QList<int> { 1, 3, 5, 6, 9, 10 };
    QTest::newRow("eq null") << u"ProjectId eq null"_s << QList<int> { 3 };
    QTest::newRow("ne null") << u"ProjectId ne null"_s << QList<int> { 1, 2, 4, 5, 6, 7, 8, 9, 10 };
    QTest::newRow("null or null") << u"null eq Name or Qty eq null"_s << QList<int> { 6, 7 };
    QTest::newRow("empty string is not null") << u"ProjectId eq ''"_s << QList<int> { 8 };
    QTest::newRow("not") << u"not (Name eq 'Contoso')"_s << QList<int> { 2, 3, 4, 5, 6, 8, 9, 10 };
    QTest::newRow("not with unknowns")
        << u"not (Qty gt 5 or msdyn_skipsync eq true)"_s << QList<int> { 3, 9 };
    QTest::newRow("not not") << u"not not (Amount ge 0 and Amount le 50)"_s
                             << QList<int> { 3, 4, 5, 6, 9 };
    QTest::newRow("nested parentheses")
        << u"(Qty lt 5 or Amount gt 100) and (ProjectId eq 'P-1' or ProjectId eq 'P-2')"_s
        << QList<int> { 1, 4, 10 };
    QTest::newRow("precedence") << u"Qty eq 10 and Name ne 'contoso' or ProjectId eq 'P-4'"_s
                                << QList<int> { 1, 7 };
    QTest::newRow("column with column") << u"Cost lt Price"_s << QList<int> { 1, 5, 7 };
    QTest::newRow("cyrillic") << u"Name eq 'Проект Альфа'"_s << QList<int> { 3 };
    QTest::newRow("emoji") << u"Name eq '🚀 Launch'"_s << QList<int> { 6 };
    QTest::newRow("escaped quote") << u"Name eq 'O''Brien'"_s << QList<int> { 4 };
    QTest::newRow("injection-looking string") << u"Name eq 'x'' OR 1=1 --'"_s << QList<int> { 5 };
    QTest::newRow("injection that would match all")
        << u"Name eq ''' OR ''1''=''1'"_s << QList<int> {};
    QTest::newRow("text order") << u"Name gt 'Z'"_s << QList<int> { 3, 5, 6, 8, 9, 10 };
    // U+1F680 sorts after U+FF59 by code point, but before it in UTF-16 units.
    QTest::newRow("code point order") << u"Name gt 'ｙ'"_s << QList<int> { 6, 9 };
    // Mixed types follow SQLite's affinity rules: a TEXT column compares a number as text...
    QTest::newRow("number against text column") << u"Code gt 5"_s << QList<int> { 2, 3 };
    // ...and a numeric column converts numeric-looking text; other text sorts after numbers.
    QTest::newRow("numeric text against integer column")
        << u"Qty gt '5'"_s << QList<int> { 1, 5, 8, 10 };
    QTest::newRow("text against integer column")
        << u"Qty lt 'abc'"_s << QList<int> { 1, 2, 3, 4, 5, 7, 8, 9, 10 };
    QTest::newRow("empty filter") << u""_s << QList<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
}

void TestODataFilter::sqliteAgreement()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, ids);

    const ODataFilter filter = parsed(text);
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    const auto quote = [&db](const QString &name) {
        return db.driver()->escapeIdentifier(name, QSqlDriver::FieldName);
    };
    QVariantList binds;
    const QString where = filter.toSql(quote, &binds);
    QString sql = u"SELECT id FROM items"_s;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    sql += u" ORDER BY id"_s;

    QSqlQuery q(db);
    QVERIFY2(q.prepare(sql), qPrintable(q.lastError().text()));
    for (const QVariant &value : std::as_const(binds))
        q.addBindValue(value);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QList<int> selected;
    while (q.next())
        selected.append(q.value(0).toInt());

    QList<int> matched;
    for (const QVariantHash &row : std::as_const(m_rows)) {
        if (filter.matches(row))
            matched.append(row.value(u"id"_s).toInt());
    }

    QCOMPARE(selected, ids);
    QCOMPARE(matched, ids);
}

QTEST_GUILESS_MAIN(TestODataFilter)
#include "tst_odatafilter.moc"
