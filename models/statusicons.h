#pragma once

#include "mapstatus.h"
#include "recordstatus.h"

#include <QIcon>

namespace dw {

// Status icons drawn once and cached: a coloured disc with a glyph, so the shape still tells
// the state to someone who cannot tell the colours apart. Needs a QGuiApplication.
class StatusIcons
{
public:
    static QIcon forMap(MapStatus status);
    static QIcon forRecord(RecordStatus status);
};

} // namespace dw
