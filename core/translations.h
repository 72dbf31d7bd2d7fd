#pragma once

#include <QLocale>
#include <QStringList>

namespace dw {

// The languages dwadmin ships and the translators that show them. apply() installs Qt's own
// catalog for the language (standard dialogs and buttons, from the system's Qt translations)
// and then dwadmin's (embedded at :/i18n, so it wins where both translate a text), removing
// those of the language applied before, and makes the language's locale the default for
// dates and numbers. Installing a translator sends QEvent::LanguageChange to every widget,
// which retranslates itself, so a switch needs no restart.
// Threading: main thread only; the translators and the default locale are application-wide.
class Translations
{
public:
    // Codes as in the catalogs' file names and in settings: "en" and the five translations.
    static QStringList languages();
    // The language's name in that language ("Русский"), as a language menu shows it.
    static QString nativeName(const QString &code);
    // The shipped language that best matches `locale`'s UI languages; "en" when none does.
    static QString match(const QLocale &locale);
    // Applies `code`; an empty code (or "system") follows the system's locale. An unknown
    // code falls back to English. Returns the code applied.
    static QString apply(const QString &code);
};

} // namespace dw
