#pragma once

#include "initialsync.h"
#include "syncengine.h"

#include <QAbstractTableModel>

namespace dw {

// Per-map progress of the run being watched: phase, rows done of total (initial sync), and the
// counts, accumulated over the run's passes (an initial sync, then every live round). Fed the
// worker's throttled signals; each update changes one row's cells, never the row set.
class RunProgressModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunProgressModel)
public:
    enum Column {
        Map,
        Phase,
        Progress,
        Inserted,
        Updated,
        Unchanged,
        Deleted,
        Failed,
        Conflicts,
        ColumnCount
    };
    enum Role { DoneRole = Qt::UserRole + 1, TotalRole };
    enum class MapPhase { Waiting, Initial, InitialDone, Live, Stopped, Failed };

    explicit RunProgressModel(QObject *parent = nullptr);

    // A new run over these maps (in run order): every count starts at zero.
    void setMaps(const QStringList &maps);
    // The maps the live phase serves; they show as live until the run ends.
    void setLive(const QStringList &maps);
    void applyProgress(const MapProgress &progress);
    void applyResult(const MapRunResult &result, RunKind kind);
    // The run ended: maps still waiting or initializing show as stopped when it was cancelled.
    void finish(bool cancelled);

    // Sums over all maps, for the chart and the ETA.
    RunCounts totals() const;
    // Rows still to take up by initial syncs that have started, and those not started yet.
    qint64 remainingRows() const;
    QStringList maps() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString map;
        MapPhase phase = MapPhase::Waiting;
        qint64 done = 0;
        qint64 total = 0;
        RunCounts committed; // passes that ended
        RunCounts current; // the pass in flight
        QString error;
        RunCounts shown() const
        {
            RunCounts c = committed;
            c += current;
            return c;
        }
    };
    int rowOf(const QString &map) const;
    void changed(int row);
    QString phaseName(const Row &row) const;

    QList<Row> m_rows;
};

} // namespace dw
