// Source filters are typed by administrators and imported with maps. Any text must parse or be
// refused with a position inside the text; a parsed filter must compile to SQL whose values are
// all bound (one placeholder per value) and evaluate against a row without crashing.
#include "odatafilter.h"

#include <QVariantHash>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    dw::ODataFilter filter;
    QString error;
    int position = -1;
    if (!dw::ODataFilter::parse(text, &filter, &error, &position)) {
        if (error.isEmpty() || position < 0 || position > text.size())
            std::abort();
        return 0;
    }
    QVariantList values;
    const QString sql = filter.toSql(
        [](const QString &name) {
            return QStringLiteral("\"%1\"").arg(
                QString(name).replace(QStringLiteral("\""), QStringLiteral("\"\"")));
        },
        &values);
    // Literals reach the SQL only as placeholders; quoted identifiers cannot hold a bare '?'.
    qsizetype placeholders = 0;
    bool quoted = false;
    for (QChar c : sql) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'?' && !quoted)
            ++placeholders;
    }
    if (placeholders != values.size())
        std::abort();
    QVariantHash row;
    for (const QString &column : filter.columns())
        row.insert(column, column.size() % 3 == 0 ? QVariant() : QVariant(column.size()));
    filter.matches(row);
    return 0;
}
