#include "pgsourcereader.h"

#include "odatafilter.h"
#include "tr.h"

#include <libpq-fe.h>

namespace dw {

namespace {

// `?` placeholders numbered from $1, the filter's first, in the order they are bound.
QByteArray numbered(const QString &sql)
{
    return pgNumberPlaceholders(sql, 1).toUtf8();
}

} // namespace

bool PgSourceReader::prepare(const MapPlan &plan, QString *error)
{
    m_columnCount = int(plan.sourceColumns.size());
    m_keyCount = int(plan.sourceKeyIndexes.size());
    QStringList columns;
    for (const QString &column : plan.sourceColumns)
        columns.append(pgQuote(column));
    QStringList keys;
    QStringList keysSet;
    QStringList keysMissing;
    QStringList keyMatch;
    QStringList placeholders;
    for (int index : plan.sourceKeyIndexes) {
        const QString key = pgQuote(plan.sourceColumns.at(index));
        keys.append(key);
        keysSet.append(key + QStringLiteral(" IS NOT NULL"));
        keysMissing.append(key + QStringLiteral(" IS NULL"));
        keyMatch.append(key + QStringLiteral(" = ?"));
        placeholders.append(QStringLiteral("?"));
    }
    const QString filterText = plan.map.side(plan.source).filter;
    QString filterSql;
    m_filterValues.clear();
    m_hasFilter = false;
    if (!filterText.trimmed().isEmpty()) {
        ODataFilter filter;
        QString cause;
        if (!ODataFilter::parse(filterText, &filter, &cause)) {
            *error = Tr::tr("Map \"%1\": the %2 filter is not valid: %3")
                         .arg(plan.map.name, sideName(plan.source), cause);
            return false;
        }
        filterSql = filter.toSql(pgQuote, &m_filterValues) + QStringLiteral(" AND ");
        m_hasFilter = true;
    }
    const QString table = pgQuote(plan.sourceTable.name);
    const QString select
        = QStringLiteral("SELECT %1 FROM %2 WHERE ").arg(columns.join(QStringLiteral(", ")), table);
    const QString order = QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT ?");
    // Row values compare keys as a tuple: (a, b) > (?, ?) continues exactly after the cursor.
    const QString after = m_keyCount == 1
        ? QString(keys.constFirst() + QStringLiteral(" > ?"))
        : QString(u'(' + keys.join(QStringLiteral(", ")) + QStringLiteral(") > (")
            + placeholders.join(QStringLiteral(", ")) + u')');
    m_first = numbered(select + filterSql + keysSet.join(QStringLiteral(" AND ")) + order);
    m_next = numbered(select + filterSql + keysSet.join(QStringLiteral(" AND "))
        + QStringLiteral(" AND ") + after + order);
    m_byKey = numbered(select + keyMatch.join(QStringLiteral(" AND ")));
    m_byKeyFiltered = numbered(select + filterSql + keyMatch.join(QStringLiteral(" AND ")));
    m_count = numbered(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(table) + filterSql
        + keysSet.join(QStringLiteral(" AND ")));
    m_countWithoutKey = numbered(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(table)
        + filterSql + u'(' + keysMissing.join(QStringLiteral(" OR ")) + u')');
    return true;
}

void PgSourceReader::addFilterValues()
{
    for (const QVariant &value : std::as_const(m_filterValues))
        m_params.addVariant(value);
}

void PgSourceReader::addKeys(const RowBuffer &keys, int row)
{
    for (int k = 0; k < m_keyCount; ++k)
        m_params.addCell(keys, keys.cell(row, k));
}

bool PgSourceReader::fill(const QByteArray &sql, RowBuffer &page, QString *error)
{
    page.reset(m_columnCount);
    PgError failure;
    const PgResult result = pgExec(m_conn, sql, &m_params, &failure);
    if (!result) {
        *error = Tr::tr("Cannot read the source table: %1").arg(failure.message);
        return false;
    }
    const int rows = PQntuples(result.get());
    for (int r = 0; r < rows; ++r) {
        const int row = page.appendRow();
        for (int c = 0; c < m_columnCount; ++c)
            pgReadCell(result.get(), r, c, page, row, c);
    }
    return true;
}

bool PgSourceReader::readPage(const RowBuffer *cursor, int limit, RowBuffer &page, QString *error)
{
    m_params.clear();
    addFilterValues();
    if (cursor)
        addKeys(*cursor, 0);
    m_params.addInteger(limit);
    return fill(cursor ? m_next : m_first, page, error);
}

bool PgSourceReader::readByKey(
    const RowBuffer &keys, int row, RowBuffer &page, bool *found, QString *error)
{
    m_params.clear();
    addKeys(keys, row);
    if (!fill(m_byKey, page, error))
        return false;
    *found = page.rowCount() == 1;
    return true;
}

bool PgSourceReader::readByKeyFiltered(
    const RowBuffer &keys, int row, RowBuffer &page, bool *found, bool *exists, QString *error)
{
    m_params.clear();
    addFilterValues();
    addKeys(keys, row);
    if (!fill(m_byKeyFiltered, page, error))
        return false;
    *found = page.rowCount() == 1;
    if (*found || !m_hasFilter) {
        *exists = *found;
        return true;
    }
    RowBuffer unfiltered;
    return readByKey(keys, row, unfiltered, exists, error);
}

bool PgSourceReader::count(const QByteArray &sql, qint64 *rows, QString *error)
{
    m_params.clear();
    addFilterValues();
    PgError failure;
    const PgResult result = pgExec(m_conn, sql, &m_params, &failure);
    if (!result || PQntuples(result.get()) != 1) {
        *error = Tr::tr("Cannot count the source rows: %1").arg(failure.message);
        return false;
    }
    *rows = std::strtoll(PQgetvalue(result.get(), 0, 0), nullptr, 10);
    return true;
}

bool PgSourceReader::countRows(qint64 *rows, QString *error)
{
    return count(m_count, rows, error);
}

bool PgSourceReader::countRowsWithoutKey(qint64 *rows, QString *error)
{
    return count(m_countWithoutKey, rows, error);
}

} // namespace dw
