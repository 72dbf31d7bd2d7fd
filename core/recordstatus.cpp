#include "recordstatus.h"

#include "tr.h"

namespace dw {

namespace {
constexpr const char *kIds[] = { "synced", "failed", "conflict", "skipped", "pending" };
}

QString recordStatusId(RecordStatus s)
{
    return QString::fromLatin1(kIds[static_cast<int>(s)]);
}

bool recordStatusFromId(const QString &id, RecordStatus *s)
{
    for (int i = 0; i < 5; ++i) {
        if (id == QLatin1String(kIds[i])) {
            *s = static_cast<RecordStatus>(i);
            return true;
        }
    }
    return false;
}

QString recordStatusName(RecordStatus s)
{
    switch (s) {
    case RecordStatus::Synced:
        return Tr::tr("Synced");
    case RecordStatus::Failed:
        return Tr::tr("Failed");
    case RecordStatus::Conflict:
        return Tr::tr("Conflict");
    case RecordStatus::Skipped:
        return Tr::tr("Skipped");
    case RecordStatus::Pending:
        break;
    }
    return Tr::tr("Pending");
}

} // namespace dw
