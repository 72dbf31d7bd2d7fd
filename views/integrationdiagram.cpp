#include "integrationdiagram.h"

#include "mapservingtext.h"
#include "statusicons.h"

#include <QAccessible>
#include <QCursor>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace dw {

namespace {
// Sizes in lines of text, so the drawing follows the font and the screen's scale.
constexpr qreal kHeadLength = 0.75;
constexpr qreal kHeadHalfWidth = 0.4;
constexpr qreal kRadius = 0.3;

QString lastRunText(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                  : IntegrationDiagram::tr("never", "a map that has not run yet");
}

// Outlines, rules and the columns' tint derive from the text colour over the base, so they
// show on light and dark palettes alike (Mid and AlternateBase nearly vanish on some dark ones).
QColor faded(const QPalette &palette, qreal alpha)
{
    QColor colour = palette.color(QPalette::Text);
    colour.setAlphaF(alpha);
    return colour;
}
constexpr qreal kLineAlpha = 0.28;
constexpr qreal kTintAlpha = 0.045;

// An arrowhead with its tip at `tip`, pointing along `direction` (+1 right, -1 left).
QPolygonF head(const QPointF &tip, int direction, qreal line)
{
    const qreal length = kHeadLength * line;
    const qreal half = kHeadHalfWidth * line;
    return QPolygonF({ tip, QPointF(tip.x() - direction * length, tip.y() - half),
        QPointF(tip.x() - direction * length, tip.y() + half) });
}
} // namespace

QString IntegrationDiagram::dataverseSubtitle()
{
    return tr("Project Operations", "what runs on the Dataverse side");
}

QString IntegrationDiagram::financeSubtitle()
{
    return tr("Dynamics 365 Finance");
}

