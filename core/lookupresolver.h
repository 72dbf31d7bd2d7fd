#pragma once

#include "rowbuffer.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>

namespace dw {

// Resolves Lookup transforms against the source environment: the row of `table` whose `key`
// column equals a value gives its `value` column. Answers (hits and misses) are cached for the
// life of the resolver, which is one run, so each distinct reference costs one query.
// Use on the thread that owns the connection.
class LookupResolver
{
public:
    explicit LookupResolver(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    // Registers a lookup; returns its id for resolve().
    int add(const QString &table, const QString &keyColumn, const QString &valueColumn);

    enum class Outcome { Found, NotFound, Ambiguous, Error };
    // On Found, *result points into the resolver's own buffer (valid until the next call).
    Outcome resolve(int lookup, const RowBuffer &buffer, const Cell &key,
        const RowBuffer **resultBuffer, const Cell **result, QString *error);

    qsizetype cachedCount() const;

private:
    struct Lookup
    {
        QString table;
        QString keyColumn;
        QString valueColumn;
        std::unique_ptr<QSqlQuery> query;
        QHash<QByteArray, int> rows; // cache key → row in `values`; kMiss or kAmbiguous
        RowBuffer values { 1 };
    };

    static constexpr int kMiss = -1;
    static constexpr int kAmbiguous = -2;

    QSqlDatabase m_db;
    QList<std::shared_ptr<Lookup>> m_lookups;
};

} // namespace dw
