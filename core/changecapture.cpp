#include "changecapture.h"

#include "pgsql.h"
#include "sqldialect.h"
#include "sqlitestatement.h"
#include "tr.h"
#include "transientretry.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dw {

namespace {

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString triggerName(const QString &table, const char *suffix)
{
    return sqliteQuote(QStringLiteral("dw_capture_") + table + QLatin1String(suffix));
}

// json_object('a', NEW.a, 'b', NEW.b) for the key columns of the row version `row` (NEW/OLD).
QString keyObject(const QStringList &columns, const QString &row)
{
    QStringList parts;
    for (const QString &column : columns)
        parts.append(literal(column) + QStringLiteral(", ") + row + u'.' + sqliteQuote(column));
    return QStringLiteral("json_object(") + parts.join(QStringLiteral(", ")) + u')';
}

// Milliseconds since the Unix epoch, from inside a trigger.
const QString kNow = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = Tr::tr("Change capture: %1").arg(query.lastError().text());
    return false;
}

// The change log does not exist until the first map starts capturing.
bool missingLog(const QSqlError &error)
{
    return error.text().contains(QLatin1String("no such table"))
        || error.nativeErrorCode() == QLatin1String("42P01");
}

// PostgreSQL: capture runs in one trigger function per table. Transactions that capture take one
// transaction-scoped advisory lock first, so change-log sequence numbers are handed out in commit
// order; without it a transaction could commit a lower number after a reader moved its watermark
// past a higher one, and that change would never be applied.
constexpr qint64 kCaptureLock = 0x64774361; // "dwCa"

// Identifiers are at most 63 bytes: the function is named by a digest of the table's name.
QString pgFunction(const QString &table)
{
    return QStringLiteral("dw_capture_")
        + QString::fromLatin1(
            QCryptographicHash::hash(table.toUtf8(), QCryptographicHash::Sha1).toHex().left(20));
}

QString pgKeyObject(const QStringList &columns, const QString &row)
{
    QStringList parts;
    for (const QString &column : columns)
        parts.append(literal(column) + QStringLiteral(", ") + row + u'.' + pgQuote(column));
    return QStringLiteral("json_build_object(") + parts.join(QStringLiteral(", "))
        + QStringLiteral(")::text");
}

QStringList pgInstall(const QString &schema, const QString &table, const QStringList &columns)
{
    const QString log = pgQuote(schema) + QStringLiteral(".dw_changes");
    const QString function = pgQuote(schema) + u'.' + pgQuote(pgFunction(table));
    const QString insert
        = QStringLiteral("INSERT INTO %1 (tbl, op, key, at) VALUES (%2, '%3', %4,"
                         " (extract(epoch FROM clock_timestamp()) * 1000)::bigint);")
              .arg(log, literal(table));
    QStringList oldKey;
    QStringList newKey;
    for (const QString &column : columns) {
        oldKey.append(QStringLiteral("OLD.") + pgQuote(column));
        newKey.append(QStringLiteral("NEW.") + pgQuote(column));
    }
    const QString body
        = QStringLiteral("BEGIN PERFORM pg_advisory_xact_lock(%1);"
                         " IF TG_OP = 'INSERT' THEN %2"
                         " ELSIF TG_OP = 'UPDATE' THEN"
                         // Integration keys should never change; if one does, the old key is gone.
                         "  IF (%3) IS DISTINCT FROM (%4) THEN %5 END IF; %6"
                         " ELSE %5 END IF; RETURN NULL; END")
              .arg(kCaptureLock)
              .arg(insert.arg(QStringLiteral("I"), pgKeyObject(columns, QStringLiteral("NEW"))),
                  oldKey.join(QStringLiteral(", ")), newKey.join(QStringLiteral(", ")),
                  insert.arg(QStringLiteral("D"), pgKeyObject(columns, QStringLiteral("OLD"))),
                  insert.arg(QStringLiteral("U"), pgKeyObject(columns, QStringLiteral("NEW"))));
    return {
        QStringLiteral("DROP FUNCTION IF EXISTS %1() CASCADE").arg(function),
        QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql AS $dw$%2$dw$")
            .arg(function, body),
        QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR UPDATE OR DELETE ON %2.%3"
                       " FOR EACH ROW EXECUTE FUNCTION %4()")
            .arg(pgQuote(pgFunction(table)), pgQuote(schema), pgQuote(table), function),
    };
}

} // namespace

