#pragma once

#include "mapserving.h"
#include "mapsummary.h"
#include "overviewlayout.h"

#include <QHash>
#include <QWidget>

namespace dw {

// The integration overview's drawing: Dataverse on the left, Finance on the right, one arrow
// per map between its two tables, pointing the way its data flows, grouped by component,
// coloured with the map's status colour and labelled with its status and failed records.
// Hovering highlights an arrow and tells its figures and serving worker in a tooltip; clicking it,
// or Enter on the current one, asks to open the map. Arrow keys, Home/End and Tab move between the
// maps; the current map is the widget's accessible description, so screen readers follow along.
// Where things go is OverviewLayout's business; this class measures, paints and handles input.
class IntegrationDiagram final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationDiagram)
public:
    explicit IntegrationDiagram(QWidget *parent = nullptr);

    // Until the first list arrives the drawing says it is on its way, not that there are no maps.
    // `queuedKnown` false when the queues could not be counted: then no map's count is known.
    void setMaps(
        const QList<MapSummary> &maps, const QHash<QString, qint64> &queued, bool queuedKnown);
    // Each map's lease by map name, for the tooltip; set before setMaps() of the same read.
    void setServing(const QHash<QString, MapServing> &serving) { m_serving = serving; }
    const OverviewLayout &diagramLayout() const { return m_layout; }
    QString currentMap() const;
    void setCurrentMap(const QString &map);
    // Where the arrow of `map` is drawn, in widget coordinates; empty when it has none.
    QRect arrowRect(const QString &map) const;
    // What the tooltip and screen readers say about `map`.
    QString describe(const QString &map) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void mapActivated(const QString &map);
    // The current arrow's rectangle, for a scroll area to keep it in view.
    void currentRectChanged(const QRect &rect);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void moveEvent(QMoveEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    static QString dataverseSubtitle();
    static QString financeSubtitle();
    qreal narrowestSide() const;
    OverviewLayout::Metrics measure() const;
    void relayout();
    void setCurrent(int index);
    void setHovered(int index);
    void updateHover();
    void paintTitles(QPainter &painter) const;
    void paintHeading(QPainter &painter, const OverviewGroup &group) const;
    void paintArrow(QPainter &painter, int index) const;
    void paintChip(QPainter &painter, const QRectF &chip, const QString &table) const;
    void paintStatus(QPainter &painter, const OverviewArrow &arrow, const MapSummary &map) const;

    QList<MapSummary> m_maps;
    QHash<QString, qsizetype> m_byName; // index into m_maps
    QHash<QString, qint64> m_queued;
    QHash<QString, MapServing> m_serving;
    bool m_queuedKnown = false;
    bool m_loaded = false;
    OverviewLayout m_layout;
    int m_current = -1;
    int m_hovered = -1;
    int m_pressed = -1;
};

} // namespace dw
