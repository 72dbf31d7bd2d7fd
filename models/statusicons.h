#pragma once

#include "mapstatus.h"
#include "recordstatus.h"

#include <QColor>
#include <QIcon>

namespace dw {

// Status icons drawn once and cached: a coloured disc with a glyph, so the shape still tells
// the state to someone who cannot tell the colours apart. Needs a QGuiApplication. The colours
// are mid-tones that read on light and dark palettes alike; drawings that speak of a status
// (the integration overview) take them from here, so the whole console uses one set.
class StatusIcons
{
public:
    static QColor mapColor(MapStatus status);
    static QColor failedColor();
    static QIcon forMap(MapStatus status);
    static QIcon forRecord(RecordStatus status);
};

} // namespace dw
