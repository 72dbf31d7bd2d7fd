#include "schemajson.h"

#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dw {

namespace {

QJsonValue defaultJson(const ColumnDefinition &column)
{
    if (!column.hasDefault && column.defaultExpression.isEmpty())
        return QJsonValue::Null;
    const QString &expression = column.defaultExpression;
    if (expression.isEmpty()) {
        // The zero value SchemaDdl writes for a default without expression.
        switch (column.type) {
        case ColumnType::Integer:
        case ColumnType::Decimal:
        case ColumnType::Double:
            return 0;
        case ColumnType::Boolean:
            return false;
        case ColumnType::Text:
            return QString();
        case ColumnType::DateTime:
        case ColumnType::Guid:
        case ColumnType::Binary:
            break;
        }
        return QJsonValue::Null;
    }
    return expression;
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &item : list)
        array.append(item);
    return array;
}

// Reads one table; the first error stops it.
class TableReader
{
public:
    explicit TableReader(QString *error)
        : m_error(error)
    { }

    bool read(const QJsonValue &value, const QString &path, TableDefinition *table);

private:
    bool fail(const QString &path, const QString &message)
    {
        *m_error = Tr::tr("%1: %2").arg(path, message);
        return false;
    }
    bool readColumn(const QJsonValue &value, const QString &path, ColumnDefinition *column);
    bool readKey(const QJsonValue &value, const QString &path, const TableDefinition &table,
        QStringList *key);

    QString *m_error;
};

bool TableReader::readColumn(const QJsonValue &value, const QString &path, ColumnDefinition *column)
{
    if (!value.isObject())
        return fail(path, Tr::tr("must be a column object"));
    const QJsonObject object = value.toObject();
    const QJsonValue name = object.value(QLatin1String("name"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(path + QLatin1String(".name"), Tr::tr("must be a non-empty string"));
    column->name = name.toString();
    const QJsonValue type = object.value(QLatin1String("type"));
    if (!type.isString() || !columnTypeFromId(type.toString(), &column->type))
        return fail(path + QLatin1String(".type"),
            Tr::tr("'%1' is not a column type").arg(type.toVariant().toString()));
    const QJsonValue nullable = object.value(QLatin1String("nullable"));
    if (!nullable.isUndefined() && !nullable.isBool())
        return fail(path + QLatin1String(".nullable"), Tr::tr("must be true or false"));
    column->nullable = nullable.toBool(true);
    const QJsonValue maxLength = object.value(QLatin1String("maxLength"));
    if (!maxLength.isUndefined()
        && (!maxLength.isDouble() || maxLength.toDouble() < 0
            || maxLength.toDouble() != double(maxLength.toInt())))
        return fail(path + QLatin1String(".maxLength"), Tr::tr("must be a whole number"));
    column->maxLength = maxLength.toInt();
    const QJsonValue lookup = object.value(QLatin1String("lookup"));
    if (!lookup.isUndefined() && !lookup.isNull() && !lookup.isString())
        return fail(path + QLatin1String(".lookup"), Tr::tr("must be a table name or null"));
    column->lookupTable = lookup.toString();
    const QJsonValue fill = object.value(QLatin1String("default"));
    column->hasDefault = !fill.isUndefined() && !fill.isNull();
    if (fill.isBool())
        column->defaultExpression
            = fill.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    else if (fill.isDouble())
        column->defaultExpression = QString::number(fill.toDouble(), 'g', 17);
    else if (fill.isString())
        column->defaultExpression = fill.toString();
    else if (column->hasDefault)
        return fail(path + QLatin1String(".default"),
            Tr::tr("must be null, \"guid\", \"now\" or a literal value"));
    return true;
}

bool TableReader::readKey(
    const QJsonValue &value, const QString &path, const TableDefinition &table, QStringList *key)
{
    if (!value.isArray() || value.toArray().isEmpty())
        return fail(path, Tr::tr("must be a non-empty list of column names"));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString name = array.at(i).toString();
        if (!table.column(name))
            return fail(QStringLiteral("%1[%2]").arg(path).arg(i),
                Tr::tr("'%1' is no column of the table").arg(array.at(i).toVariant().toString()));
        key->append(table.column(name)->name);
    }
    return true;
}

bool TableReader::read(const QJsonValue &value, const QString &path, TableDefinition *table)
{
    if (!value.isObject())
        return fail(path, Tr::tr("must be a table object"));
    const QJsonObject object = value.toObject();
    const QJsonValue name = object.value(QLatin1String("table"));
    if (!name.isString() || name.toString().trimmed().isEmpty())
        return fail(path + QLatin1String(".table"), Tr::tr("must be a non-empty string"));
    table->name = name.toString();
    const QString tablePath = QStringLiteral("%1 \"%2\"").arg(path, table->name);
    const QJsonValue columns = object.value(QLatin1String("columns"));
    if (!columns.isArray() || columns.toArray().isEmpty())
        return fail(tablePath + QLatin1String(".columns"), Tr::tr("must be a non-empty list"));
    const QJsonArray array = columns.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        ColumnDefinition column;
        const QString columnPath = QStringLiteral("%1.columns[%2]").arg(tablePath).arg(i);
        if (!readColumn(array.at(i), columnPath, &column))
            return false;
        if (table->column(column.name))
            return fail(columnPath, Tr::tr("column '%1' is defined twice").arg(column.name));
        table->columns.append(column);
    }
    const QJsonValue primaryKey = object.value(QLatin1String("primaryKey"));
    if (!primaryKey.isUndefined() && !(primaryKey.isArray() && primaryKey.toArray().isEmpty())
        && !readKey(
            primaryKey, tablePath + QLatin1String(".primaryKey"), *table, &table->primaryKey))
        return false;
    const QJsonValue uniqueKeys = object.value(QLatin1String("uniqueKeys"));
    if (!uniqueKeys.isUndefined() && !uniqueKeys.isArray())
        return fail(tablePath + QLatin1String(".uniqueKeys"), Tr::tr("must be a list of keys"));
    const QJsonArray keys = uniqueKeys.toArray();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        QStringList key;
        if (!readKey(keys.at(i), QStringLiteral("%1.uniqueKeys[%2]").arg(tablePath).arg(i), *table,
                &key))
            return false;
        table->uniqueKeys.append(key);
    }
    return true;
}

} // namespace

