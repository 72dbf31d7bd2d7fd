#pragma once

#include <QStringList>
#include <QTextStream>

namespace dw::cli {

// Prints rows as aligned plain-text columns for people reading a terminal; scripts use the
// JSON or CSV formats instead.
class TextTable
{
public:
    explicit TextTable(const QStringList &header);
    void addRow(const QStringList &row);
    void print(QTextStream &out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace dw::cli
