#include "tablemapjson.h"

#include "odatafilter.h"
#include "tr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace dw {

namespace {

// Walks a JSON tree collecting the first error with the path where it happened.
class Reader
{
public:
    explicit Reader(QString *error)
        : m_error(error)
    { }

    bool failed() const { return m_failed; }

    void fail(const QString &path, const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        *m_error = path.isEmpty() ? message : Tr::tr("%1: %2").arg(path, message);
    }

    void checkKeys(
        const QJsonObject &object, const QString &path, std::initializer_list<const char *> allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool known = false;
            for (const char *key : allowed)
                known |= it.key() == QLatin1String(key);
            if (!known)
                fail(join(path, it.key()), Tr::tr("unknown key"));
        }
    }

    QString string(const QJsonObject &object, const QString &path, const char *key, bool required,
        const QString &fallback = {})
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(join(path, QLatin1String(key)), Tr::tr("is required"));
            return fallback;
        }
        if (!value.isString()) {
            fail(join(path, QLatin1String(key)), Tr::tr("must be a string"));
            return fallback;
        }
        return value.toString();
    }

    QJsonObject object(
        const QJsonObject &parent, const QString &path, const char *key, bool required)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail(join(path, QLatin1String(key)), Tr::tr("is required"));
            return {};
        }
        if (!value.isObject())
            fail(join(path, QLatin1String(key)), Tr::tr("must be an object"));
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &path, const char *key, bool required)
    {
        const QJsonValue value = parent.value(QLatin1String(key));
        if (value.isUndefined()) {
            if (required)
                fail(join(path, QLatin1String(key)), Tr::tr("is required"));
            return {};
        }
        if (!value.isArray())
            fail(join(path, QLatin1String(key)), Tr::tr("must be an array"));
        return value.toArray();
    }

    int positiveInt(const QJsonObject &object, const QString &path, const char *key, int fallback)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return fallback;
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d < 1 || d > 1e6 || d != static_cast<int>(d)) {
            fail(
                join(path, QLatin1String(key)), Tr::tr("must be a whole number from 1 to 1000000"));
            return fallback;
        }
        return static_cast<int>(d);
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }
    static QString index(const QString &path, qsizetype i)
    {
        return path + u'[' + QString::number(i) + u']';
    }

private:
    QString *m_error;
    bool m_failed = false;
};

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

void readSide(
    Reader &r, const QJsonObject &map, const QString &path, const char *key, SideSpec *side)
{
    const QString sidePath = Reader::join(path, QLatin1String(key));
    const QJsonObject object = r.object(map, path, key, true);
    r.checkKeys(object, sidePath, { "table", "filter" });
    side->table = r.string(object, sidePath, "table", true);
    side->filter = r.string(object, sidePath, "filter", false);
    if (!r.failed() && side->table.trimmed().isEmpty())
        r.fail(Reader::join(sidePath, QStringLiteral("table")), Tr::tr("must not be empty"));
    // A filter that does not parse is refused here, with its position, as the map editor
    // refuses it: otherwise the file imports and the map only fails at its next run.
    QString filterError;
    if (!r.failed() && !ODataFilter::parse(side->filter, nullptr, &filterError))
        r.fail(Reader::join(sidePath, QStringLiteral("filter")), filterError);
}

