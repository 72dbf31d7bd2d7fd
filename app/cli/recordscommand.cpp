// "records": the record states of the state store, streamed row by row so that millions of
// records go out with flat memory.
#include "arguments.h"
#include "batchapplier.h"
#include "cliformat.h"
#include "commands.h"
#include "errorclass.h"
#include "mapstore.h"
#include "recordcodec.h"
#include "recordstatus.h"
#include "texttable.h"
#include "tr.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <memory>
#include <optional>

namespace dw::cli {

namespace {

struct SelectedMap
{
    qint64 id = 0;
    QString name;
    QStringList financeKeys; // key field names, in the order of the record key's values
    QStringList dataverseKeys;
};

struct RecordRow
{
    const SelectedMap *map = nullptr;
    QString key; // record_states.record_key
    RecordStatus status = RecordStatus::Pending;
    QString direction; // the side written to; null when none yet
    QString errorClass; // id; null when none
    QString error;
    qint64 attempts = 0;
    qint64 lastAttemptAt = 0;

    bool provisional() const { return BatchApplier::isProvisionalKey(key); }
    QStringList keyValues() const
    {
        return RecordCodec::splitKey(provisional() ? key.mid(1) : key);
    }
};

// The key as a person reads it; `translated` false keeps the marker of a source key in
// English, as CSV is a machine format that must read the same in every language.
QString shownKey(const RecordRow &row, bool translated = true)
{
    if (!row.provisional())
        return RecordCodec::displayKey(row.key);
    const QString key = RecordCodec::displayKey(row.key.mid(1));
    return translated ? Tr::tr("%1 (source key)").arg(key)
                      : QStringLiteral("%1 (source key)").arg(key);
}

// Writes records in one format as they arrive; finish() closes the output.
class RecordSink
{
public:
    explicit RecordSink(QTextStream &out)
        : m_out(out)
    { }
    virtual ~RecordSink() = default;
    virtual void write(const RecordRow &row) = 0;
    virtual void finish() = 0;

protected:
    QTextStream &m_out;
};

class JsonSink final : public RecordSink
{
public:
    using RecordSink::RecordSink;

    void write(const RecordRow &row) override
    {
        // A provisional key holds the values of the source row's key: the side not written.
        const bool provisional = row.provisional();
        const QStringList &names = !provisional || row.direction == sideId(Side::Dataverse)
            ? row.map->financeKeys
            : row.map->dataverseKeys;
        const QStringList values = row.keyValues();
        QJsonObject key;
        for (qsizetype i = 0; i < values.size(); ++i)
            key.insert(
                i < names.size() ? names.at(i) : QStringLiteral("key%1").arg(i + 1), values.at(i));
        QJsonObject object {
            { QStringLiteral("map"), row.map->name },
            { QStringLiteral("key"), key },
            { QStringLiteral("status"), recordStatusId(row.status) },
            { QStringLiteral("direction"), nullable(row.direction) },
            { QStringLiteral("errorClass"), nullable(row.errorClass) },
            { QStringLiteral("error"), nullable(row.error) },
            { QStringLiteral("attempts"), row.attempts },
            { QStringLiteral("lastAttempt"), CliFormat::timeJson(row.lastAttemptAt) },
        };
        if (provisional)
            object.insert(QStringLiteral("provisional"), true);
        m_out << (m_first ? "[\n  " : ",\n  ")
              << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        m_first = false;
    }

    void finish() override { m_out << (m_first ? "[]\n" : "\n]\n") << Qt::flush; }

private:
    static QJsonValue nullable(const QString &text)
    {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    }

    bool m_first = true;
};

class CsvSink final : public RecordSink
{
public:
    explicit CsvSink(QTextStream &out)
        : RecordSink(out)
    {
        // RFC 4180: CRLF after each record, the header included.
        m_out << "map,key,status,direction,errorClass,error,attempts,lastAttempt\r\n";
    }

    void write(const RecordRow &row) override
    {
        m_out << CliFormat::csvField(row.map->name) << ','
              << CliFormat::csvField(shownKey(row, false)) << ',' << recordStatusId(row.status)
              << ',' << CliFormat::csvField(row.direction) << ','
              << CliFormat::csvField(row.errorClass) << ',' << CliFormat::csvField(row.error) << ','
              << row.attempts << ',' << CliFormat::timeText(row.lastAttemptAt) << "\r\n";
    }

    void finish() override { m_out << Qt::flush; }
};

// Aligned columns for a terminal, printed a page at a time so memory stays flat. Each page
// repeats the header, padded so that no column gets narrower than on the pages before.
class TableSink final : public RecordSink
{
public:
    using RecordSink::RecordSink;

    void write(const RecordRow &row) override
    {
        if (!m_page)
            startPage();
        ErrorClass errorClass = ErrorClass::None;
        errorClassFromId(row.errorClass, &errorClass);
        Side side = Side::Dataverse;
        const bool hasSide = sideFromId(row.direction, &side);
        const QStringList cells { row.map->name, shownKey(row), recordStatusName(row.status),
            hasSide ? sideName(side) : QString(), errorClassName(errorClass),
            QString::number(row.attempts), CliFormat::timeText(row.lastAttemptAt),
            CliFormat::elided(row.error, 80) };
        for (qsizetype i = 0; i < cells.size(); ++i)
            m_widths[i] = qMax(m_widths.at(i), cells.at(i).size());
        m_page->addRow(cells);
        if (++m_rows == kPageRows)
            printPage();
    }

    void finish() override
    {
        if (m_page || m_printedPages == 0)
            printPage();
        m_out << Qt::flush;
    }

private:
    static constexpr int kPageRows = 1000;