IntegrationDiagram::IntegrationDiagram(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("integrationDiagram"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Integration overview"));
    relayout();
}

void IntegrationDiagram::setMaps(
    const QList<MapSummary> &maps, const QHash<QString, qint64> &queued, bool queuedKnown)
{
    const QString current = currentMap();
    m_loaded = true;
    m_maps = maps;
    m_queued = queued;
    m_queuedKnown = queuedKnown;
    m_byName.clear();
    for (qsizetype i = 0; i < m_maps.size(); ++i)
        m_byName.insert(m_maps.at(i).name, i);
    m_pressed = -1;
    relayout();
    // The same map stays current through a refresh, wherever its arrow went; the pointer
    // hovers whatever is under it now.
    m_current = m_layout.indexOf(current);
    updateHover();
    setAccessibleDescription(describe(current));
    update();
}

QString IntegrationDiagram::currentMap() const
{
    return m_current >= 0 ? m_layout.arrows().at(m_current).map : QString();
}

void IntegrationDiagram::setCurrentMap(const QString &map)
{
    setCurrent(m_layout.indexOf(map));
}

QRect IntegrationDiagram::arrowRect(const QString &map) const
{
    const int index = m_layout.indexOf(map);
    return index < 0 ? QRect() : m_layout.arrows().at(index).row.toAlignedRect();
}

QString IntegrationDiagram::describe(const QString &map) const
{
    const auto it = m_byName.constFind(map);
    if (it == m_byName.cend())
        return QString();
    const MapSummary &summary = m_maps.at(*it);
    QStringList lines;
    //: %1 map name, %2 component name
    lines.append(tr("%1 (%2)").arg(summary.name, componentName(summary.component)));
    //: %1 Dataverse table, %2 Finance table, %3 direction such as "Dataverse → Finance"
    lines.append(tr("Dataverse table %1, Finance table %2: %3")
                     .arg(summary.dataverseTable, summary.financeTable,
                         mapDirectionName(summary.direction)));
    lines.append(summary.statusReason.isEmpty()
            ? tr("Status: %1").arg(mapStatusName(summary.status))
            //: %1 map status, %2 why the map has it
            : tr("Status: %1 — %2").arg(mapStatusName(summary.status), summary.statusReason));
    const auto queued = m_queued.constFind(summary.name);
    if (!m_queuedKnown)
        lines.append(tr("Queued: not known, the queues could not be counted"));
    else if (queued == m_queued.cend())
        lines.append(tr("Queued: none, the map does not capture changes"));
    else
        lines.append(
            tr("Queued: %1", "changes waiting to be applied").arg(QLocale().toString(*queued)));
    lines.append(tr("Failed: %1", "records that failed").arg(QLocale().toString(summary.failed)));
    lines.append(tr("Last run: %1").arg(lastRunText(summary.lastRunAt)));
    lines.append(MapServingText::describe(m_serving.value(summary.name)));
    lines.append(tr("Click or press Enter to open the map."));
    return lines.join(u'\n');
}

QSize IntegrationDiagram::sizeHint() const
{
    return m_layout.size().toSize();
}

QSize IntegrationDiagram::minimumSizeHint() const
{
    return minimumSize();
}

qreal IntegrationDiagram::narrowestSide() const
{
    return 18 * QFontMetricsF(font()).averageCharWidth();
}

OverviewLayout::Metrics IntegrationDiagram::measure() const
{
    const QFontMetricsF metrics(font());
    OverviewLayout::Metrics result;
    result.lineHeight = metrics.height();
    result.minMiddleWidth = 36 * metrics.averageCharWidth();
    qreal widest = 0;
    for (const MapSummary &map : m_maps)
        widest = std::max({ widest, metrics.horizontalAdvance(map.dataverseTable),
            metrics.horizontalAdvance(map.financeTable) });
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.25);
    const QFontMetricsF titleMetrics(title);
    widest = std::max({ widest, titleMetrics.horizontalAdvance(sideName(Side::Dataverse)),
        titleMetrics.horizontalAdvance(sideName(Side::Finance)),
        metrics.horizontalAdvance(dataverseSubtitle()),
        metrics.horizontalAdvance(financeSubtitle()) });
    // The table names whole when the width allows; a narrower window elides them (the tooltip
    // names them in full) before the middle, with the map names, gets narrower than its least.
    result.sideWidth = 0;
    const qreal room = (width() - OverviewLayout::minimumWidth(result)) / 2;
    result.sideWidth = std::clamp(
        widest + 3 * result.lineHeight, narrowestSide(), std::max(narrowestSide(), room));
    return result;
}

void IntegrationDiagram::relayout()
{
    OverviewLayout::Metrics metrics = measure();
    m_layout.layOut(m_maps, width(), metrics);
    metrics.sideWidth = narrowestSide();
    const QSize minimum(
        qCeil(OverviewLayout::minimumWidth(metrics)), qCeil(m_layout.size().height()));
    if (minimum != minimumSize()) {
        setMinimumSize(minimum);
        updateGeometry();
    }
}

void IntegrationDiagram::setCurrent(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    update();
    const QString map = currentMap();
    setAccessibleDescription(describe(map));
    if (index >= 0) {
        emit currentRectChanged(arrowRect(map));
        if (hasFocus()) {
            QAccessibleEvent event(this, QAccessible::DescriptionChanged);
            QAccessible::updateAccessibility(&event);
        }
    }
}

void IntegrationDiagram::updateHover()
{
    setHovered(underMouse() ? m_layout.arrowAt(mapFromGlobal(QCursor::pos())) : -1);
}

void IntegrationDiagram::setHovered(int index)
{
    if (index == m_hovered)
        return;
    m_hovered = index;
    setCursor(index >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

bool IntegrationDiagram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = m_layout.arrowAt(help->pos());
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const OverviewArrow &arrow = m_layout.arrows().at(index);
        QToolTip::showText(help->globalPos(), describe(arrow.map), this, arrow.row.toRect());
        return true;
    }
    return QWidget::event(event);
}

void IntegrationDiagram::resizeEvent(QResizeEvent *event)
{
    relayout();
    QWidget::resizeEvent(event);
}

