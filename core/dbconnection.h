#pragma once

#include "connectionspec.h"

#include <QSqlDatabase>

namespace dw {

// Owns one named QSqlDatabase connection for its lifetime and removes it on destruction.
// Threading: create, use and destroy in one thread; Qt SQL connections never cross threads.
// Every query on the connection must be gone before the DbConnection is destroyed.
class DbConnection final
{
    Q_DISABLE_COPY_MOVE(DbConnection)
public:
    DbConnection() = default;
    ~DbConnection();

    // Opens the connection; on failure returns false with a message naming the database.
    bool open(const ConnectionSpec &spec, QString *error);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }
    const ConnectionSpec &spec() const { return m_spec; }

private:
    QSqlDatabase m_db;
    QString m_name;
    ConnectionSpec m_spec;
};

} // namespace dw
