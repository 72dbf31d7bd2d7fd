#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <atomic>

// Small helpers for tests that inspect workspace databases directly, independently of the
// engine's own bookkeeping. Each opens its own named connection and removes it.
class TestDb
{
public:
    explicit TestDb(const QString &file)
        : m_name(QStringLiteral("test-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        db.open();
    }
    ~TestDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

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
    // A count or other number: -1 when the query fails, so a broken query can never read as 0.
    qint64 number(const QString &sql)
    {
        const QVariant v = value(sql);
        if (!v.isValid())
            qWarning("query failed: %s", qPrintable(lastError));
        return v.isValid() ? v.toLongLong() : -1;
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(db());
        if (query.exec(sql))
            return true;
        lastError = query.lastError().text();
        return false;
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
