// CDM entity documents are read from disk to build environment schemas. Any bytes must give a
// table or an error naming where, never a crash; an imported table must have columns with names.
#include "cdmimporter.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    dw::CdmImport result;
    QString error;
    if (!dw::CdmImporter::importJson(json, QStringLiteral("fuzz.cdm.json"), &result, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    for (const dw::ColumnDefinition &column : result.table.columns) {
        if (column.name.isEmpty())
            std::abort();
    }
    return 0;
}