bool ChangeCapture::isPostgres() const
{
    return dialectOf(m_db) == SqlDialect::Postgres;
}

bool ChangeCapture::pgSchema(QString *schema, QString *error) const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT current_schema()")) || !query.next()) {
        *error = Tr::tr("Change capture: %1").arg(query.lastError().text());
        return false;
    }
    *schema = query.value(0).toString();
    return true;
}

bool ChangeCapture::ensureLog(QString *error)
{
    QSqlQuery query(m_db);
    if (isPostgres()) {
        return exec(query,
                   QStringLiteral("CREATE TABLE IF NOT EXISTS dw_changes ("
                                  " seq BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL,"
                                  " op TEXT NOT NULL, key TEXT NOT NULL, at BIGINT NOT NULL)"),
                   error)
            && exec(query,
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS dw_changes_by_table ON dw_changes (tbl, seq)"),
                error)
            && exec(query,
                QStringLiteral("CREATE TABLE IF NOT EXISTS dw_capture ("
                               " tbl TEXT PRIMARY KEY, key_columns TEXT NOT NULL)"),
                error);
    }
    return exec(query,
               QStringLiteral("CREATE TABLE IF NOT EXISTS dw_changes ("
                              " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                              " tbl TEXT NOT NULL, op TEXT NOT NULL,"
                              " key TEXT NOT NULL, at INTEGER NOT NULL)"),
               error)
        && exec(query,
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS dw_changes_by_table ON dw_changes (tbl, seq)"),
            error)
        && exec(query,
            QStringLiteral("CREATE TABLE IF NOT EXISTS dw_capture ("
                           " tbl TEXT PRIMARY KEY, key_columns TEXT NOT NULL)"),
            error);
}

