#pragma once

#include <QString>

namespace dw {

// What happened to one record of a map. Stored as its integer value in record_states.status;
// the numbers are part of the state store format and never change.
enum class RecordStatus { Synced = 0, Failed = 1, Conflict = 2, Skipped = 3, Pending = 4 };

QString recordStatusId(RecordStatus s);
bool recordStatusFromId(const QString &id, RecordStatus *s);
QString recordStatusName(RecordStatus s);

} // namespace dw
