#include "overviewlayout.h"

#include <QTest>

using namespace dw;

namespace {
MapSummary map(const QString &name, Component component, MapDirection direction)
{
    MapSummary summary;
    summary.name = name;
    summary.component = component;
    summary.direction = direction;
    summary.dataverseTable = name.toLower() + QStringLiteral("_dv");
    summary.financeTable = name + QStringLiteral("Entity");
    return summary;
}

OverviewLayout::Metrics metrics()
{
    OverviewLayout::Metrics m;
    m.lineHeight = 20;
    m.sideWidth = 240;
    m.minMiddleWidth = 300;
    return m;
}
} // namespace

// Where the overview puts its columns, headings and arrows, and what a point hits.
class TestOverviewLayout : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void oneArrowPerMapGroupedByComponent();
    void arrowsPointTheWayTheDataFlows();
    void arrowsRunBetweenTheColumns();
    void hitTestFindsTheMapUnderThePoint();
    void narrowWidthKeepsTheMinimum();
    void noMapsLeavesTheColumns();

private:
    QList<MapSummary> m_maps;
};

void TestOverviewLayout::init()
{
    // Out of order on purpose: components after one another, names unsorted.
    m_maps = { map(QStringLiteral("Vendor invoice lines"), Component::VendorInvoices,
                   MapDirection::ToFinance),
        map(QStringLiteral("Projects"), Component::Setup, MapDirection::ToFinance),
        map(QStringLiteral("Actuals"), Component::Actuals, MapDirection::TwoWay),
        map(QStringLiteral("Exchange rates"), Component::Setup, MapDirection::ToDataverse),
        map(QStringLiteral("Hour estimates"), Component::Estimates, MapDirection::ToFinance),
        map(QStringLiteral("customers"), Component::Setup, MapDirection::TwoWay) };
}

void TestOverviewLayout::oneArrowPerMapGroupedByComponent()
{
    OverviewLayout layout;
    layout.layOut(m_maps, 1200, metrics());
    QCOMPARE(layout.arrows().size(), m_maps.size());
    QStringList order;
    for (const OverviewArrow &arrow : layout.arrows())
        order.append(arrow.map);
    // Components in their order; by name, ignoring case, within one.
    QCOMPARE(order,
        QStringList({ QStringLiteral("customers"), QStringLiteral("Exchange rates"),
            QStringLiteral("Projects"), QStringLiteral("Hour estimates"), QStringLiteral("Actuals"),
            QStringLiteral("Vendor invoice lines") }));
    QCOMPARE(layout.groups().size(), 4); // only components that have maps
    const Component expected[]
        = { Component::Setup, Component::Estimates, Component::Actuals, Component::VendorInvoices };
    for (int g = 0; g < 4; ++g)
        QCOMPARE(layout.groups().at(g).component, expected[g]);
    // Each heading sits above its maps and below the previous group's.
    int arrow = 0;
    for (const OverviewGroup &group : layout.groups()) {
        QVERIFY(arrow < layout.arrows().size());
        QVERIFY(group.heading.bottom() <= layout.arrows().at(arrow).row.top());
        if (arrow > 0)
            QVERIFY(group.heading.top() >= layout.arrows().at(arrow - 1).row.bottom());
        while (arrow < layout.arrows().size()
            && layout.arrows().at(arrow).component == group.component)
            ++arrow;
    }
    QCOMPARE(arrow, layout.arrows().size());
    // Rows never overlap and go down the page.
    for (int i = 1; i < layout.arrows().size(); ++i)
        QVERIFY(layout.arrows().at(i).row.top() >= layout.arrows().at(i - 1).row.bottom());
}

void TestOverviewLayout::arrowsPointTheWayTheDataFlows()
{
    OverviewLayout layout;
    layout.layOut(m_maps, 1200, metrics());
    for (const MapSummary &summary : std::as_const(m_maps)) {
        const int index = layout.indexOf(summary.name);
        QVERIFY(index >= 0);
        const OverviewArrow &arrow = layout.arrows().at(index);
        QCOMPARE(arrow.direction, summary.direction);
        const QPointF atDataverse = arrow.line.p1();
        const QPointF atFinance = arrow.line.p2();
        QVERIFY(atDataverse.x() < atFinance.x()); // Dataverse on the left
        switch (summary.direction) {
        case MapDirection::ToFinance:
            QCOMPARE(arrow.heads, QList<QPointF>({ atFinance }));
            break;
        case MapDirection::ToDataverse:
            QCOMPARE(arrow.heads, QList<QPointF>({ atDataverse }));
            break;
        case MapDirection::TwoWay:
            QCOMPARE(arrow.heads, QList<QPointF>({ atDataverse, atFinance }));
            break;
        }
    }
}