bool ChangeCapture::apply(const QHash<QString, QStringList> &tables, QString *error)
{
    // The write lock up front: a deferred transaction that reads dw_capture and then writes
    // fails at once with "database is locked" when another process (the products, the
    // simulator) committed in between, since SQLite cannot wait for a stale snapshot. Waiting
    // for the lock with the engine's usual retries avoids that.
    // PostgreSQL waits for row and table locks by itself.
    sqlite3 *handle = sqliteHandle(m_db);
    bool transient = false;
    QString cause;
    if (handle ? !sqliteExecRetrying(
            handle, QStringLiteral("BEGIN IMMEDIATE"), RetryPolicy(), &transient, &cause)
               : !m_db.transaction()) {
        *error = Tr::tr("Change capture: %1").arg(handle ? cause : m_db.lastError().text());
        return false;
    }
    auto fail = [&] {
        if (handle)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        else
            m_db.rollback();
        return false;
    };
    if (!ensureLog(error))
        return fail();
    QSqlQuery query(m_db);
    QString schema;
    // Dropping what is not there yet is expected here, not worth a notice on the console.
    if (isPostgres()
        && (!pgSchema(&schema, error)
            || !exec(query, QStringLiteral("SET LOCAL client_min_messages = warning"), error)))
        return fail();
    QHash<QString, QString> installed;
    if (!exec(query, QStringLiteral("SELECT tbl, key_columns FROM dw_capture"), error))
        return fail();
    while (query.next())
        installed.insert(query.value(0).toString(), query.value(1).toString());

    auto drop = [&](const QString &table) {
        if (isPostgres()) {
            // CASCADE takes the trigger along, even when its table is gone already.
            return exec(query,
                QStringLiteral("DROP FUNCTION IF EXISTS %1.%2() CASCADE")
                    .arg(pgQuote(schema), pgQuote(pgFunction(table))),
                error);
        }
        for (const char *suffix : { "_i", "_u", "_k", "_d" }) {
            if (!exec(query, QStringLiteral("DROP TRIGGER IF EXISTS ") + triggerName(table, suffix),
                    error))
                return false;
        }
        return true;
    };
    for (auto it = installed.cbegin(); it != installed.cend(); ++it) {
        if (tables.contains(it.key()))
            continue;
        query.prepare(QStringLiteral("DELETE FROM dw_changes WHERE tbl = ?"));
        query.addBindValue(it.key());
        if (!drop(it.key()) || !query.exec()
            || !exec(query,
                QStringLiteral("DELETE FROM dw_capture WHERE tbl = ") + literal(it.key()), error))
            return fail();
    }
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        const QString &table = it.key();
        const QString columns = it.value().join(u',');
        if (installed.value(table) == columns)
            continue;
        if (isPostgres()) {
            for (const QString &sql : pgInstall(schema, table, it.value())) {
                if (!exec(query, sql, error))
                    return fail();
            }
        }
        const QString newKey = keyObject(it.value(), QStringLiteral("NEW"));
        const QString oldKey = keyObject(it.value(), QStringLiteral("OLD"));
        QStringList keyChanged;
        for (const QString &column : it.value())
            keyChanged.append(QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(sqliteQuote(column)));
        const QString insert
            = QStringLiteral("INSERT INTO dw_changes (tbl, op, key, at) VALUES (%1, '%2', %3, %4);")
                  .arg(literal(table));
        const QString on = QStringLiteral(" ON ") + sqliteQuote(table);
        if (!isPostgres()
            && (!drop(table)
                || !exec(query,
                    QStringLiteral("CREATE TRIGGER ") + triggerName(table, "_i")
                        + QStringLiteral(" AFTER INSERT") + on + QStringLiteral(" BEGIN ")
                        + insert.arg(QStringLiteral("I"), newKey, kNow) + QStringLiteral(" END"),
                    error)
                || !exec(query,
                    QStringLiteral("CREATE TRIGGER ") + triggerName(table, "_u")
                        + QStringLiteral(" AFTER UPDATE") + on + QStringLiteral(" BEGIN ")
                        + insert.arg(QStringLiteral("U"), newKey, kNow) + QStringLiteral(" END"),
                    error)
                // Integration keys should never change; if one does, the old key is gone.
                || !exec(query,
                    QStringLiteral("CREATE TRIGGER ") + triggerName(table, "_k")
                        + QStringLiteral(" AFTER UPDATE") + on + QStringLiteral(" WHEN ")
                        + keyChanged.join(QStringLiteral(" OR ")) + QStringLiteral(" BEGIN ")
                        + insert.arg(QStringLiteral("D"), oldKey, kNow) + QStringLiteral(" END"),
                    error)
                || !exec(query,
                    QStringLiteral("CREATE TRIGGER ") + triggerName(table, "_d")
                        + QStringLiteral(" AFTER DELETE") + on + QStringLiteral(" BEGIN ")
                        + insert.arg(QStringLiteral("D"), oldKey, kNow) + QStringLiteral(" END"),
                    error)))
            return fail();
        query.prepare(QStringLiteral("INSERT INTO dw_capture (tbl, key_columns) VALUES (?, ?)"
                                     " ON CONFLICT (tbl) DO UPDATE SET key_columns ="
                                     " excluded.key_columns"));
        query.addBindValue(table);
        query.addBindValue(columns);
        if (!query.exec()) {
            *error = Tr::tr("Change capture: %1").arg(query.lastError().text());
            return fail();
        }
    }
    query.finish();
    if (handle ? !sqliteExecRetrying(
            handle, QStringLiteral("COMMIT"), RetryPolicy(), &transient, &cause)
               : !m_db.commit()) {
        *error = Tr::tr("Change capture: %1").arg(handle ? cause : m_db.lastError().text());
        return fail();
    }
    return true;
}