void IntegrationDiagram::moveEvent(QMoveEvent *event)
{
    // Scrolling moves the drawing under a pointer that stays put.
    updateHover();
    QWidget::moveEvent(event);
}

void IntegrationDiagram::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        setAccessibleName(tr("Integration overview"));
        setAccessibleDescription(describe(currentMap()));
        relayout(); // the side names are measured
        break;
    case QEvent::FontChange:
    case QEvent::StyleChange:
        relayout();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void IntegrationDiagram::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(m_layout.arrowAt(event->position()));
    QWidget::mouseMoveEvent(event);
}

void IntegrationDiagram::leaveEvent(QEvent *event)
{
    setHovered(-1);
    QWidget::leaveEvent(event);
}

void IntegrationDiagram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = m_layout.arrowAt(event->position());
    if (m_pressed >= 0)
        setCurrent(m_pressed);
}

void IntegrationDiagram::mouseReleaseEvent(QMouseEvent *event)
{
    const int pressed = std::exchange(m_pressed, -1);
    // Opened on release over the arrow pressed, as a button would be.
    if (event->button() == Qt::LeftButton && pressed >= 0
        && m_layout.arrowAt(event->position()) == pressed)
        emit mapActivated(m_layout.arrows().at(pressed).map);
    QWidget::mouseReleaseEvent(event);
}