QJsonObject SchemaJson::columnToJson(const ColumnDefinition &column)
{
    return QJsonObject {
        { QStringLiteral("name"), column.name },
        { QStringLiteral("type"), columnTypeId(column.type) },
        { QStringLiteral("nullable"), column.nullable },
        { QStringLiteral("maxLength"), column.maxLength },
        { QStringLiteral("lookup"),
            column.lookupTable.isEmpty() ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(column.lookupTable) },
        { QStringLiteral("default"), defaultJson(column) },
    };
}

QJsonObject SchemaJson::tableToJson(const TableDefinition &table)
{
    QJsonArray columns;
    for (const ColumnDefinition &column : table.columns)
        columns.append(columnToJson(column));
    QJsonArray uniqueKeys;
    for (const QStringList &key : table.uniqueKeys)
        uniqueKeys.append(stringArray(key));
    return QJsonObject {
        { QStringLiteral("table"), table.name },
        { QStringLiteral("primaryKey"), stringArray(table.primaryKey) },
        { QStringLiteral("uniqueKeys"), uniqueKeys },
        { QStringLiteral("columns"), columns },
    };
}

bool SchemaJson::read(const QByteArray &json, QList<TableDefinition> *tables, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("not valid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isArray()) {
        *error = Tr::tr("a schema is a JSON list of tables");
        return false;
    }
    const QJsonArray array = document.array();
    QList<TableDefinition> result;
    QSet<QString> names;
    TableReader reader(error);
    for (qsizetype i = 0; i < array.size(); ++i) {
        TableDefinition table;
        const QString path = QStringLiteral("[%1]").arg(i);
        if (!reader.read(array.at(i), path, &table))
            return false;
        if (names.contains(table.name.toCaseFolded())) {
            *error = Tr::tr("%1: table '%2' is defined twice").arg(path, table.name);
            return false;
        }
        names.insert(table.name.toCaseFolded());
        result.append(table);
    }
    *tables = result;
    return true;
}

} // namespace dw
