#include "throughputchart.h"

#include <QChart>
#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace dw {

namespace {
// A round upper bound for the rate axis: 1, 2 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 10)
        return 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : { 1.0, 2.0, 5.0, 10.0 }) {
        if (value <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

ThroughputChart::ThroughputChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QLineSeries)
    , m_time(new QValueAxis)
    , m_rate(new QValueAxis)
{
    setObjectName(QStringLiteral("throughputChart"));
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->addSeries(m_series);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    m_series->attachAxis(m_time);
    m_series->attachAxis(m_rate);
    QPen pen(QColor(0x1f, 0x6f, 0xc5));
    pen.setWidthF(2);
    m_series->setPen(pen);
    m_time->setLabelFormat(QStringLiteral("%d"));
    m_rate->setLabelFormat(QStringLiteral("%.0f"));
    // Time ticks on round seconds from 0, whatever part of the run is shown.
    m_time->setTickType(QValueAxis::TicksDynamic);
    m_time->setTickAnchor(0);
    m_time->setTickInterval(10);
    m_rate->setTickCount(5);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(fontMetrics().height() * 10);
    clear();
    retranslate();
}

void ThroughputChart::clear()
{
    m_series->clear();
    m_peak = 0;
    m_time->setRange(0, 60);
    m_rate->setRange(0, 10);
}

int ThroughputChart::sampleCount() const
{
    return m_series->count();
}

void ThroughputChart::addSample(double seconds, double rate)
{
    m_series->append(seconds, rate);
    if (m_series->count() > window)
        m_series->removePoints(0, m_series->count() - window);
    m_peak = qMax(m_peak, rate);
    // The whole run while it is short, then the last `window` seconds.
    const double first = seconds > window ? seconds - window : 0;
    const double last = qMax(60.0, seconds);
    m_time->setRange(first, last);
    const double span = last - first;
    m_time->setTickInterval(span <= 60 ? 10 : span <= 180 ? 30 : 60);
    m_rate->setRange(0, niceCeiling(m_peak * 1.1));
}

void ThroughputChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

void ThroughputChart::retranslate()
{
    m_time->setTitleText(tr("Seconds since the start"));
    m_rate->setTitleText(tr("Records per second"));
    setAccessibleName(tr("Throughput chart"));
    setAccessibleDescription(tr("Records taken up per second over the time of the run"));
}

} // namespace dw
