#include "recordview.h"

#include "mapstore.h"
#include "recordstatemodel.h"
#include "statestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <functional>
#include <sys/resource.h>

namespace dw {

namespace {

// The two maps of the actuals component, as in the Project Operations template.
constexpr auto kActuals = "Project Operations integration actuals";
constexpr auto kRelationships = "Integration entity for project transaction relationships";

bool fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return false;
}

// Record states as an initial sync of a large firm leaves them: four in five are actuals, one
// in five transaction relationships; 0.5 % failed (with the planted causes' messages), 0.1 %
// in conflict, 0.2 % skipped; last attempts spread over thirty days.
bool plant(StateStore &store, qint64 records)
{
    for (const char *name : { kActuals, kRelationships }) {
        TableMap map;
        map.name = QLatin1String(name);
        map.component = Component::Actuals;
        map.dataverse.table = QStringLiteral("msdyn_actual");
        map.finance.table = QStringLiteral("ProjCDSActualsImportEntity");
        map.keys = { { QStringLiteral("ActualId"), QStringLiteral("msdyn_actualid") } };
        map.fields = { { QStringLiteral("ActualId"), QStringLiteral("msdyn_actualid"),
            FieldDirection::ToFinance, {} } };
        MapStore::SaveOutcome outcome;
        QString error;
        if (!MapStore(store.database()).save(map, &outcome, &error))
            return fail(error);
    }
    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery query(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!query.exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1)"
            " INSERT INTO record_states (map_id, record_key, status, last_direction, attempts,"
            " error_class, error_message, last_attempt_at, last_run_id, source_key)"
            " SELECT CASE WHEN i % 5 = 4 THEN 2 ELSE 1 END,"
            " printf('%08x-%04x-4%03x-a%03x-%012x', i * 2654435761 % 4294967296, i % 65536,"
            " i % 4096, (i / 7) % 4096, i),"
            " CASE WHEN i % 200 = 7 THEN 1 WHEN i % 1000 = 11 THEN 2 WHEN i % 500 = 13 THEN 3"
            " ELSE 0 END, 'finance', 1 + (i % 200 = 7),"
            " CASE WHEN i % 200 = 7 THEN 'constraint' END,"
            " CASE WHEN i % 200 = 7 THEN CASE WHEN i % 400 = 7 THEN 'Line property Not available"
            " doesn''t exist. validateWrite failed on data source ''ProjCDSActualsImport'''"
            " ELSE 'Unable to lookup ProjCDSProjectEntity with values {' || (i % 997) || '}'"
            " END END,"
            " %2 - (i % 2592000) * 1000, 1, NULL FROM n")
                        .arg(records)
                        .arg(now)))
        return fail(query.lastError().text());
    if (!db.commit())
        return fail(db.lastError().text());
    query.exec(QStringLiteral("ANALYZE"));
    return true;
}

// Milliseconds until the model's next page, started by `request`.
qint64 untilLoaded(RecordStateModel &model, const std::function<void()> &request)
{
    QEventLoop loop;
    const auto connection
        = QObject::connect(&model, &RecordStateModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &RecordStateModel::loadFailed, &loop, [&](const QString &message) {
        fail(message);
        loop.exit(1);
    });
    QTimer::singleShot(60000, &loop, [&] { loop.exit(1); });
    QElapsedTimer timer;
    timer.start();
    request();
    const bool ok = loop.exec() == 0;
    QObject::disconnect(connection);
    return ok ? timer.elapsed() : -1;
}

} // namespace

int recordView(qint64 records)
{
    QTemporaryDir dir;
    const Workspace workspace(dir.path());
    QList<RecordQueryMap> maps;
    {
        StateStore store;
        QString error;
        if (!store.open(workspace, &error)) {
            fail(error);
            return 2;
        }
        if (!plant(store, records))
            return 2;
        if (!RecordQuery(store.database()).maps(Component::Actuals, &maps, &error)) {
            fail(error);
            return 2;
        }
    }
    RecordStateModel model;
    RecordFilter all;
    all.maps = maps;
    // Opening the Actuals tab: every record of the component, in map and key order.
    const qint64 firstRows = untilLoaded(model, [&] { model.setQuery(workspace, all); });
    // Narrowing it to the failed records whose key or error names a word.
    RecordFilter failed = all;
    failed.status = RecordStatus::Failed;
    failed.text = QStringLiteral("line property");
    const qint64 filtered = untilLoaded(model, [&] { model.setQuery(workspace, failed); });
    if (firstRows < 0 || filtered < 0 || model.rowCount() == 0) {
        fail(QStringLiteral("the record model did not load"));
        return 2;
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const QJsonObject result { { QStringLiteral("bench"), QStringLiteral("record_view") },
        { QStringLiteral("records"), records }, { QStringLiteral("first_rows_ms"), firstRows },
        { QStringLiteral("filter_ms"), filtered },
        { QStringLiteral("rss_mb"), double(qRound(usage.ru_maxrss / 102.4)) / 10.0 } };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

} // namespace dw
