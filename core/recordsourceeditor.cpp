#include "recordsourceeditor.h"

#include "recordcomparison.h"
#include "sqlitestatement.h"
#include "syncsession.h"
#include "tr.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dw {

bool RecordSourceEditor::write(
    const RecordState &record, Side source, const QList<SourceEdit> &edits, QString *error) const
{
    if (edits.isEmpty())
        return true;
    SyncSession session(m_workspace);
    if (!session.open(error, false))
        return false;
    const auto &maps = session.maps();
    const auto map = std::find_if(
        maps.cbegin(), maps.cend(), [&](const TableMap &m) { return m.name == record.map; });
    if (map == maps.cend()) {
        *error = Tr::tr("There is no map named \"%1\".").arg(record.map);
        return false;
    }
    std::shared_ptr<MapPlan> plan;
    if (!session.plan(*map, source, &plan, error))
        return false;
    RowBuffer keys;
    QStringList keyColumns;
    QVariantList keyValues;
    RecordComparer::sourceKey(record, *plan, &keys, &keyColumns, &keyValues);
    QStringList assignments;
    for (const SourceEdit &edit : edits) {
        const bool mapped = plan->sourceColumns.contains(edit.column, Qt::CaseInsensitive);
        if (!mapped || keyColumns.contains(edit.column, Qt::CaseInsensitive)) {
            *error = Tr::tr("Map \"%1\": %2 is not a column the record's %3 row may be edited in.")
                         .arg(map->name, edit.column, sideName(source));
            return false;
        }
        assignments.append(sqliteQuote(edit.column) + QStringLiteral(" = ?"));
    }
    QStringList where;
    for (const QString &column : std::as_const(keyColumns))
        where.append(sqliteQuote(column) + QStringLiteral(" = ?"));
    QSqlQuery query(session.environment(source));
    if (!query.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                .arg(sqliteQuote(plan->sourceTable.name), assignments.join(QStringLiteral(", ")),
                    where.join(QStringLiteral(" AND "))))) {
        *error = Tr::tr("Cannot write to the %1 table %2: %3")
                     .arg(sideName(source), plan->sourceTable.name, query.lastError().text());
        return false;
    }
    for (const SourceEdit &edit : edits)
        query.addBindValue(edit.value);
    for (const QVariant &value : std::as_const(keyValues))
        query.addBindValue(value);
    if (!query.exec()) {
        //: %1 side, %2 table, %3 record key, %4 the database's message.
        *error = Tr::tr("The %1 table %2 refused the new values of record %3: %4")
                     .arg(sideName(source), plan->sourceTable.name, record.displayKey(),
                         query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = Tr::tr("Record %1 has no row in the %2 table %3 any more.")
                     .arg(record.displayKey(), sideName(source), plan->sourceTable.name);
        return false;
    }
    return true;
}

} // namespace dw
