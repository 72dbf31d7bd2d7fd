#pragma once

#include "mapsummary.h"
#include "storetask.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;

namespace dw {

class TableMapFilterModel;
class TableMapListModel;

// The table maps page: every map of the workspace with component, version, direction, status,
// failed records and last run; filter by text and component. Reads the state store off the
// GUI thread and refreshes itself while visible, so changes made by a worker or the CLI show up.
class TableMapsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableMapsPage)
public:
    explicit TableMapsPage(QWidget *parent = nullptr);

    void setStorePath(const QString &path);
    QStringList selectedMapNames() const;

public slots:
    void refresh();

signals:
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyResult();

    QString m_storePath;
    QLabel *m_filterLabel;
    QLineEdit *m_filter;
    QComboBox *m_component;
    QTreeView *m_view;
    QLabel *m_message;
    TableMapListModel *m_model;
    TableMapFilterModel *m_proxy;
    QTimer *m_refreshTimer;
    QFutureWatcher<StoreResult<QList<MapSummary>>> m_watcher;
    bool m_refreshAgain = false;
};

} // namespace dw
