#pragma once

#include "tablemap.h"

#include <QByteArray>
#include <QJsonObject>

namespace dw {

// Reads and writes the dwadmin-maps/1 interchange format (documented in the README). Reading
// is strict: an unknown key, a wrong type or an unknown symbol is an error naming its place
// (e.g. `maps[2] "Projects V2" → fields[3].direction`), and nothing of a bad file is returned.
class TableMapJson
{
public:
    static QString formatId() { return QStringLiteral("dwadmin-maps/1"); }

    static bool read(const QByteArray &json, QList<TableMap> *maps, QString *error);
    static QByteArray write(const QList<TableMap> &maps);

    static QJsonObject toJson(const TableMap &map);
    static bool fromJson(const QJsonObject &object, TableMap *map, QString *error);
};

} // namespace dw
