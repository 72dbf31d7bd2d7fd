#include "errorclass.h"

#include "tr.h"

namespace dw {

namespace {
constexpr const char *kIds[] = { "", "validation", "constraint", "transient", "configuration" };
}

QString errorClassId(ErrorClass c)
{
    return QString::fromLatin1(kIds[int(c)]);
}

bool errorClassFromId(const QString &id, ErrorClass *c)
{
    for (int i = 1; i < 5; ++i) {
        if (id == QLatin1String(kIds[i])) {
            *c = ErrorClass(i);
            return true;
        }
    }
    return false;
}

QString errorClassName(ErrorClass c)
{
    switch (c) {
    case ErrorClass::None:
        return {};
    case ErrorClass::Validation:
        return Tr::tr("Validation");
    case ErrorClass::Constraint:
        return Tr::tr("Target constraint");
    case ErrorClass::Transient:
        return Tr::tr("Transient");
    case ErrorClass::Configuration:
        break;
    }
    return Tr::tr("Configuration");
}

} // namespace dw
