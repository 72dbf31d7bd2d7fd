#pragma once

#include "errorclass.h"
#include "recordstatus.h"
#include "tablemap.h"

#include <QByteArray>

namespace dw {

// What happened to one record in one batch, as the state store will keep it.
struct RecordOutcome
{
    QByteArray recordKey; // Finance key values (RecordCodec::encodeKey)
    QByteArray sourceKey; // the source row's key (RecordCodec::encodeCursor)
    QByteArray replacesKey; // a provisional record key this outcome supersedes, if any
    RecordStatus status = RecordStatus::Synced;
    bool deleted = false; // the record was deleted on both sides: its state goes too
    Side direction = Side::Finance; // the side written to
    bool hasHashes = false;
    quint64 dataverseHash = 0;
    quint64 financeHash = 0;
    ErrorClass errorClass = ErrorClass::None;
    QString message;
};

} // namespace dw
