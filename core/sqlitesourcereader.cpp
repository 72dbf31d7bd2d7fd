#include "sqlitesourcereader.h"

#include "sourcequeries.h"
#include "sqlitestatement.h"
#include "tr.h"

namespace dw {

bool SqliteSourceReader::prepare(const MapPlan &plan, QString *error)
{
    m_columnCount = int(plan.sourceColumns.size());
    m_keyCount = int(plan.sourceKeyIndexes.size());
    SourceQueries queries;
    if (!SourceQueries::build(plan, sqliteQuote, &queries, error))
        return false;
    m_filterValues = queries.filterValues;
    m_hasFilter = queries.hasFilter;
    return m_first.prepare(m_db, queries.first, error) && m_next.prepare(m_db, queries.next, error)
        && m_byKey.prepare(m_db, queries.byKey, error)
        && m_byKeyFiltered.prepare(m_db, queries.byKeyFiltered, error)
        && m_count.prepare(m_db, queries.count, error)
        && m_countWithoutKey.prepare(m_db, queries.countWithoutKey, error);
}

bool SqliteSourceReader::fill(
    SqliteStatement &statement, RowBuffer &page, int limit, QString *error)
{
    page.reset(m_columnCount);
    bool hasRow = false;
    while (page.rowCount() < limit) {
        if (!statement.step(&hasRow)) {
            *error = Tr::tr("Cannot read the source table: %1").arg(statement.errorMessage());
            statement.reset();
            return false;
        }
        if (!hasRow)
            break;
        const int row = page.appendRow();
        for (int c = 0; c < m_columnCount; ++c)
            statement.readColumn(c, page, row, c);
    }
    statement.reset();
    return true;
}

bool SqliteSourceReader::readPage(
    const RowBuffer *cursor, int limit, RowBuffer &page, QString *error)
{
    SqliteStatement &statement = cursor ? m_next : m_first;
    int index = 1;
    for (const QVariant &value : std::as_const(m_filterValues))
        statement.bindVariant(index++, value);
    if (cursor) {
        for (int k = 0; k < m_keyCount; ++k)
            statement.bind(index++, *cursor, cursor->cell(0, k));
    }
    statement.bindInteger(index, limit);
    return fill(statement, page, limit, error);
}

bool SqliteSourceReader::readByKey(
    const RowBuffer &keys, int row, RowBuffer &page, bool *found, QString *error)
{
    for (int k = 0; k < m_keyCount; ++k)
        m_byKey.bind(k + 1, keys, keys.cell(row, k));
    if (!fill(m_byKey, page, 1, error))
        return false;
    *found = page.rowCount() == 1;
    return true;
}

bool SqliteSourceReader::readByKeyFiltered(
    const RowBuffer &keys, int row, RowBuffer &page, bool *found, bool *exists, QString *error)
{
    int index = 1;
    for (const QVariant &value : std::as_const(m_filterValues))
        m_byKeyFiltered.bindVariant(index++, value);
    for (int k = 0; k < m_keyCount; ++k)
        m_byKeyFiltered.bind(index++, keys, keys.cell(row, k));
    if (!fill(m_byKeyFiltered, page, 1, error))
        return false;
    *found = page.rowCount() == 1;
    if (*found || !m_hasFilter) {
        *exists = *found;
        return true;
    }
    RowBuffer unfiltered;
    return readByKey(keys, row, unfiltered, exists, error);
}

namespace {
bool count(SqliteStatement &statement, const QVariantList &values, qint64 *rows, QString *error)
{
    int index = 1;
    for (const QVariant &value : values)
        statement.bindVariant(index++, value);
    bool hasRow = false;
    if (!statement.step(&hasRow) || !hasRow) {
        *error = Tr::tr("Cannot count the source rows: %1").arg(statement.errorMessage());
        statement.reset();
        return false;
    }
    *rows = statement.columnInteger(0);
    statement.reset();
    return true;
}
} // namespace

bool SqliteSourceReader::countRows(qint64 *rows, QString *error)
{
    return count(m_count, m_filterValues, rows, error);
}

bool SqliteSourceReader::countRowsWithoutKey(qint64 *rows, QString *error)
{
    return count(m_countWithoutKey, m_filterValues, rows, error);
}

} // namespace dw