void readTransform(Reader &r, const QJsonObject &object, const QString &path, Transform *t)
{
    const QString typeText = r.string(object, path, "type", true);
    if (r.failed())
        return;
    if (!transformTypeFromId(typeText, &t->type)) {
        r.fail(Reader::join(path, QStringLiteral("type")),
            Tr::tr("'%1' is not a transform; expected default, valueMap, lookup or constant")
                .arg(typeText));
        return;
    }
    switch (t->type) {
    case Transform::Type::Default:
    case Transform::Type::Constant: {
        r.checkKeys(object, path, { "type", "value" });
        const QJsonValue value = object.value(QLatin1String("value"));
        if (value.isUndefined())
            r.fail(Reader::join(path, QStringLiteral("value")), Tr::tr("is required"));
        else if (value.isArray() || value.isObject())
            r.fail(Reader::join(path, QStringLiteral("value")),
                Tr::tr("must be a string, number, true, false or null"));
        else
            t->value = value.toVariant();
        break;
    }
    case Transform::Type::ValueMap: {
        r.checkKeys(object, path, { "type", "map" });
        const QJsonObject entries = r.object(object, path, "map", true);
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (!it.value().isString() && !it.value().isDouble() && !it.value().isBool()) {
                r.fail(Reader::join(path, QStringLiteral("map.") + it.key()),
                    Tr::tr("must be a string, number, true or false"));
                return;
            }
            t->valueMap.append({ it.key(), scalarText(it.value()) });
        }
        break;
    }
    case Transform::Type::Lookup:
        r.checkKeys(object, path, { "type", "table", "key", "value" });
        t->lookupTable = r.string(object, path, "table", true);
        t->lookupKey = r.string(object, path, "key", true);
        t->lookupValue = r.string(object, path, "value", true);
        break;
    case Transform::Type::None:
        break;
    }
}

void readMap(Reader &r, const QJsonObject &object, const QString &path, TableMap *map)
{
    r.checkKeys(object, path,
        { "name", "component", "version", "publisher", "description", "dataverse", "finance",
            "keys", "fields", "dependsOn", "conflict", "alerts" });
    map->name = r.string(object, path, "name", true);
    if (!r.failed() && map->name.trimmed().isEmpty())
        r.fail(Reader::join(path, QStringLiteral("name")), Tr::tr("must not be empty"));
    // Names are shown in terminals, logs and tables: a NUL or an escape sequence in one would
    // cut it short or rewrite the screen.
    if (!r.failed() && std::any_of(map->name.cbegin(), map->name.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control;
        }))
        r.fail(Reader::join(path, QStringLiteral("name")),
            Tr::tr("must not contain control characters"));
    const QString component = r.string(object, path, "component", true);
    if (!r.failed() && !componentFromId(component, &map->component))
        r.fail(Reader::join(path, QStringLiteral("component")),
            Tr::tr("'%1' is not a component; expected setup, estimates, actuals, invoices, "
                   "expenses or vendorInvoices")
                .arg(component));
    map->version = r.string(object, path, "version", false, QStringLiteral("1.0.0.0"));
    map->publisher = r.string(object, path, "publisher", false);
    map->description = r.string(object, path, "description", false);
    readSide(r, object, path, "dataverse", &map->dataverse);
    readSide(r, object, path, "finance", &map->finance);

    const QJsonArray keys = r.array(object, path, "keys", true);
    for (qsizetype i = 0; i < keys.size() && !r.failed(); ++i) {
        const QString keyPath = Reader::index(Reader::join(path, QStringLiteral("keys")), i);
        const QJsonObject key = keys.at(i).toObject();
        r.checkKeys(key, keyPath, { "finance", "dataverse" });
        map->keys.append(
            { r.string(key, keyPath, "finance", true), r.string(key, keyPath, "dataverse", true) });
    }

    const QJsonArray fields = r.array(object, path, "fields", true);
    for (qsizetype i = 0; i < fields.size() && !r.failed(); ++i) {
        const QString fieldPath = Reader::index(Reader::join(path, QStringLiteral("fields")), i);
        if (!fields.at(i).isObject()) {
            r.fail(fieldPath, Tr::tr("must be an object"));
            break;
        }
        const QJsonObject fieldObject = fields.at(i).toObject();
        r.checkKeys(fieldObject, fieldPath, { "finance", "dataverse", "direction", "transform" });
        FieldMapping field;
        field.finance = r.string(fieldObject, fieldPath, "finance", false);
        field.dataverse = r.string(fieldObject, fieldPath, "dataverse", false);
        if (!r.failed() && field.finance.isEmpty() && field.dataverse.isEmpty())
            r.fail(fieldPath, Tr::tr("names neither a Finance nor a Dataverse field"));
        const QString direction = r.string(fieldObject, fieldPath, "direction", true);
        if (!r.failed() && !directionFromSymbol(direction, &field.direction))
            r.fail(Reader::join(fieldPath, QStringLiteral("direction")),
                Tr::tr("'%1' is not a direction; expected '>', '<' or '='").arg(direction));
        if (fieldObject.contains(QLatin1String("transform"))) {
            const QString transformPath = Reader::join(fieldPath, QStringLiteral("transform"));
            readTransform(r, r.object(fieldObject, fieldPath, "transform", true), transformPath,
                &field.transform);
        }
        map->fields.append(field);
    }

    const QJsonArray dependsOn = r.array(object, path, "dependsOn", false);
    for (qsizetype i = 0; i < dependsOn.size() && !r.failed(); ++i) {
        if (!dependsOn.at(i).isString())
            r.fail(Reader::index(Reader::join(path, QStringLiteral("dependsOn")), i),
                Tr::tr("must be a map name"));
        map->dependsOn.append(dependsOn.at(i).toString());
    }

    if (object.contains(QLatin1String("conflict"))) {
        const QString conflictPath = Reader::join(path, QStringLiteral("conflict"));
        const QJsonObject conflict = r.object(object, path, "conflict", true);
        r.checkKeys(conflict, conflictPath, { "policy", "master" });
        const QString policy = r.string(conflict, conflictPath, "policy", true);
        if (!r.failed() && !conflictPolicyFromId(policy, &map->conflictPolicy))
            r.fail(Reader::join(conflictPath, QStringLiteral("policy")),
                Tr::tr("'%1' is not a conflict policy; expected master, newest or manual")
                    .arg(policy));
        const QString master
            = r.string(conflict, conflictPath, "master", false, QStringLiteral("dataverse"));
        if (!r.failed() && !sideFromId(master, &map->conflictMaster))
            r.fail(Reader::join(conflictPath, QStringLiteral("master")),
                Tr::tr("'%1' is not a side; expected dataverse or finance").arg(master));
    }

    const QJsonArray alerts = r.array(object, path, "alerts", false);
    for (qsizetype i = 0; i < alerts.size() && !r.failed(); ++i) {
        const QString alertPath = Reader::index(Reader::join(path, QStringLiteral("alerts")), i);
        const QJsonObject alertObject = alerts.at(i).toObject();
        r.checkKeys(alertObject, alertPath, { "errorClass", "count", "minutes", "action" });
        AlertRule rule;
        rule.errorClass = r.string(alertObject, alertPath, "errorClass", false, rule.errorClass);
        rule.count = r.positiveInt(alertObject, alertPath, "count", rule.count);
        rule.minutes = r.positiveInt(alertObject, alertPath, "minutes", rule.minutes);
        const QString action
            = r.string(alertObject, alertPath, "action", false, QStringLiteral("notify"));
        if (!r.failed() && !alertActionFromId(action, &rule.action))
            r.fail(Reader::join(alertPath, QStringLiteral("action")),
                Tr::tr("'%1' is not an alert action; expected notify, pause or stop").arg(action));
        map->alerts.append(rule);
    }
}

