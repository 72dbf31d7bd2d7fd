#pragma once

#include "mapplan.h"

#include <QVariantList>
#include <functional>

namespace dw {

// The SQL a SourceReader runs, written once for every driver: only identifier quoting differs.
// Placeholders are `?`, the filter's values first, then keys, cursor and limit as each
// statement needs them.
struct SourceQueries
{
    QString first; // the first page in key order: … LIMIT ?
    QString next; // the page after a cursor (one ? per key column), then LIMIT ?
    QString byKey; // one row by its key
    QString byKeyFiltered; // one row by its key, if it passes the filter
    QString count; // rows with a key that pass the filter
    QString countWithoutKey; // rows that pass the filter but lack a key value
    QVariantList filterValues; // bound first, in order, wherever the filter applies
    bool hasFilter = false;

    // False, with a message naming the map and side, when the map's filter does not parse.
    static bool build(const MapPlan &plan,
        const std::function<QString(const QString &)> &quoteIdentifier, SourceQueries *queries,
        QString *error);
};

} // namespace dw
