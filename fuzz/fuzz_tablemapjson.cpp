// Map files come from users and other systems: any bytes must give maps or an error, never a
// crash. What is read must also survive a write/read round trip unchanged, so an export of
// imported maps is always importable again.
#include "tablemapjson.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<dw::TableMap> maps;
    QString error;
    if (!dw::TableMapJson::read(json, &maps, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QByteArray written = dw::TableMapJson::write(maps);
    QList<dw::TableMap> again;
    if (!dw::TableMapJson::read(written, &again, &error))
        std::abort(); // our own output was refused
    if (dw::TableMapJson::write(again) != written)
        std::abort(); // the round trip changed something
    return 0;
}
