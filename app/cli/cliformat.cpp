#include "cliformat.h"

#include <QDateTime>

namespace dw::cli {

QString CliFormat::timeText(qint64 msecs)
{
    if (msecs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue CliFormat::timeJson(qint64 msecs)
{
    if (msecs <= 0)
        return QJsonValue::Null;
    return timeText(msecs);
}

QString CliFormat::csvField(const QString &text)
{
    const bool needsQuotes = text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CliFormat::elided(const QString &text, qsizetype maxLength)
{
    QString line = text;
    const qsizetype lineEnd = line.indexOf(u'\n');
    const bool cut = lineEnd >= 0;
    if (cut)
        line.truncate(lineEnd);
    if (!cut && line.size() <= maxLength)
        return line;
    return line.left(qMin(line.size(), maxLength - 1)) + QChar(0x2026);
}

} // namespace dw::cli
