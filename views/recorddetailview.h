#pragma once

#include "recordcomparison.h"
#include "workspace.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTableView;

namespace dw {

class RecordValuesModel;

// The detail of one record: its status, error class and full message; the Dataverse and
// Finance values of every mapped field side by side with differences marked, read live from
// both environments on a pool thread; and its history (attempts, the run of the last attempt,
// activity that names it). A newer record replaces the answers of an older one.
class RecordDetailView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordDetailView)
public:
    explicit RecordDetailView(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace) { m_workspace = workspace; }
    // Shows the record and reads both sides; nullopt clears the pane.
    void showRecord(const std::optional<RecordState> &record);
    // Reads the shown record's values again (after a retry, say).
    void reload();
    std::optional<RecordState> record() const { return m_record; }
    RecordValuesModel *values() const { return m_values; }
    // True while both sides are being read.
    bool isLoading() const { return m_loading; }

signals:
    void valuesLoaded();

private:
    void showHistory(const RecordHistory &history);

    Workspace m_workspace { QString() };
    std::optional<RecordState> m_record;
    QLabel *m_title;
    QLabel *m_status;
    QPlainTextEdit *m_error;
    QLabel *m_valuesLabel;
    QTableView *m_valuesView;
    RecordValuesModel *m_values;
    QLabel *m_history;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace dw