bool ChangeCapture::maxSeq(qint64 *seq, QString *error) const
{
    QSqlQuery query(m_db);
    if (isPostgres()) {
        QSqlDatabase db = m_db;
        // Under the capture lock no capturing transaction is in flight: every number up to the
        // sequence's last value belongs to a committed change.
        const bool ok = db.transaction()
            && query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kCaptureLock))
            && query.exec(QStringLiteral(
                "SELECT COALESCE(pg_sequence_last_value(to_regclass('dw_changes_seq_seq')), 0)"))
            && query.next();
        *seq = ok ? query.value(0).toLongLong() : 0;
        if (!ok)
            *error = Tr::tr("Change capture: %1").arg(query.lastError().text());
        query.finish();
        if (!ok) {
            db.rollback();
            return false;
        }
        return db.commit();
    }
    // sqlite_sequence holds AUTOINCREMENT's high-water mark even after purges.
    if (!query.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'dw_changes'"))) {
        *seq = 0;
        const bool noLogYet = missingLog(query.lastError());
        if (!noLogYet)
            *error = Tr::tr("Change capture: %1").arg(query.lastError().text());
        return noLogYet;
    }
    *seq = query.next() ? query.value(0).toLongLong() : 0;
    return true;
}

bool ChangeCapture::read(const QString &table, qint64 afterSeq, int limit,
    QList<CapturedChange> *changes, QString *error) const
{
    changes->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT seq, op, key, at FROM dw_changes WHERE tbl = ? AND seq > ? ORDER BY seq LIMIT ?"));
    query.addBindValue(table);
    query.addBindValue(afterSeq);
    query.addBindValue(limit);
    if (!query.exec()) {
        *error = Tr::tr("Cannot read the change log: %1").arg(query.lastError().text());
        return false;
    }
    while (query.next()) {
        CapturedChange change;
        change.seq = query.value(0).toLongLong();
        change.op = query.value(1).toString().toLatin1().at(0);
        change.keyJson = query.value(2).toString().toUtf8();
        change.at = query.value(3).toLongLong();
        changes->append(change);
    }
    return true;
}

bool ChangeCapture::queuedCount(
    const QString &table, qint64 afterSeq, qint64 *count, QString *error) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM dw_changes WHERE tbl = ? AND seq > ?"));
    query.addBindValue(table);
    query.addBindValue(afterSeq);
    if (!query.exec() || !query.next()) {
        const bool noLogYet = missingLog(query.lastError());
        *count = 0;
        if (!noLogYet)
            *error = Tr::tr("Cannot count queued changes: %1").arg(query.lastError().text());
        return noLogYet;
    }
    *count = query.value(0).toLongLong();
    return true;
}

bool ChangeCapture::purge(const QString &table, qint64 upToSeq, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM dw_changes WHERE tbl = ? AND seq <= ?"));
    query.addBindValue(table);
    query.addBindValue(upToSeq);
    if (!query.exec()) {
        *error = Tr::tr("Cannot purge the change log: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool ChangeCapture::decodeKey(
    const QByteArray &keyJson, const QStringList &columns, RowBuffer *keys)
{
    const QJsonDocument document = QJsonDocument::fromJson(keyJson);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    keys->reset(int(columns.size()));
    const int row = keys->appendRow();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QJsonValue value = object.value(columns.at(i));
        switch (value.type()) {
        case QJsonValue::Undefined:
            return false;
        case QJsonValue::Null:
            keys->setNull(row, int(i));
            break;
        case QJsonValue::Bool:
            keys->setInteger(row, int(i), value.toBool() ? 1 : 0);
            break;
        case QJsonValue::Double: {
            const QVariant number = value.toVariant();
            if (number.typeId() == QMetaType::LongLong)
                keys->setInteger(row, int(i), number.toLongLong());
            else
                keys->setReal(row, int(i), number.toDouble());
            break;
        }
        case QJsonValue::String:
            keys->setText(row, int(i), value.toString().toUtf8());
            break;
        default:
            return false;
        }
    }
    return true;
}

} // namespace dw
