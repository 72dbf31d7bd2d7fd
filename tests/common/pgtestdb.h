#pragma once

#include "connectionspec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <atomic>

// A QPSQL connection for tests that inspect or change PostgreSQL environments directly,
// independently of the engine. Opens its own named connection and removes it.
class PgTestDb
{
public:
    explicit PgTestDb(const dw::ConnectionSpec &spec)
        : m_name(QStringLiteral("pgtest-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setDatabaseName(spec.database);
        db.setHostName(spec.host);
        db.setPort(spec.port);
        db.setUserName(spec.user);
        if (!db.open())
            lastError = db.lastError().text();
    }
    ~PgTestDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        lastError = query.lastError().text();
        qWarning("%s: %s", qPrintable(sql.left(200)), qPrintable(lastError));
        return false;
    }
    // The first column of the first row, or an invalid QVariant with the error in lastError.
    QVariant value(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next()) {
            lastError = query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    // -1 when the query fails, so a broken query can never read as 0.
    qint64 number(const QString &sql)
    {
        const QVariant v = value(sql);
        if (!v.isValid())
            qWarning("query failed: %s", qPrintable(lastError));
        return v.isValid() ? v.toLongLong() : -1;
    }
    // Every row of a query, its columns joined by '|', in the query's order.
    QStringList rows(const QString &sql)
    {
        QStringList out;
        QSqlQuery query(db());
        if (!query.exec(sql)) {
            lastError = query.lastError().text();
            qWarning("query failed: %s", qPrintable(lastError));
            return { QStringLiteral("<query failed>") };
        }
        // QSqlQuery::record() builds a new record per call: take the width once.
        const int width = query.record().count();
        while (query.next()) {
            QStringList columns;
            for (int c = 0; c < width; ++c)
                columns.append(
                    query.value(c).isNull() ? QStringLiteral("NULL") : query.value(c).toString());
            out.append(columns.join(u'|'));
        }
        return out;
    }

    QString lastError;

private:
    static std::atomic_int &counter()
    {
        static std::atomic_int c { 0 };
        return c;
    }
    QString m_name;
};
