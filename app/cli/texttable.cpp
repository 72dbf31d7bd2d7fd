#include "texttable.h"

namespace dw::cli {

TextTable::TextTable(const QStringList &header)
{
    m_rows.append(header);
}

void TextTable::addRow(const QStringList &row)
{
    m_rows.append(row);
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths.at(i), row.at(i).size());
        }
    }
    for (const QStringList &row : m_rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 < row.size())
                line += row.at(i).leftJustified(widths.at(i) + 2);
            else
                line += row.at(i);
        }
        out << line << Qt::endl;
    }
}

} // namespace dw::cli
