#include "lookupresolver.h"

#include "tr.h"

#include <QSqlDriver>
#include <QSqlError>

namespace dw {

namespace {
QByteArray cacheKey(const RowBuffer &buffer, const Cell &cell)
{
    return char('0' + int(cell.type)) + buffer.displayText(cell);
}

QVariant toVariant(const RowBuffer &buffer, const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Null:
        return QVariant(QMetaType(QMetaType::QString));
    case Cell::Type::Integer:
        return QVariant(cell.integer);
    case Cell::Type::Real:
        return QVariant(cell.real);
    case Cell::Type::Text:
        return QString::fromUtf8(buffer.bytes(cell));
    case Cell::Type::Blob:
        return buffer.bytes(cell).toByteArray();
    }
    return {};
}

void storeVariant(RowBuffer &buffer, int row, const QVariant &value)
{
    if (value.isNull()) {
        buffer.setNull(row, 0);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        buffer.setInteger(row, 0, value.toLongLong());
        break;
    case QMetaType::Double:
        buffer.setReal(row, 0, value.toDouble());
        break;
    case QMetaType::QByteArray:
        buffer.setBlob(row, 0, value.toByteArray());
        break;
    default:
        buffer.setText(row, 0, value.toString().toUtf8());
        break;
    }
}
} // namespace

int LookupResolver::add(const QString &table, const QString &keyColumn, const QString &valueColumn)
{
    for (qsizetype i = 0; i < m_lookups.size(); ++i) {
        const Lookup &l = *m_lookups.at(i);
        if (l.table == table && l.keyColumn == keyColumn && l.valueColumn == valueColumn)
            return int(i);
    }
    auto lookup = std::make_shared<Lookup>();
    lookup->table = table;
    lookup->keyColumn = keyColumn;
    lookup->valueColumn = valueColumn;
    m_lookups.append(lookup);
    return int(m_lookups.size() - 1);
}

LookupResolver::Outcome LookupResolver::resolve(int id, const RowBuffer &buffer, const Cell &key,
    const RowBuffer **resultBuffer, const Cell **result, QString *error)
{
    Lookup &lookup = *m_lookups[id];
    const QByteArray cached = cacheKey(buffer, key);
    auto it = lookup.rows.constFind(cached);
    if (it == lookup.rows.constEnd()) {
        if (!lookup.query) {
            const QSqlDriver *driver = m_db.driver();
            lookup.query = std::make_unique<QSqlQuery>(m_db);
            lookup.query->setForwardOnly(true);
            const QString sql
                = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? LIMIT 2")
                      .arg(driver->escapeIdentifier(lookup.valueColumn, QSqlDriver::FieldName),
                          driver->escapeIdentifier(lookup.table, QSqlDriver::TableName),
                          driver->escapeIdentifier(lookup.keyColumn, QSqlDriver::FieldName));
            if (!lookup.query->prepare(sql)) {
                *error = Tr::tr("Cannot look up %1 in %2: %3")
                             .arg(lookup.keyColumn, lookup.table, lookup.query->lastError().text());
                lookup.query.reset();
                return Outcome::Error;
            }
        }
        QSqlQuery &query = *lookup.query;
        query.bindValue(0, toVariant(buffer, key));
        if (!query.exec()) {
            *error = Tr::tr("Cannot look up %1 in %2: %3")
                         .arg(lookup.keyColumn, lookup.table, query.lastError().text());
            return Outcome::Error;
        }
        int row = kMiss;
        if (query.next()) {
            const QVariant value = query.value(0);
            if (query.next()) {
                row = kAmbiguous; // two rows share the key: picking one would be a guess
            } else {
                row = lookup.values.appendRow();
                storeVariant(lookup.values, row, value);
            }
        }
        query.finish();
        it = lookup.rows.insert(cached, row);
    }
    if (*it == kMiss)
        return Outcome::NotFound;
    if (*it == kAmbiguous)
        return Outcome::Ambiguous;
    *resultBuffer = &lookup.values;
    *result = &lookup.values.cell(*it, 0);
    return Outcome::Found;
}

qsizetype LookupResolver::cachedCount() const
{
    qsizetype count = 0;
    for (const auto &lookup : m_lookups)
        count += lookup->rows.size();
    return count;
}

} // namespace dw
