#pragma once

#include <QtGlobal>

namespace dw {

// What a run did to one map's records. `read` counts source rows taken up; each of them ends
// as exactly one of inserted, updated, unchanged, skipped or failed (deleted and conflicts come
// from change capture).
struct RunCounts
{
    qint64 read = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 deleted = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 conflicts = 0;
    qint64 durationMs = 0;

    RunCounts &operator+=(const RunCounts &o)
    {
        read += o.read;
        inserted += o.inserted;
        updated += o.updated;
        unchanged += o.unchanged;
        deleted += o.deleted;
        skipped += o.skipped;
        failed += o.failed;
        conflicts += o.conflicts;
        durationMs += o.durationMs;
        return *this;
    }
    bool operator==(const RunCounts &) const = default;
};

} // namespace dw
