#include "sourcequeries.h"

#include "odatafilter.h"
#include "tr.h"

namespace dw {

bool SourceQueries::build(const MapPlan &plan,
    const std::function<QString(const QString &)> &quoteIdentifier, SourceQueries *queries,
    QString *error)
{
    QStringList columns;
    for (const QString &column : plan.sourceColumns)
        columns.append(quoteIdentifier(column));
    QStringList keys;
    QStringList keysSet;
    QStringList keysMissing;
    QStringList keyMatch;
    QStringList placeholders;
    for (int index : plan.sourceKeyIndexes) {
        const QString key = quoteIdentifier(plan.sourceColumns.at(index));
        keys.append(key);
        keysSet.append(key + QStringLiteral(" IS NOT NULL"));
        keysMissing.append(key + QStringLiteral(" IS NULL"));
        keyMatch.append(key + QStringLiteral(" = ?"));
        placeholders.append(QStringLiteral("?"));
    }

    const QString filterText = plan.map.side(plan.source).filter;
    QString filterSql;
    queries->filterValues.clear();
    queries->hasFilter = false;
    if (!filterText.trimmed().isEmpty()) {
        ODataFilter filter;
        QString cause;
        if (!ODataFilter::parse(filterText, &filter, &cause)) {
            *error = Tr::tr("Map \"%1\": the %2 filter is not valid: %3")
                         .arg(plan.map.name, sideName(plan.source), cause);
            return false;
        }
        filterSql = filter.toSql(quoteIdentifier, &queries->filterValues) + QStringLiteral(" AND ");
        queries->hasFilter = true;
    }
    const QString table = quoteIdentifier(plan.sourceTable.name);
    const QString select
        = QStringLiteral("SELECT %1 FROM %2 WHERE ").arg(columns.join(QStringLiteral(", ")), table);
    const QString order = QStringLiteral(" ORDER BY ") + keys.join(QStringLiteral(", "))
        + QStringLiteral(" LIMIT ?");
    // Row values compare keys as a tuple: (a, b) > (?, ?) continues exactly after the cursor.
    const QString after = keys.size() == 1
        ? QString(keys.constFirst() + QStringLiteral(" > ?"))
        : QString(u'(' + keys.join(QStringLiteral(", ")) + QStringLiteral(") > (")
            + placeholders.join(QStringLiteral(", ")) + u')');
    const QString withKey = select + filterSql + keysSet.join(QStringLiteral(" AND "));
    queries->first = withKey + order;
    queries->next = withKey + QStringLiteral(" AND ") + after + order;
    queries->byKey = select + keyMatch.join(QStringLiteral(" AND "));
    queries->byKeyFiltered = select + filterSql + keyMatch.join(QStringLiteral(" AND "));
    queries->count = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(table) + filterSql
        + keysSet.join(QStringLiteral(" AND "));
    queries->countWithoutKey = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE ").arg(table)
        + filterSql + u'(' + keysMissing.join(QStringLiteral(" OR ")) + u')';
    return true;
}

} // namespace dw
