#pragma once

#include <QString>

namespace dw {

// Qt's SQL drivers bind a null QString as SQL NULL. Optional text that a NOT NULL column stores
// as '' goes through this, so "no description" never turns into a constraint failure.
inline QString nonNullText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace dw