QString mapPath(qsizetype i, const QJsonObject &object)
{
    const QString name = object.value(QLatin1String("name")).toString();
    const QString index = QStringLiteral("maps[%1]").arg(i);
    return name.isEmpty() ? index : index + QStringLiteral(" \"") + name + u'"';
}

// QJsonParseError gives a byte offset; administrators want a line and column.
QString position(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return Tr::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

bool TableMapJson::read(const QByteArray &json, QList<TableMap> *maps, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("Not valid JSON at %1: %2")
                     .arg(position(json, parseError.offset), parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = Tr::tr("Expected a JSON object with \"format\" and \"maps\".");
        return false;
    }
    const QJsonObject root = document.object();
    Reader r(error);
    r.checkKeys(root, QString(), { "format", "maps" });
    const QString format = r.string(root, QString(), "format", true);
    if (!r.failed() && format != formatId())
        r.fail(QStringLiteral("format"),
            Tr::tr("'%1' is not supported; this dwadmin reads %2").arg(format, formatId()));
    const QJsonArray array = r.array(root, QString(), "maps", true);
    QList<TableMap> result;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size() && !r.failed(); ++i) {
        if (!array.at(i).isObject()) {
            r.fail(QStringLiteral("maps[%1]").arg(i), Tr::tr("must be an object"));
            break;
        }
        const QJsonObject object = array.at(i).toObject();
        TableMap map;
        readMap(r, object, mapPath(i, object), &map);
        if (!r.failed() && names.contains(map.name))
            r.fail(mapPath(i, object), Tr::tr("a map with this name appears twice in the file"));
        names.insert(map.name);
        result.append(map);
    }
    if (r.failed())
        return false;
    *maps = result;
    return true;
}

