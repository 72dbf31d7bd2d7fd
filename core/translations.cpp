#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace dw {

namespace {
const QString kEnglish = QStringLiteral("en");

// Owned by the application object, so they go away with it; kept across applies so that a
// switch replaces them instead of stacking a new pair each time.
struct Installed
{
    QPointer<QTranslator> qt;
    QPointer<QTranslator> own;
};

Installed &installed()
{
    static Installed translators;
    return translators;
}

// Removes `slot`'s translator and installs a fresh one with `load`'s catalog, if it has one.
template<typename Load> void replace(QPointer<QTranslator> &slot, Load load)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (load(translator) && QCoreApplication::installTranslator(translator))
        slot = translator;
    else
        delete translator;
}
} // namespace

QStringList Translations::languages()
{
    return { kEnglish, QStringLiteral("ru"), QStringLiteral("ro"), QStringLiteral("sl"),
        QStringLiteral("pt_BR"), QStringLiteral("fr") };
}

QString Translations::nativeName(const QString &code)
{
    // Each language is named in itself so that a user who cannot read the current one still
    // finds their own; these names are therefore not translated.
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("ro"))
        return QStringLiteral("Română");
    if (code == QLatin1String("sl"))
        return QStringLiteral("Slovenščina");
    if (code == QLatin1String("pt_BR"))
        return QStringLiteral("Português (Brasil)");
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    return QStringLiteral("English");
}

QString Translations::match(const QLocale &locale)
{
    const QStringList shipped = languages();
    for (QString language : locale.uiLanguages()) {
        language.replace(u'-', u'_');
        if (shipped.contains(language))
            return language;
        const QString base = language.section(u'_', 0, 0);
        // Brazilian Portuguese is the only Portuguese shipped; other variants read it well.
        if (base == QLatin1String("pt"))
            return QStringLiteral("pt_BR");
        if (shipped.contains(base))
            return base;
    }
    return kEnglish;
}

QString Translations::apply(const QString &requested)
{
    const bool followSystem = requested.isEmpty() || requested == QLatin1String("system");
    QString code = followSystem ? match(QLocale::system()) : requested;
    if (!languages().contains(code))
        code = kEnglish;

    // The locale first: widgets format dates and numbers anew when they retranslate.
    const QLocale locale = followSystem ? QLocale::system()
        : code == kEnglish              ? QLocale(QLocale::English, QLocale::UnitedStates)
                                        : QLocale(code);
    QLocale::setDefault(locale);

    const QLocale language(code);
    replace(installed().qt, [&](QTranslator *translator) {
        return code != kEnglish
            && translator->load(language, QStringLiteral("qt"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    replace(installed().own, [&](QTranslator *translator) {
        return code != kEnglish
            && translator->load(QStringLiteral("dwadmin_") + code, QStringLiteral(":/i18n"));
    });
    return code;
}

} // namespace dw
