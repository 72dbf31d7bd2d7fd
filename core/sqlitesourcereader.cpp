#include "sqlitesourcereader.h"

#include "odatafilter.h"
#include "sqlitestatement.h"
#include "tr.h"

namespace dw {

bool SqliteSourceReader::prepare(const MapPlan &plan, QString *error)
{
    sqlite3 *db = m_db;
    m_columnCount = int(plan.sourceColumns.size());
    m_keyCount = int(plan.sourceKeyIndexes.size());
    QStringList columns;
    for (const QString &column : plan.sourceColumns)
        columns.append(sqliteQuote(column));
    QStringList keys;
    QStringList keysSet;
    QStringList keysMissing;
    QStringList keyMatch;
    QStringList placeholders;
    for (int index : plan.sourceKeyIndexes) {
        const QString key = sqliteQuote(plan.sourceColumns.at(index));
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
        filterSql = filter.toSql(sqliteQuote, &m_filterValues) + QStringLiteral(" AND ");
        m_hasFilter = true;
    }
    const QString table = sqliteQuote(plan.sourceTable.name);
    const QString select
        = QStringLiteral("SELECT %1 FROM %2 WHERE ").arg(columns.join(QStringLiteral(", ")), table)
        + filterSql + keysSet.join(QStringLiteral(" AND "));
    const QString order = QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT ?");
    // Row values compare keys as a tuple: (a, b) > (?, ?) continues exactly after the cursor.
    const QString after = m_keyCount == 1
        ? QString(keys.constFirst() + QStringLiteral(" > ?"))
        : QString(u'(' + keys.join(QStringLiteral(", ")) + QStringLiteral(") > (")
            + placeholders.join(QStringLiteral(", ")) + u')');
    return m_first.prepare(db, select + order, error)
        && m_next.prepare(db, select + QStringLiteral(" AND ") + after + order, error)
        && m_byKey.prepare(db,
            QStringLiteral("SELECT %1 FROM %2 WHERE ")
                    .arg(columns.join(QStringLiteral(", ")), table)
                + keyMatch.join(QStringLiteral(" AND ")),
            error)
        && m_byKeyFiltered.prepare(db,
            QStringLiteral("SELECT %1 FROM %2 WHERE ")
                    .arg(columns.join(QStringLiteral(", ")), table)
                + filterSql + keyMatch.join(QStringLiteral(" AND ")),
            error)
        && m_count.prepare(db,
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(table) + filterSql
                + keysSet.join(QStringLiteral(" AND ")),
            error)
        && m_countWithoutKey.prepare(db,
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(table) + filterSql + u'('
                + keysMissing.join(QStringLiteral(" OR ")) + u')',
            error);
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
