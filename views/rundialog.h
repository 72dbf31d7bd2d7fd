#pragma once

#include "mapstatus.h"
#include "runplan.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeView;

namespace dw {

class RunPlanModel;

// Dual-write's "Initial writes and related table map(s)" pane: the chosen maps plus the maps
// they depend on that are not running, each with include, initial sync and master side, in an
// order the administrator may change where dependencies allow, and "Keep running (live)".
// The dialog only collects the choice; plan() turns it into engine requests.
class RunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunDialog)
public:
    RunDialog(const QList<TableMap> &maps, const QHash<QString, MapStatus> &statuses,
        const QStringList &chosen, QWidget *parent = nullptr);

    RunPlanModel *model() const { return m_model; }
    bool isLive() const;
    QList<RunPlanItem> items() const;
    // The run as chosen; `alsoLive` are maps running now that the live phase keeps serving.
    RunPlan plan(const QStringList &alsoLive = {}) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void move(int delta);

    RunPlanModel *m_model;
    QLabel *m_intro;
    QTreeView *m_view;
    QPushButton *m_up;
    QPushButton *m_down;
    QCheckBox *m_live;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
    QPushButton *m_run = nullptr;
    QString m_setupError;
};

} // namespace dw
