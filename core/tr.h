#pragma once

#include <QCoreApplication>

namespace dw {

// Translation context for messages the engine shows to users (errors, activity log, CLI
// output). One stable context keeps translations alive when classes are renamed.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(dwadmin)
};

} // namespace dw