void IntegrationDiagram::keyPressEvent(QKeyEvent *event)
{
    const int count = int(m_layout.arrows().size());
    if (count == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        setCurrent(std::max(0, m_current - 1));
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
        setCurrent(std::min(count - 1, m_current + 1));
        break;
    case Qt::Key_Home:
        setCurrent(0);
        break;
    case Qt::Key_End:
        setCurrent(count - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit mapActivated(currentMap());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void IntegrationDiagram::focusInEvent(QFocusEvent *event)
{
    const int count = int(m_layout.arrows().size());
    if (m_current < 0 && count > 0)
        setCurrent(event->reason() == Qt::BacktabFocusReason ? count - 1 : 0);
    else
        emit currentRectChanged(arrowRect(currentMap()));
    update();
    QWidget::focusInEvent(event);
}

void IntegrationDiagram::focusOutEvent(QFocusEvent *event)
{
    update();
    QWidget::focusOutEvent(event);
}

bool IntegrationDiagram::focusNextPrevChild(bool next)
{
    // Tab walks the maps first; past the last (or before the first) it leaves the drawing.
    const int target = m_current + (next ? 1 : -1);
    if (hasFocus() && target >= 0 && target < m_layout.arrows().size()) {
        setCurrent(target);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void IntegrationDiagram::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const qreal line = m_layout.metrics().lineHeight;
    for (const QRectF &column : { m_layout.dataverseColumn(), m_layout.financeColumn() }) {
        painter.setPen(QPen(faded(palette(), kLineAlpha), 1));
        painter.setBrush(faded(palette(), kTintAlpha));
        painter.drawRoundedRect(
            column.adjusted(0.5, 0.5, -0.5, -0.5), 2 * kRadius * line, 2 * kRadius * line);
    }
    if (m_layout.arrows().isEmpty()) {
        const QRectF middle(
            m_layout.dataverseColumn().topRight(), m_layout.financeColumn().bottomLeft());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(middle, Qt::AlignCenter | Qt::TextWordWrap,
            m_loaded ? tr("The workspace has no table maps.") : tr("Reading the table maps…"));
    }
    for (const OverviewGroup &group : m_layout.groups())
        paintHeading(painter, group);
    for (int i = 0; i < m_layout.arrows().size(); ++i)
        paintArrow(painter, i);
    paintTitles(painter); // last, over the rows that scroll under them
}

// Each side's name and what runs there, at the top of its column; pinned to the top of the view
// while the maps scroll under them, so a row far down still says which side is which.
void IntegrationDiagram::paintTitles(QPainter &painter) const
{
    const qreal line = m_layout.metrics().lineHeight;
    const QRectF dataverse = m_layout.dataverseTitle();
    const qreal lowest
        = std::max(dataverse.top(), m_layout.dataverseColumn().bottom() - dataverse.height());
    const qreal top
        = std::clamp(qreal(visibleRegion().boundingRect().top()), dataverse.top(), lowest);
    const qreal shift = top - dataverse.top();
    if (shift > 0) {
        // A band across the whole width, the columns' tint and outline carried through it.
        const QRectF band(0, top, width(), dataverse.height());
        painter.fillRect(band, palette().color(QPalette::Base));
        painter.setPen(QPen(faded(palette(), kLineAlpha), 1));
        for (const QRectF &column : { m_layout.dataverseColumn(), m_layout.financeColumn() }) {
            const QRectF part(column.left() + 0.5, top, column.width() - 1, band.height());
            painter.fillRect(part, faded(palette(), kTintAlpha));
            painter.drawLine(part.topLeft(), part.bottomLeft());
            painter.drawLine(part.topRight(), part.bottomRight());
        }
        painter.drawLine(band.bottomLeft(), band.bottomRight());
    }
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.25);
    const struct
    {
        QRectF title;
        QString name;
        QString subtitle;
    } sides[] = { { dataverse, sideName(Side::Dataverse), dataverseSubtitle() },
        { m_layout.financeTitle(), sideName(Side::Finance), financeSubtitle() } };
    for (const auto &side : sides) {
        const QRectF shown = side.title.translated(0, shift);
        const QRectF name(
            shown.left(), shown.top() + 0.3 * line, shown.width(), shown.height() * 0.5);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(name, Qt::AlignHCenter | Qt::AlignBottom, side.name);
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(
            QRectF(shown.left(), name.bottom(), shown.width(), shown.bottom() - name.bottom()),
            Qt::AlignHCenter | Qt::AlignTop,
            QFontMetricsF(font()).elidedText(side.subtitle, Qt::ElideRight, shown.width() - line));
    }
}

void IntegrationDiagram::paintHeading(QPainter &painter, const OverviewGroup &group) const
{
    const qreal line = m_layout.metrics().lineHeight;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF metrics(bold);
    const QString text = metrics.elidedText(
        componentName(group.component), Qt::ElideRight, group.heading.width() - 4 * line);
    const QRectF textRect(group.heading.left(), group.heading.bottom() - 1.4 * line,
        group.heading.width(), 1.2 * line);
    const qreal half = metrics.horizontalAdvance(text) / 2 + 0.6 * line;
    const qreal y = textRect.center().y();
    painter.setPen(QPen(faded(palette(), kLineAlpha), 1));
    painter.drawLine(
        QPointF(group.heading.left() + line, y), QPointF(group.heading.center().x() - half, y));
    painter.drawLine(
        QPointF(group.heading.center().x() + half, y), QPointF(group.heading.right() - line, y));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(textRect, Qt::AlignCenter, text);
    painter.setFont(font());
}

void IntegrationDiagram::paintArrow(QPainter &painter, int index) const
{
    const OverviewArrow &arrow = m_layout.arrows().at(index);
    const MapSummary &map = m_maps.at(m_byName.value(arrow.map));
    const qreal line = m_layout.metrics().lineHeight;
    const bool current = index == m_current && hasFocus();
    const bool hovered = index == m_hovered;
    if (current || hovered) {
        QColor band = palette().color(QPalette::Highlight);
        band.setAlphaF(current ? 0.22 : 0.12);
        painter.setPen(current ? QPen(palette().color(QPalette::Highlight), 1) : Qt::NoPen);
        painter.setBrush(band);
        painter.drawRoundedRect(
            arrow.row.adjusted(-0.3 * line, -0.1 * line, 0.3 * line, 0.1 * line), kRadius * line,
            kRadius * line);
    }
    paintChip(painter, arrow.dataverseChip, map.dataverseTable);
    paintChip(painter, arrow.financeChip, map.financeTable);

    const QColor colour = StatusIcons::mapColor(map.status);
    const qreal width = (current || hovered ? 0.19 : 0.13) * line;
    // The line stops where a head begins, so the head's tip stays sharp.
    QLineF shaft = arrow.line;
    const bool headLeft = arrow.direction != MapDirection::ToFinance;
    const bool headRight = arrow.direction != MapDirection::ToDataverse;
    if (headLeft)
        shaft.setP1(shaft.p1() + QPointF(kHeadLength * line * 0.8, 0));
    if (headRight)
        shaft.setP2(shaft.p2() - QPointF(kHeadLength * line * 0.8, 0));
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(shaft);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (const QPointF &tip : arrow.heads)
        painter.drawPolygon(head(tip, tip.x() > arrow.line.center().x() ? 1 : -1, line));

    QFont nameFont = font();
    nameFont.setBold(index == m_current);
    painter.setFont(nameFont);
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(arrow.nameRect, Qt::AlignHCenter | Qt::AlignBottom,
        QFontMetricsF(nameFont).elidedText(map.name, Qt::ElideMiddle, arrow.nameRect.width()));
    painter.setFont(font());
    paintStatus(painter, arrow, map);
}

void IntegrationDiagram::paintChip(
    QPainter &painter, const QRectF &chip, const QString &table) const
{
    const qreal line = m_layout.metrics().lineHeight;
    painter.setPen(QPen(faded(palette(), kLineAlpha), 1));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(chip.adjusted(0.5, 0.5, -0.5, -0.5), kRadius * line, kRadius * line);
    painter.setPen(palette().color(QPalette::Text));
    const QRectF text = chip.adjusted(0.5 * line, 0, -0.5 * line, 0);
    painter.drawText(text, Qt::AlignCenter,
        QFontMetricsF(font()).elidedText(table, Qt::ElideMiddle, text.width()));
}

// The status on the arrow's middle: its icon and name in a pill of the status colour, and the
// failed records as a red badge beside it when there are any.
void IntegrationDiagram::paintStatus(
    QPainter &painter, const OverviewArrow &arrow, const MapSummary &map) const
{
    const qreal line = m_layout.metrics().lineHeight;
    const QFontMetricsF metrics(font());
    const QString status = mapStatusName(map.status);
    const QString failed = map.failed > 0
        ? tr("%1 failed", "records of a map that failed").arg(QLocale().toString(map.failed))
        : QString();
    const qreal height = 1.35 * line;
    const qreal icon = line;
    const qreal statusWidth
        = 0.4 * line + icon + 0.3 * line + metrics.horizontalAdvance(status) + 0.6 * line;
    const qreal failedWidth = failed.isEmpty() ? 0 : metrics.horizontalAdvance(failed) + 1.0 * line;
    const qreal gap = failed.isEmpty() ? 0 : 0.4 * line;
    const QPointF centre = arrow.line.center();
    const qreal left = centre.x() - (statusWidth + gap + failedWidth) / 2;
    const QRectF pill(left, centre.y() - height / 2, statusWidth, height);

    painter.setPen(QPen(StatusIcons::mapColor(map.status), 1.2));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(pill, height / 2, height / 2);
    const QRectF iconRect(pill.left() + 0.4 * line, centre.y() - icon / 2, icon, icon);
    StatusIcons::forMap(map.status).paint(&painter, iconRect.toAlignedRect());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRectF(iconRect.right() + 0.3 * line, pill.top(),
                         pill.right() - iconRect.right() - 0.3 * line, height),
        Qt::AlignLeft | Qt::AlignVCenter, status);
    if (failed.isEmpty())
        return;
    const QRectF badge(pill.right() + gap, pill.top(), failedWidth, height);
    painter.setPen(Qt::NoPen);
    painter.setBrush(StatusIcons::failedColor());
    painter.drawRoundedRect(badge, height / 2, height / 2);
    painter.setPen(Qt::white); // on the badge's red, in either palette
    painter.drawText(badge, Qt::AlignCenter, failed);
}

} // namespace dw
