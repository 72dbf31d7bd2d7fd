#pragma once

// Not compiled: read by lupdate only. Qt 6 names the standard buttons of QDialogButtonBox and
// QMessageBox in the context QPlatformTheme, which Qt's own catalogs for Slovenian (a Qt 4
// catalog) and Romanian (none) lack. Listing the buttons dwadmin shows puts them into
// dwadmin's catalogs, which are installed after Qt's and therefore take precedence.
#include <QtGlobal>

namespace dw::qtstandardtexts {

[[maybe_unused]] constexpr const char *kButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
};

} // namespace dw::qtstandardtexts
