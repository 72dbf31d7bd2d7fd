#pragma once

#include <QtGlobal>

namespace dw {

// dwadmin-bench --suite ui_latency: the longest stall of the GUI event loop while the window's
// worker runs an initial sync of `rows` actuals. Needs a QApplication to exist.
int uiLatency(qint64 rows);

} // namespace dw
