#pragma once

#include <QJsonValue>
#include <QString>

namespace dw::cli {

// Small formatting helpers shared by the commands' table, CSV and JSON outputs.
class CliFormat
{
public:
    // A state store timestamp (ms since the epoch, UTC) as ISO 8601 with milliseconds; an
    // empty string or JSON null when there is none (0 or less).
    static QString timeText(qint64 msecs);
    static QJsonValue timeJson(qint64 msecs);

    // One CSV field quoted as RFC 4180 asks: in double quotes, with quotes doubled, when it
    // holds a comma, a double quote, CR or LF; otherwise as it is.
    static QString csvField(const QString &text);

    // The first line of `text`, cut to `maxLength` characters with "…" when longer.
    static QString elided(const QString &text, qsizetype maxLength);
};

} // namespace dw::cli
