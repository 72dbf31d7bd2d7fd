#include "runprogressmodel.h"

#include <QLocale>

namespace dw {

RunProgressModel::RunProgressModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RunProgressModel::setMaps(const QStringList &maps)
{
    beginResetModel();
    m_rows.clear();
    for (const QString &map : maps) {
        Row row;
        row.map = map;
        m_rows.append(row);
    }
    endResetModel();
}

void RunProgressModel::setLive(const QStringList &maps)
{
    for (const QString &map : maps) {
        int row = rowOf(map);
        if (row < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            Row added;
            added.map = map;
            m_rows.append(added);
            endInsertRows();
            row = int(m_rows.size()) - 1;
        }
        if (m_rows.at(row).phase == MapPhase::Failed)
            continue;
        m_rows[row].phase = MapPhase::Live;
        changed(row);
    }
}

int RunProgressModel::rowOf(const QString &map) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).map == map)
            return int(i);
    }
    return -1;
}

void RunProgressModel::changed(int row)
{
    emit dataChanged(index(row, Phase), index(row, ColumnCount - 1),
        { Qt::DisplayRole, Qt::ToolTipRole, DoneRole, TotalRole });
}

void RunProgressModel::applyProgress(const MapProgress &progress)
{
    const int row = rowOf(progress.map);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.current = progress.counts;
    if (r.phase == MapPhase::Waiting || r.phase == MapPhase::Initial) {
        r.phase = MapPhase::Initial;
        r.done = progress.done;
        r.total = progress.total;
    }
    changed(row);
}

void RunProgressModel::applyResult(const MapRunResult &result, RunKind kind)
{
    const int row = rowOf(result.map);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.committed += result.counts;
    r.current = RunCounts();
    if (result.errorClass != ErrorClass::None) {
        r.phase = MapPhase::Failed;
        r.error = result.error;
    } else if (kind == RunKind::Initial) {
        r.phase = result.completed ? MapPhase::InitialDone : MapPhase::Stopped;
        if (result.completed && r.total > 0)
            r.done = r.total;
    }
    changed(row);
}

void RunProgressModel::finish(bool cancelled)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const bool unfinished = r.phase == MapPhase::Waiting || r.phase == MapPhase::Initial
            || r.phase == MapPhase::Live;
        if (!unfinished || (!cancelled && r.phase != MapPhase::Live))
            continue;
        r.committed += r.current;
        r.current = RunCounts();
        r.phase = MapPhase::Stopped;
        changed(int(i));
    }
}

RunCounts RunProgressModel::totals() const
{
    RunCounts sum;
    for (const Row &row : m_rows)
        sum += row.shown();
    return sum;
}

qint64 RunProgressModel::remainingRows() const
{
    qint64 remaining = 0;
    for (const Row &row : m_rows) {
        if (row.phase == MapPhase::Initial)
            remaining += qMax<qint64>(0, row.total - row.done);
    }
    return remaining;
}

QStringList RunProgressModel::maps() const
{
    QStringList names;
    for (const Row &row : m_rows)
        names.append(row.map);
    return names;
}

int RunProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunProgressModel::phaseName(const Row &row) const
{
    switch (row.phase) {
    case MapPhase::Waiting:
        return tr("Waiting", "map phase in a run");
    case MapPhase::Initial:
        return tr("Initial sync", "map phase in a run");
    case MapPhase::InitialDone:
        return tr("Initial sync done", "map phase in a run");
    case MapPhase::Live:
        return tr("Live", "map phase in a run");
    case MapPhase::Stopped:
        return tr("Stopped", "map phase in a run");
    case MapPhase::Failed:
        break;
    }
    return tr("Failed", "map phase in a run");
}

QVariant RunProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == DoneRole)
        return row.done;
    if (role == TotalRole)
        return row.total;
    if (role == Qt::TextAlignmentRole && index.column() >= Inserted)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Phase && !row.error.isEmpty())
        return row.error;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const RunCounts counts = row.shown();
    const QLocale locale;
    switch (index.column()) {
    case Map:
        return row.map;
    case Phase:
        return phaseName(row);
    case Progress:
        if (row.total <= 0)
            return QString();
        //: rows done of rows in all
        return tr("%1 of %2").arg(locale.toString(row.done), locale.toString(row.total));
    case Inserted:
        return locale.toString(counts.inserted);
    case Updated:
        return locale.toString(counts.updated);
    case Unchanged:
        return locale.toString(counts.unchanged);
    case Deleted:
        return locale.toString(counts.deleted);
    case Failed:
        return locale.toString(counts.failed);
    case Conflicts:
        return locale.toString(counts.conflicts);
    }
    return {};
}

QVariant RunProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Map:
        return tr("Table map");
    case Phase:
        return tr("Phase", "of a map in a run");
    case Progress:
        return tr("Progress");
    case Inserted:
        return tr("Inserted", "record count");
    case Updated:
        return tr("Updated", "record count");
    case Unchanged:
        return tr("Unchanged", "record count");
    case Deleted:
        return tr("Deleted", "record count");
    case Failed:
        return tr("Failed", "record count");
    case Conflicts:
        return tr("Conflicts", "record count");
    }
    return {};
}

} // namespace dw
