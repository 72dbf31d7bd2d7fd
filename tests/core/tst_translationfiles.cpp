#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace dw;

namespace {

// One <message> of a .ts file.
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // the translation, or its plural forms
};

bool readTs(const QString &path, QString *language, QList<Message> *messages, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        // A plural message is complete at its </translation>; the others are read whole below.
        if (token == QXmlStreamReader::EndElement && message.numerus
            && xml.name() == QLatin1String("translation")) {
            messages->append(message);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.forms.append(xml.readElementText());
                messages->append(message);
            }
        } else if (name == QLatin1String("numerusform")) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

// The placeholders a text uses: %1…%99 (also as %L1) and %n, each once.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text)) {
        const QString placeholder = match.captured(1);
        if (!found.contains(placeholder))
            found.append(placeholder);
    }
    found.sort();
    return found;
}

// Mnemonics: '&' before a character other than '&' or a space ("&&" is a literal ampersand).
QString mnemonics(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            letters.append(text.at(i + 1));
    }
    return letters;
}

} // namespace

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsTranslated_data();
    void everyMessageIsTranslated();
    void catalogsAreEmbedded_data();
    void catalogsAreEmbedded();
    void systemLocaleSelectsALanguage_data();
    void systemLocaleSelectsALanguage();
};

void TestTranslationFiles::everyMessageIsTranslated_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("ru_RU") << 3;
    QTest::newRow("ro") << QStringLiteral("ro") << QStringLiteral("ro_RO") << 3;
    QTest::newRow("sl") << QStringLiteral("sl") << QStringLiteral("sl_SI") << 4;
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR") << 2;
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr_FR") << 2;
}

void TestTranslationFiles::everyMessageIsTranslated()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QString path = QStringLiteral(DW_TRANSLATIONS_DIR "/dwadmin_%1.ts").arg(code);
    QString fileLanguage;
    QList<Message> messages;
    QString error;
    QVERIFY2(readTs(path, &fileLanguage, &messages, &error), qPrintable(path + u' ' + error));
    QCOMPARE(fileLanguage, language);
    // lupdate found the sources: the catalog holds the main window's menus at least.
    QVERIFY(messages.size() > 500);

    QStringList problems;
    for (const Message &m : std::as_const(messages)) {
        const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(60));
        if (!m.translationType.isEmpty()) {
            problems.append(where + QStringLiteral(": ") + m.translationType);
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms) {
            problems.append(where
                + QStringLiteral(": %1 plural forms, not %2").arg(m.forms.size()).arg(pluralForms));
            continue;
        }
        const QStringList sourcePlaceholders = placeholders(m.source);
        const QString sourceMnemonics = mnemonics(m.source);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems.append(where + QStringLiteral(": empty translation"));
                continue;
            }
            if (placeholders(form) != sourcePlaceholders)
                problems.append(where
                    + QStringLiteral(": placeholders %1 in \"%2\"")
                          .arg(placeholders(form).join(u','), form.left(60)));
            // Rich text may hold entities; elsewhere a mnemonic stays a mnemonic, on a letter
            // or digit so that Alt+key can reach it.
            if (m.source.contains(u'<'))
                continue;
            const QString formMnemonics = mnemonics(form);
            if (formMnemonics.size() != sourceMnemonics.size())
                problems.append(where + QStringLiteral(": mnemonics in \"%1\"").arg(form));
            else if (!formMnemonics.isEmpty() && !formMnemonics.at(0).isLetterOrNumber())
                problems.append(where + QStringLiteral(": mnemonic on '%1'").arg(formMnemonics));
        }
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 problem(s) in %2:\n").arg(problems.size()).arg(path)
            + problems.join(u'\n')));
}

void TestTranslationFiles::catalogsAreEmbedded_data()
{
    everyMessageIsTranslated_data();
}

// The compiled catalogs are in the program and apply() installs them: core and GUI texts
// and Qt's standard buttons appear in the language, and English returns afterwards.
void TestTranslationFiles::catalogsAreEmbedded()
{
    QFETCH(QString, code);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dwadmin_%1.qm").arg(code)));
    QCOMPARE(Translations::apply(code), code);
    const QString menu = QCoreApplication::translate("dw::MainWindow", "&File");
    QVERIFY(menu != QLatin1String("&File"));
    QVERIFY(QCoreApplication::translate("dwadmin", "Synced") != QLatin1String("Synced"));
    QVERIFY(QCoreApplication::translate("QPlatformTheme", "Cancel") != QLatin1String("Cancel"));
    QCOMPARE(QLocale().name().left(2), code.left(2));
    QCOMPARE(Translations::apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("dw::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslationFiles::systemLocaleSelectsALanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Russian") << QStringLiteral("ru_RU") << QStringLiteral("ru");
    QTest::newRow("Romanian, Moldova") << QStringLiteral("ro_MD") << QStringLiteral("ro");
    QTest::newRow("Slovenian") << QStringLiteral("sl_SI") << QStringLiteral("sl");
    QTest::newRow("Brazilian Portuguese") << QStringLiteral("pt_BR") << QStringLiteral("pt_BR");
    QTest::newRow("Portuguese") << QStringLiteral("pt_PT") << QStringLiteral("pt_BR");
    QTest::newRow("Canadian French") << QStringLiteral("fr_CA") << QStringLiteral("fr");
    QTest::newRow("German: English") << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en");
}

void TestTranslationFiles::systemLocaleSelectsALanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(Translations::match(QLocale(locale)), language);
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
