#pragma once

#include "pgsql.h"
#include "sourcereader.h"

#include <QVariantList>

namespace dw {

// SourceReader on a PostgreSQL environment through libpq: a page is one statement with its
// parameters in text form, read straight into a RowBuffer without QVariant.
class PgSourceReader final : public SourceReader
{
public:
    explicit PgSourceReader(PGconn *conn)
        : m_conn(conn)
    { }

    bool prepare(const MapPlan &plan, QString *error) override;
    bool readPage(const RowBuffer *cursor, int limit, RowBuffer &page, QString *error) override;
    bool readByKey(
        const RowBuffer &keys, int row, RowBuffer &page, bool *found, QString *error) override;
    bool readByKeyFiltered(const RowBuffer &keys, int row, RowBuffer &page, bool *found,
        bool *exists, QString *error) override;
    bool countRows(qint64 *rows, QString *error) override;
    bool countRowsWithoutKey(qint64 *rows, QString *error) override;

private:
    bool fill(const QByteArray &sql, RowBuffer &page, QString *error);
    bool count(const QByteArray &sql, qint64 *rows, QString *error);
    void addFilterValues();
    void addKeys(const RowBuffer &keys, int row);

    PGconn *m_conn = nullptr;
    int m_columnCount = 0;
    int m_keyCount = 0;
    QVariantList m_filterValues;
    bool m_hasFilter = false;
    PgParams m_params;
    QByteArray m_first;
    QByteArray m_next;
    QByteArray m_byKey;
    QByteArray m_byKeyFiltered;
    QByteArray m_count;
    QByteArray m_countWithoutKey;
};

} // namespace dw
