#include "recordexport.h"

#include "tr.h"

#include <QDateTime>

namespace dw {

namespace {
constexpr int kPage = 2000;

QString timeText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODateWithMs)
                  : QString();
}
} // namespace

QString RecordExport::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

bool RecordExport::writeCsv(const QSqlDatabase &db, const RecordFilter &filter, RecordSort sort,
    bool ascending, QIODevice *out, qint64 *rows, QString *error, const std::atomic_bool *cancel)
{
    *rows = 0;
    const auto write = [&](const QString &line) {
        if (out->write(line.toUtf8()) >= 0)
            return true;
        *error = Tr::tr("Cannot write the export: %1").arg(out->errorString());
        return false;
    };
    // Column names are a file format, not translated.
    if (!write(
            QStringLiteral("map,key,status,direction,attempts,lastAttempt,errorClass,error\r\n")))
        return false;
    const RecordQuery query(db);
    QList<RecordState> page;
    std::optional<RecordState> after;
    do {
        if (cancel && cancel->load()) {
            error->clear();
            return false;
        }
        if (!query.page(filter, sort, ascending, after ? &*after : nullptr, kPage, &page, error))
            return false;
        for (const RecordState &r : std::as_const(page)) {
            const QString line = csvField(r.map) + u',' + csvField(r.displayKey()) + u','
                + recordStatusId(r.status) + u',' + (r.direction ? sideId(*r.direction) : QString())
                + u',' + QString::number(r.attempts) + u',' + timeText(r.lastAttemptAt) + u','
                + errorClassId(r.errorClass) + u',' + csvField(r.error) + QLatin1String("\r\n");
            if (!write(line))
                return false;
        }
        *rows += page.size();
        if (!page.isEmpty())
            after = page.constLast();
    } while (page.size() == kPage);
    return true;
}

} // namespace dw
