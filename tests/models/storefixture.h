#pragma once

#include "mapstore.h"
#include "statestore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// A state store in a temporary folder with one map, "Items", and helpers to plant record
// states and activity entries, for the models that read the store page by page.
class StoreFixture
{
public:
    StoreFixture()
    {
        QString error;
        if (!m_store.open(path(), &error))
            qFatal("cannot open the state store: %s", qPrintable(error));
        dw::TableMap map;
        map.name = QStringLiteral("Items");
        map.dataverse.table = QStringLiteral("dv_item");
        map.finance.table = QStringLiteral("FinItem");
        map.keys = { { QStringLiteral("ItemId"), QStringLiteral("id") } };
        map.fields = { { QStringLiteral("ItemId"), QStringLiteral("id"),
            dw::FieldDirection::ToFinance, {} } };
        dw::MapStore::SaveOutcome outcome;
        if (!dw::MapStore(m_store.database()).save(map, &outcome, &error))
            qFatal("cannot save the map: %s", qPrintable(error));
        exec(QStringLiteral("INSERT INTO runs (id, kind, started_at) VALUES (1, 'initial', 1)"));
        exec(QStringLiteral("INSERT INTO runs (id, kind, started_at) VALUES (2, 'retry', 2)"));
    }
    QString path() const { return workspace().sqliteStorePath(); }
    dw::Workspace workspace() const { return dw::Workspace(m_dir.path()); }
    QSqlDatabase db() const { return m_store.database(); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(m_store.database());
        if (!query.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            return false;
        }
        return true;
    }
    // `count` failed records K00001…, attempted in `runId`, `at` = their number.
    void addFailed(int count, qint64 runId, int from = 1)
    {
        exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2)"
            " INSERT INTO record_states (map_id, record_key, status, attempts, error_class,"
            " error_message, last_attempt_at, last_run_id)"
            " SELECT 1, printf('K%05d', i), 1, 1, 'validation', 'Bad value ' || i, i, %3 FROM n")
                 .arg(from)
                 .arg(from + count - 1)
                 .arg(runId));
    }
    void addActivity(int count)
    {
        exec(QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
            " INSERT INTO activity_log (at, map_id, kind, message)"
            " SELECT i, 1, 'statusChanged', 'Entry ' || i FROM n")
                 .arg(count));
    }

private:
    QTemporaryDir m_dir;
    dw::StateStore m_store;
};
