#pragma once

#include "workspace.h"

#include "mapsummary.h"
#include "storetask.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeView;

namespace dw {

class MapVersionModel;

// The "Table map versions" tab: the stored versions of the map, the active one marked;
// Activate makes the selected one active (after a confirmation), Compare shows what changed
// between two selected versions, or between the selected one and the active one.
class MapVersionsTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MapVersionsTab)
public:
    explicit MapVersionsTab(QWidget *parent = nullptr);

    void setVersions(
        const Workspace &workspace, const QString &map, const QList<MapVersionInfo> &versions);
    QTreeView *view() const { return m_view; }

signals:
    void message(const QString &text, bool error);
    void activated(const QString &map);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();
    void activate();
    void compare();
    QList<MapVersionInfo> selected() const;

    Workspace m_workspace;
    QString m_map;
    QLabel *m_intro;
    QTreeView *m_view;
    MapVersionModel *m_model;
    QPushButton *m_activate;
    QPushButton *m_compare;
};

} // namespace dw
