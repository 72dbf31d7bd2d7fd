#include "valuemapjson.h"

#include <QTest>

using namespace dw;

using Entries = ValueMapJson::Entries;
Q_DECLARE_METATYPE(Entries)

namespace {
Entries entries(std::initializer_list<std::pair<const char *, const char *>> list)
{
    Entries result;
    for (const auto &[a, b] : list)
        result.append({ QString::fromUtf8(a), QString::fromUtf8(b) });
    return result;
}
} // namespace

class TestValueMapJson : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void reportsErrorPositions_data();
    void reportsErrorPositions();
    void writesWhatItReads();
};

void TestValueMapJson::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Entries>("expected");
    QTest::newRow("empty object") << QStringLiteral(" { } ") << Entries();
    QTest::newRow("order kept") << QStringLiteral(R"({"b": "2", "a": "1"})")
                                << entries({ { "b", "2" }, { "a", "1" } });
    QTest::newRow("repeated source kept")
        << QStringLiteral(R"({"1": "x", "1": "y"})") << entries({ { "1", "x" }, { "1", "y" } });
    QTest::newRow("numbers and booleans as written")
        << QStringLiteral("{\"4\": 192350001, \"yes\": true, \"r\": -1.5e3}")
        << entries({ { "4", "192350001" }, { "yes", "true" }, { "r", "-1.5e3" } });
    QTest::newRow("escapes and non-Latin text")
        << QStringLiteral(R"({"a\"b\\": "\u00e9t\u00e9", "Łódź": "ok\n"})")
        << entries({ { "a\"b\\", "été" }, { "Łódź", "ok\n" } });
    QTest::newRow("multi-line") << QStringLiteral("{\n  \"1\": \"Hour\",\n  \"2\": \"Expense\"\n}")
                                << entries({ { "1", "Hour" }, { "2", "Expense" } });
}

void TestValueMapJson::parses()
{
    QFETCH(QString, text);
    QFETCH(Entries, expected);
    Entries parsed { { QStringLiteral("old"), QStringLiteral("old") } };
    QString error;
    QVERIFY2(ValueMapJson::parse(text, &parsed, &error, nullptr), qPrintable(error));
    QCOMPARE(parsed, expected);
}

void TestValueMapJson::reportsErrorPositions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << 0 << QStringLiteral("Position 1: expected '{'");
    QTest::newRow("unquoted key") << QStringLiteral("{1: \"a\"}") << 1
                                  << QStringLiteral("Position 2: expected a source value");
    QTest::newRow("missing colon")
        << QStringLiteral(R"({"1" "a"})") << 5 << QStringLiteral("Position 6: expected ':'");
    QTest::newRow("trailing comma") << QStringLiteral(R"({"1": "a",})") << 10
                                    << QStringLiteral("Position 11: expected a source value");
    QTest::newRow("unfinished") << QStringLiteral(R"({"1": "Hour",)") << 13
                                << QStringLiteral("Position 14:");
    QTest::newRow("null value") << QStringLiteral(R"({"1": null})") << 6
                                << QStringLiteral("null is not a target value");
    QTest::newRow("nested") << QStringLiteral(R"({"1": {"a": 1}})") << 6
                            << QStringLiteral("must be text, a number, true or false");
    QTest::newRow("bare word") << QStringLiteral(R"({"1": Hour})") << 6
                               << QStringLiteral("'Hour' is not a value");
    QTest::newRow("unterminated") << QStringLiteral(R"({"1": "Hour})") << 6
                                  << QStringLiteral("unterminated string");
    QTest::newRow("text after") << QStringLiteral(R"({} x)") << 3
                                << QStringLiteral("unexpected text after");
    QTest::newRow("bad escape") << QStringLiteral(R"({"a\q": "1"})") << 3
                                << QStringLiteral("invalid escape");
    QTest::newRow("non-Latin before the error counts in characters")
        << QStringLiteral(R"({"été": "Łódź" "x"})") << 15 << QStringLiteral("Position 16:");
}

void TestValueMapJson::reportsErrorPositions()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, message);
    const Entries before { { QStringLiteral("kept"), QStringLiteral("kept") } };
    Entries parsed = before;
    QString error;
    int at = -1;
    QVERIFY(!ValueMapJson::parse(text, &parsed, &error, &at));
    QCOMPARE(at, position);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(parsed, before); // nothing assigned on failure
}

void TestValueMapJson::writesWhatItReads()
{
    const Entries original = entries(
        { { "4", "192350001" }, { "say \"hi\"", "tab\there" }, { "été", "" }, { "1", "x" } });
    const QString text = ValueMapJson::write(original);
    QVERIFY2(text.contains(QLatin1String("\n    \"4\": \"192350001\",\n")), qPrintable(text));
    Entries parsed;
    QString error;
    QVERIFY2(ValueMapJson::parse(text, &parsed, &error, nullptr), qPrintable(error));
    QCOMPARE(parsed, original);
    QCOMPARE(ValueMapJson::write({}), QStringLiteral("{}"));
}

QTEST_GUILESS_MAIN(TestValueMapJson)
#include "tst_valuemapjson.moc"
