#pragma once

#include "mapsummary.h"

#include <QLineF>
#include <QList>
#include <QRectF>

namespace dw {

// One map in the integration overview: an arrow from its Dataverse table to its Finance table.
struct OverviewArrow
{
    QString map;
    Component component = Component::Setup;
    MapDirection direction = MapDirection::ToFinance;
    QRectF row; // what hovering or clicking hits: from one table chip to the other
    QRectF dataverseChip; // the Dataverse table, inside the Dataverse column
    QRectF financeChip; // the Finance table, inside the Finance column
    QLineF line; // from the Dataverse chip to the Finance chip, left to right
    QList<QPointF> heads; // where arrowheads go: the end(s) the data flows to
    QRectF nameRect; // the map's name, above the line
};

// A component's heading above its maps.
struct OverviewGroup
{
    Component component = Component::Setup;
    QRectF heading;
};

// Where everything of the integration overview goes, as the product's own figure of the flows
// has it: Dataverse (Project Operations) in a column on the left, Finance on the right, and
// between them one arrow per map, grouped under component headings in the components' order,
// maps by name within a component. Pure geometry in logical pixels, no painting and no fonts:
// the widget measures text and passes the measures in, so this is tested on its own.
class OverviewLayout
{
public:
    struct Metrics
    {
        qreal lineHeight = 16; // of the font the diagram is drawn with
        qreal sideWidth = 200; // of a side column: its table names and title
        qreal minMiddleWidth = 320; // between the columns: map names and statuses
    };

    void layOut(const QList<MapSummary> &maps, qreal width, const Metrics &metrics);

    const QList<OverviewArrow> &arrows() const { return m_arrows; }
    const QList<OverviewGroup> &groups() const { return m_groups; }
    QRectF dataverseColumn() const { return m_dataverse; }
    QRectF financeColumn() const { return m_finance; }
    // The title areas at the top of the columns.
    QRectF dataverseTitle() const { return m_dataverseTitle; }
    QRectF financeTitle() const { return m_financeTitle; }
    QSizeF size() const { return m_size; }
    const Metrics &metrics() const { return m_metrics; }

    // The arrow whose row contains `point`, or -1.
    int arrowAt(const QPointF &point) const;
    int indexOf(const QString &map) const;

    static qreal minimumWidth(const Metrics &metrics);

private:
    Metrics m_metrics;
    QList<OverviewArrow> m_arrows;
    QList<OverviewGroup> m_groups;
    QRectF m_dataverse;
    QRectF m_finance;
    QRectF m_dataverseTitle;
    QRectF m_financeTitle;
    QSizeF m_size;
};

} // namespace dw
