#include "integrationoverviewpage.h"

#include "integrationdiagram.h"
#include "mapsummaryfeed.h"
#include "messagelabel.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

namespace dw {

namespace {
// As the table maps page: often enough to follow a worker in another process.
constexpr int kRefreshIntervalMs = 3000;
// How long a page that just appeared waits before it reads the store again.
constexpr int kPaintFirstMs = 100;
} // namespace

IntegrationOverviewPage::IntegrationOverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_message(new MessageLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_diagram(new IntegrationDiagram)
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("integrationOverviewPage"));
    m_intro->setObjectName(QStringLiteral("overviewIntro"));
    m_intro->setWordWrap(true);
    m_scroll->setObjectName(QStringLiteral("overviewScrollArea"));
    m_scroll->setWidget(m_diagram);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_scroll->setBackgroundRole(QPalette::Base);
    m_intro->setBuddy(m_diagram);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_message);
    layout->addWidget(m_scroll, 1);

    connect(
        m_diagram, &IntegrationDiagram::mapActivated, this, &IntegrationOverviewPage::mapActivated);
    connect(m_diagram, &IntegrationDiagram::currentRectChanged, this, [this](const QRect &rect) {
        const int margin = fontMetrics().height();
        m_scroll->ensureVisible(rect.center().x(), rect.center().y(), rect.width() / 2 + margin,
            rect.height() / 2 + margin);
    });
    // The side titles stay pinned at the top: the whole view changes as it scrolls, not just
    // the strip that scrolled in.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, m_diagram,
        qOverload<>(&QWidget::update));
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    retranslate();
}

void IntegrationOverviewPage::setFeed(MapSummaryFeed *feed)
{
    m_feed = feed;
    connect(feed, &MapSummaryFeed::updated, this, &IntegrationOverviewPage::showMaps);
    connect(feed, &MapSummaryFeed::failed, this, [this](const QString &message) {
        m_message->showMessage(
            MessageLabel::Kind::Error, tr("Cannot read the table maps: %1").arg(message));
    });
    connect(m_refreshTimer, &QTimer::timeout, feed, &MapSummaryFeed::refresh);
}

void IntegrationOverviewPage::showMaps(const QString &queueError)
{
    if (queueError.isEmpty())
        m_message->clear();
    else
        m_message->showMessage(
            MessageLabel::Kind::Error, tr("Cannot count the queued changes: %1").arg(queueError));
    m_diagram->setServing(m_feed->serving());
    m_diagram->setMaps(m_feed->summaries(), m_feed->queued(), queueError.isEmpty());
}

void IntegrationOverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_feed)
        return;
    // After the page has been painted: the reader's thread would compete with the paint.
    QTimer::singleShot(kPaintFirstMs, m_feed, &MapSummaryFeed::refresh);
    m_refreshTimer->start();
}

void IntegrationOverviewPage::hideEvent(QHideEvent *event)
{
    m_refreshTimer->stop();
    QWidget::hideEvent(event);
}

void IntegrationOverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IntegrationOverviewPage::retranslate()
{
    m_intro->setText(tr("Each arrow is a table map, pointing the way its data flows between "
                        "Dataverse and Finance, in the colour of its status. Click a map, or "
                        "choose it with the arrow keys and press Enter, to open it."));
    m_scroll->setAccessibleName(tr("Integration overview"));
}

} // namespace dw