    void startPage()
    {
        QStringList header { Tr::tr("MAP"), Tr::tr("KEY"), Tr::tr("STATUS"), Tr::tr("DIRECTION"),
            Tr::tr("ERROR CLASS"), Tr::tr("ATTEMPTS"), Tr::tr("LAST ATTEMPT"), Tr::tr("ERROR") };
        m_widths.resize(header.size());
        for (qsizetype i = 0; i + 1 < header.size(); ++i)
            header[i] = header.at(i).leftJustified(m_widths.at(i));
        m_page = std::make_unique<TextTable>(header);
    }

    void printPage()
    {
        if (m_printedPages++ > 0)
            m_out << '\n';
        if (!m_page)
            startPage();
        m_page->print(m_out);
        m_page.reset();
        m_rows = 0;
    }

    std::unique_ptr<TextTable> m_page;
    QList<qsizetype> m_widths; // the widest cell of each column so far
    int m_rows = 0;
    int m_printedPages = 0;
};

// The maps to list, in name order: all, or those named and/or of one component.
bool selectMaps(const QSqlDatabase &db, const QStringList &names,
    const std::optional<Component> &component, QList<SelectedMap> *selected, QString *error)
{
    QList<TableMap> maps;
    if (!MapStore(db).loadAll(&maps, error))
        return false;
    for (const QString &name : names) {
        if (std::none_of(
                maps.cbegin(), maps.cend(), [&](const TableMap &m) { return m.name == name; })) {
            *error = Tr::tr("There is no map named \"%1\".").arg(name);
            return false;
        }
    }
    for (const TableMap &map : std::as_const(maps)) {
        if ((!names.isEmpty() && !names.contains(map.name))
            || (component && map.component != *component))
            continue;
        SelectedMap s;
        s.name = map.name;
        if (!MapStore(db).mapId(map.name, &s.id, error))
            return false;
        for (const KeyPair &pair : map.keys) {
            s.financeKeys.append(pair.finance);
            s.dataverseKeys.append(pair.dataverse);
        }
        selected->append(s);
    }
    return true;
}

// One forward-only query per map: rows come out in key order straight from the
// (map_id, record_key) primary key or the (map_id, status, record_key) index.
bool streamMap(const QSqlDatabase &db, const SelectedMap &map,
    const std::optional<RecordStatus> &status, RecordSink *sink, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT record_key, status, last_direction, error_class,"
                                 " error_message, attempts, last_attempt_at FROM record_states"
                                 " WHERE map_id = ?%1 ORDER BY record_key")
                      .arg(status ? QStringLiteral(" AND status = ?") : QString()));
    query.addBindValue(map.id);
    if (status)
        query.addBindValue(static_cast<int>(*status));
    if (!query.exec()) {
        *error = Tr::tr("State store query failed: %1").arg(query.lastError().text());
        return false;
    }
    RecordRow row;
    row.map = &map;
    while (query.next()) {
        row.key = query.value(0).toString();
        row.status = static_cast<RecordStatus>(qBound(0, query.value(1).toInt(), 4));
        row.direction = query.value(2).toString();
        row.errorClass = query.value(3).toString();
        row.error = query.value(4).toString();
        row.attempts = query.value(5).toLongLong();
        row.lastAttemptAt = query.value(6).toLongLong();
        sink->write(row);
    }
    if (query.lastError().isValid()) {
        *error = Tr::tr("State store query failed: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

} // namespace

int recordsCommand(CliContext &context)
{
    Arguments arguments(context.arguments);
    QStringList names;
    QString componentText;
    QString statusText;
    QString format = QStringLiteral("table");
    QString error;
    if (!arguments.takeValues(QStringLiteral("--map"), &names, &error)
        || !arguments.takeValue(QStringLiteral("--component"), &componentText, &error)
        || !arguments.takeValue(QStringLiteral("--status"), &statusText, &error)
        || !arguments.takeValue(QStringLiteral("--format"), &format, &error))
        return context.usageError(error);
    if (!arguments.remaining().isEmpty())
        return context.usageError(
            Tr::tr("Unexpected argument \"%1\".").arg(arguments.remaining().constFirst()));
    std::optional<Component> component;
    if (!componentText.isEmpty()) {
        Component c;
        if (!componentFromId(componentText, &c))
            return context.usageError(
                Tr::tr("Unknown component \"%1\"; use setup, estimates, actuals, "
                       "invoices, expenses or vendorInvoices.")
                    .arg(componentText));
        component = c;
    }
    std::optional<RecordStatus> status;
    if (!statusText.isEmpty()) {
        RecordStatus s;
        if (!recordStatusFromId(statusText, &s))
            return context.usageError(Tr::tr("Unknown status \"%1\"; use synced, failed, "
                                             "conflict, skipped or pending.")
                                          .arg(statusText));
        status = s;
    }
    const QStringList formats { QStringLiteral("table"), QStringLiteral("csv"),
        QStringLiteral("json") };
    if (!formats.contains(format))
        return context.usageError(
            Tr::tr("Unknown format \"%1\"; use table, csv or json.").arg(format));

    StateStore store;
    if (!context.openStore(store))
        return ExitUsage;
    QList<SelectedMap> maps;
    if (!selectMaps(store.database(), names, component, &maps, &error))
        return context.failure(error);
    std::unique_ptr<RecordSink> sink;
    if (format == QLatin1String("csv"))
        sink = std::make_unique<CsvSink>(context.out);
    else if (format == QLatin1String("json"))
        sink = std::make_unique<JsonSink>(context.out);
    else
        sink = std::make_unique<TableSink>(context.out);
    for (const SelectedMap &map : std::as_const(maps)) {
        if (!streamMap(store.database(), map, status, sink.get(), &error))
            return context.failure(error);
    }
    sink->finish();
    return ExitOk;
}

} // namespace dw::cli