bool TableMapJson::fromJson(const QJsonObject &object, TableMap *map, QString *error)
{
    Reader r(error);
    TableMap result;
    readMap(r, object, QString(), &result);
    if (r.failed())
        return false;
    *map = result;
    return true;
}

QJsonObject TableMapJson::toJson(const TableMap &map)
{
    auto sideJson = [](const SideSpec &side) {
        return QJsonObject { { QStringLiteral("table"), side.table },
            { QStringLiteral("filter"), side.filter } };
    };
    QJsonArray keys;
    for (const KeyPair &key : map.keys)
        keys.append(QJsonObject { { QStringLiteral("finance"), key.finance },
            { QStringLiteral("dataverse"), key.dataverse } });
    QJsonArray fields;
    for (const FieldMapping &field : map.fields) {
        QJsonObject object { { QStringLiteral("direction"), directionSymbol(field.direction) } };
        if (!field.finance.isEmpty())
            object.insert(QStringLiteral("finance"), field.finance);
        if (!field.dataverse.isEmpty())
            object.insert(QStringLiteral("dataverse"), field.dataverse);
        const Transform &t = field.transform;
        if (t.type != Transform::Type::None) {
            QJsonObject transform { { QStringLiteral("type"), transformTypeId(t.type) } };
            switch (t.type) {
            case Transform::Type::Default:
            case Transform::Type::Constant:
                transform.insert(QStringLiteral("value"), QJsonValue::fromVariant(t.value));
                break;
            case Transform::Type::ValueMap: {
                QJsonObject entries;
                for (const auto &[from, to] : t.valueMap)
                    entries.insert(from, to);
                transform.insert(QStringLiteral("map"), entries);
                break;
            }
            case Transform::Type::Lookup:
                transform.insert(QStringLiteral("table"), t.lookupTable);
                transform.insert(QStringLiteral("key"), t.lookupKey);
                transform.insert(QStringLiteral("value"), t.lookupValue);
                break;
            case Transform::Type::None:
                break;
            }
            object.insert(QStringLiteral("transform"), transform);
        }
        fields.append(object);
    }
    QJsonArray alerts;
    for (const AlertRule &rule : map.alerts)
        alerts.append(QJsonObject { { QStringLiteral("errorClass"), rule.errorClass },
            { QStringLiteral("count"), rule.count }, { QStringLiteral("minutes"), rule.minutes },
            { QStringLiteral("action"), alertActionId(rule.action) } });
    return QJsonObject {
        { QStringLiteral("name"), map.name },
        { QStringLiteral("component"), componentId(map.component) },
        { QStringLiteral("version"), map.version },
        { QStringLiteral("publisher"), map.publisher },
        { QStringLiteral("description"), map.description },
        { QStringLiteral("dataverse"), sideJson(map.dataverse) },
        { QStringLiteral("finance"), sideJson(map.finance) },
        { QStringLiteral("keys"), keys },
        { QStringLiteral("fields"), fields },
        { QStringLiteral("dependsOn"), QJsonArray::fromStringList(map.dependsOn) },
        { QStringLiteral("conflict"),
            QJsonObject { { QStringLiteral("policy"), conflictPolicyId(map.conflictPolicy) },
                { QStringLiteral("master"), sideId(map.conflictMaster) } } },
        { QStringLiteral("alerts"), alerts },
    };
}

QByteArray TableMapJson::write(const QList<TableMap> &maps)
{
    QJsonArray array;
    for (const TableMap &map : maps)
        array.append(toJson(map));
    const QJsonObject root { { QStringLiteral("format"), formatId() },
        { QStringLiteral("maps"), array } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dw
