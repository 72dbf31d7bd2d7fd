#include "overviewlayout.h"

#include <algorithm>

namespace dw {

namespace {
// Proportions, in lines of text.
constexpr qreal kMargin = 1.0;
constexpr qreal kTitleHeight = 2.8; // a side's name and, smaller, what runs there
constexpr qreal kHeadingHeight = 2.0;
constexpr qreal kNameHeight = 1.2;
constexpr qreal kBandHeight = 1.6; // the arrow, the status on it and the table chips beside it
constexpr qreal kRowGap = 0.3;
constexpr qreal kChipPadding = 0.6; // between a column's edge and its chips
} // namespace

qreal OverviewLayout::minimumWidth(const Metrics &metrics)
{
    return 2 * kMargin * metrics.lineHeight + 2 * metrics.sideWidth + metrics.minMiddleWidth;
}

void OverviewLayout::layOut(const QList<MapSummary> &maps, qreal width, const Metrics &metrics)
{
    m_metrics = metrics;
    m_arrows.clear();
    m_groups.clear();
    const qreal line = metrics.lineHeight;
    const qreal margin = kMargin * line;
    const qreal total = std::max(width, minimumWidth(metrics));
    const qreal left = margin;
    const qreal right = total - margin - metrics.sideWidth;
    const qreal pad = kChipPadding * line;
    m_dataverseTitle = QRectF(left, margin, metrics.sideWidth, kTitleHeight * line);
    m_financeTitle = QRectF(right, margin, metrics.sideWidth, kTitleHeight * line);
    const qreal middleLeft = left + metrics.sideWidth;
    const qreal middleWidth = right - middleLeft;

    QList<MapSummary> ordered = maps;
    std::stable_sort(ordered.begin(), ordered.end(), [](const MapSummary &a, const MapSummary &b) {
        if (a.component != b.component)
            return a.component < b.component; // the enum follows the components' order
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });

    qreal y = m_dataverseTitle.bottom() + 0.5 * line;
    for (qsizetype i = 0; i < ordered.size(); ++i) {
        const MapSummary &map = ordered.at(i);
        if (i == 0 || ordered.at(i - 1).component != map.component) {
            m_groups.append(
                { map.component, QRectF(middleLeft, y, middleWidth, kHeadingHeight * line) });
            y += kHeadingHeight * line;
        }
        OverviewArrow arrow;
        arrow.map = map.name;
        arrow.component = map.component;
        arrow.direction = map.direction;
        const qreal bandTop = y + kNameHeight * line;
        const qreal lineY = bandTop + kBandHeight * line / 2;
        arrow.dataverseChip
            = QRectF(left + pad, bandTop, metrics.sideWidth - 2 * pad, kBandHeight * line);
        arrow.financeChip
            = QRectF(right + pad, bandTop, metrics.sideWidth - 2 * pad, kBandHeight * line);
        arrow.line = QLineF(arrow.dataverseChip.right(), lineY, arrow.financeChip.left(), lineY);
        if (map.direction != MapDirection::ToFinance)
            arrow.heads.append(arrow.line.p1());
        if (map.direction != MapDirection::ToDataverse)
            arrow.heads.append(arrow.line.p2());
        arrow.nameRect = QRectF(middleLeft + line, y, middleWidth - 2 * line, kNameHeight * line);
        arrow.row = QRectF(arrow.dataverseChip.left(), y,
            arrow.financeChip.right() - arrow.dataverseChip.left(),
            bandTop + kBandHeight * line - y);
        m_arrows.append(arrow);
        y = arrow.row.bottom() + kRowGap * line;
    }
    const qreal bottom = y + 0.5 * line;
    m_dataverse = QRectF(left, margin, metrics.sideWidth, bottom - margin);
    m_finance = QRectF(right, margin, metrics.sideWidth, bottom - margin);
    m_size = QSizeF(total, bottom + margin);
}

int OverviewLayout::arrowAt(const QPointF &point) const
{
    for (qsizetype i = 0; i < m_arrows.size(); ++i) {
        if (m_arrows.at(i).row.contains(point))
            return int(i);
    }
    return -1;
}

int OverviewLayout::indexOf(const QString &map) const
{
    for (qsizetype i = 0; i < m_arrows.size(); ++i) {
        if (m_arrows.at(i).map == map)
            return int(i);
    }
    return -1;
}

} // namespace dw
