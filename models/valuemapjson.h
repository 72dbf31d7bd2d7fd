#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace dw {

// The JSON text of a Value map transform as the map editor shows it, dual-write's "View JSON":
// one object whose keys are source values and whose values are target values, e.g.
// {"4": "192350001"}. Unlike QJsonDocument, parse() keeps the entries in the order written and
// keeps a repeated source value (MapValidator reports it, DW302), and it reports a syntax error
// by character position so an editor can mark the place. Pure functions, any thread.
class ValueMapJson
{
    Q_DECLARE_TR_FUNCTIONS(ValueMapJson)
public:
    using Entries = QList<QPair<QString, QString>>;

    // Indented text with one entry per line; "{}" for no entries.
    static QString write(const Entries &entries);
    // Reads an object whose values are strings, numbers, true or false (numbers and booleans
    // are kept as written). On a syntax error returns false, sets *error to a translated
    // "Position N: …" (1-based) and *position to the 0-based index of the offending character
    // (the text's length when it ended too early); *entries is assigned only on success.
    // error and position may be null.
    static bool parse(const QString &text, Entries *entries, QString *error, int *position);
};

} // namespace dw
