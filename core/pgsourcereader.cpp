#include "pgsourcereader.h"

#include "sourcequeries.h"
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
    SourceQueries queries;
    if (!SourceQueries::build(plan, pgQuote, &queries, error))
        return false;
    m_filterValues = queries.filterValues;
    m_hasFilter = queries.hasFilter;
    m_first = numbered(queries.first);
    m_next = numbered(queries.next);
    m_byKey = numbered(queries.byKey);
    m_byKeyFiltered = numbered(queries.byKeyFiltered);
    m_count = numbered(queries.count);
    m_countWithoutKey = numbered(queries.countWithoutKey);
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
