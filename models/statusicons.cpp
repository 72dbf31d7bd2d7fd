#include "statusicons.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace dw {

namespace {

enum class Glyph { Play, Pause, Stop, Bang, Cross, Check, Spin, Dash, Clock };

const QColor kGrey(0x8a, 0x8f, 0x98);
const QColor kBlue(0x1f, 0x6f, 0xc5);
const QColor kGreen(0x1e, 0x8e, 0x3e);
const QColor kAmber(0xc7, 0x7c, 0x02);
const QColor kRed(0xc5, 0x22, 0x1f);

QPixmap paint(int size, const QColor &fill, Glyph glyph)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(fill);
    p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
    p.setBrush(Qt::white);
    QPen pen(Qt::white, s * 0.11, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    switch (glyph) {
    case Glyph::Play: {
        QPainterPath path;
        path.moveTo(s * 0.40, s * 0.30);
        path.lineTo(s * 0.72, s * 0.50);
        path.lineTo(s * 0.40, s * 0.70);
        path.closeSubpath();
        p.drawPath(path);
        break;
    }
    case Glyph::Pause:
        p.drawRect(QRectF(s * 0.34, s * 0.30, s * 0.11, s * 0.40));
        p.drawRect(QRectF(s * 0.55, s * 0.30, s * 0.11, s * 0.40));
        break;
    case Glyph::Stop:
        p.drawRect(QRectF(s * 0.34, s * 0.34, s * 0.32, s * 0.32));
        break;
    case Glyph::Bang:
        p.drawRect(QRectF(s * 0.445, s * 0.24, s * 0.11, s * 0.34));
        p.drawEllipse(QRectF(s * 0.44, s * 0.64, s * 0.12, s * 0.12));
        break;
    case Glyph::Cross:
        p.setPen(pen);
        p.drawLine(QPointF(s * 0.34, s * 0.34), QPointF(s * 0.66, s * 0.66));
        p.drawLine(QPointF(s * 0.66, s * 0.34), QPointF(s * 0.34, s * 0.66));
        break;
    case Glyph::Check:
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({ QPointF(s * 0.30, s * 0.52), QPointF(s * 0.44, s * 0.66),
            QPointF(s * 0.70, s * 0.36) }));
        break;
    case Glyph::Spin:
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawArc(QRectF(s * 0.30, s * 0.30, s * 0.40, s * 0.40), 30 * 16, 280 * 16);
        break;
    case Glyph::Dash:
        p.drawRect(QRectF(s * 0.30, s * 0.445, s * 0.40, s * 0.11));
        break;
    case Glyph::Clock:
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPolyline(QPolygonF({ QPointF(s * 0.50, s * 0.28), QPointF(s * 0.50, s * 0.52),
            QPointF(s * 0.66, s * 0.62) }));
        break;
    }
    return pixmap;
}

QIcon makeIcon(const QColor &fill, Glyph glyph)
{
    QIcon icon;
    for (int size : { 16, 24, 32, 48 })
        icon.addPixmap(paint(size, fill, glyph));
    return icon;
}

} // namespace

QColor StatusIcons::mapColor(MapStatus status)
{
    switch (status) {
    case MapStatus::NotRunning:
        return kGrey;
    case MapStatus::Initializing:
    case MapStatus::Resuming:
        return kBlue;
    case MapStatus::Running:
        return kGreen;
    case MapStatus::Paused:
        return kAmber;
    case MapStatus::Error:
        break;
    }
    return kRed;
}

QColor StatusIcons::failedColor()
{
    return kRed;
}

QIcon StatusIcons::forMap(MapStatus status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(status));
    if (it != cache.constEnd())
        return *it;
    Glyph glyph = Glyph::Bang;
    switch (status) {
    case MapStatus::NotRunning:
        glyph = Glyph::Stop;
        break;
    case MapStatus::Initializing:
    case MapStatus::Resuming:
        glyph = Glyph::Spin;
        break;
    case MapStatus::Running:
        glyph = Glyph::Play;
        break;
    case MapStatus::Paused:
        glyph = Glyph::Pause;
        break;
    case MapStatus::Error:
        break;
    }
    const QIcon icon = makeIcon(mapColor(status), glyph);
    cache.insert(int(status), icon);
    return icon;
}

QIcon StatusIcons::forRecord(RecordStatus status)
{
    static QHash<int, QIcon> cache;
    auto it = cache.constFind(int(status));
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    switch (status) {
    case RecordStatus::Synced:
        icon = makeIcon(kGreen, Glyph::Check);
        break;
    case RecordStatus::Failed:
        icon = makeIcon(kRed, Glyph::Cross);
        break;
    case RecordStatus::Conflict:
        icon = makeIcon(kAmber, Glyph::Bang);
        break;
    case RecordStatus::Skipped:
        icon = makeIcon(kGrey, Glyph::Dash);
        break;
    case RecordStatus::Pending:
        icon = makeIcon(kBlue, Glyph::Clock);
        break;
    }
    cache.insert(int(status), icon);
    return icon;
}

} // namespace dw
