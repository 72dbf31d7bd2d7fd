#pragma once

#include <QWidget>

class QLabel;
class QScrollArea;
class QTimer;

namespace dw {

class IntegrationDiagram;
class MapSummaryFeed;
class MessageLabel;

// The integration at a glance: the diagram of every map between Dataverse and Finance, in a
// scroll area, fed by the same map summaries as the table maps page and refreshed with them
// (and on its own timer while it is shown, so a worker elsewhere shows up). Activating a map
// asks for it to be opened.
class IntegrationOverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntegrationOverviewPage)
public:
    explicit IntegrationOverviewPage(QWidget *parent = nullptr);

    void setFeed(MapSummaryFeed *feed);
    IntegrationDiagram *diagram() const { return m_diagram; }

signals:
    void mapActivated(const QString &map);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showMaps(const QString &queueError);

    MapSummaryFeed *m_feed = nullptr;
    QLabel *m_intro;
    MessageLabel *m_message;
    QScrollArea *m_scroll;
    IntegrationDiagram *m_diagram;
    QTimer *m_refreshTimer;
};

} // namespace dw