void TestOverviewLayout::arrowsRunBetweenTheColumns()
{
    OverviewLayout layout;
    layout.layOut(m_maps, 1200, metrics());
    QCOMPARE(layout.size().width(), 1200.0);
    const QRectF dataverse = layout.dataverseColumn();
    const QRectF finance = layout.financeColumn();
    QCOMPARE(dataverse.width(), 240.0);
    QVERIFY(dataverse.right() < finance.left());
    QVERIFY(layout.dataverseTitle().top() >= dataverse.top());
    QVERIFY(finance.right() <= layout.size().width());
    for (const OverviewArrow &arrow : layout.arrows()) {
        QVERIFY(dataverse.contains(arrow.dataverseChip));
        QVERIFY(finance.contains(arrow.financeChip));
        QVERIFY(arrow.dataverseChip.top() > layout.dataverseTitle().bottom());
        QCOMPARE(arrow.line.p1().x(), arrow.dataverseChip.right());
        QCOMPARE(arrow.line.p2().x(), arrow.financeChip.left());
        QCOMPARE(arrow.line.p1().y(), arrow.dataverseChip.center().y());
        QVERIFY(arrow.nameRect.bottom() <= arrow.line.p1().y());
        QVERIFY(arrow.nameRect.left() >= dataverse.right());
        QVERIFY(arrow.nameRect.right() <= finance.left());
        QVERIFY(arrow.row.contains(arrow.nameRect));
    }
    QVERIFY(dataverse.bottom() >= layout.arrows().constLast().row.bottom());
    QVERIFY(layout.size().height() > dataverse.bottom());
}

void TestOverviewLayout::hitTestFindsTheMapUnderThePoint()
{
    OverviewLayout layout;
    layout.layOut(m_maps, 1200, metrics());
    for (int i = 0; i < layout.arrows().size(); ++i) {
        const OverviewArrow &arrow = layout.arrows().at(i);
        QCOMPARE(layout.arrowAt(arrow.line.center()), i);
        QCOMPARE(layout.arrowAt(arrow.dataverseChip.center()), i);
        QCOMPARE(layout.arrowAt(arrow.nameRect.center()), i);
    }
    QCOMPARE(layout.arrowAt(layout.groups().constFirst().heading.center()), -1);
    QCOMPARE(layout.arrowAt(layout.dataverseTitle().center()), -1);
    QCOMPARE(layout.arrowAt(QPointF(1199, layout.arrows().constFirst().line.p1().y())), -1);
    QCOMPARE(layout.arrowAt(QPointF(600, layout.size().height() - 1)), -1);
    QCOMPARE(layout.indexOf(QStringLiteral("Projects")), 2);
    QCOMPARE(layout.indexOf(QStringLiteral("Nope")), -1);
}

void TestOverviewLayout::narrowWidthKeepsTheMinimum()
{
    OverviewLayout layout;
    layout.layOut(m_maps, 100, metrics());
    const qreal minimum = OverviewLayout::minimumWidth(metrics());
    QCOMPARE(layout.size().width(), minimum);
    QVERIFY(minimum >= 2 * 240 + 300);
    for (const OverviewArrow &arrow : layout.arrows())
        QVERIFY(arrow.line.length() >= 300);
}

void TestOverviewLayout::noMapsLeavesTheColumns()
{
    OverviewLayout layout;
    layout.layOut({}, 1000, metrics());
    QVERIFY(layout.arrows().isEmpty());
    QVERIFY(layout.groups().isEmpty());
    QVERIFY(layout.dataverseColumn().height() > 0);
    QCOMPARE(layout.arrowAt(QPointF(500, 100)), -1);
}

QTEST_MAIN(TestOverviewLayout)
#include "tst_overviewlayout.moc"
