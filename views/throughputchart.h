#pragma once

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace dw {

// Records per second over the time of a run, one point per sample, the last `window` seconds
// shown. Fed by the run monitor's once-a-second sampling, so a long run costs a bounded number
// of points.
class ThroughputChart final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThroughputChart)
public:
    explicit ThroughputChart(QWidget *parent = nullptr);

    void clear();
    // `seconds` since the run started, `rate` records per second.
    void addSample(double seconds, double rate);
    int sampleCount() const;

    static constexpr int window = 600;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineSeries *m_series;
    QValueAxis *m_time;
    QValueAxis *m_rate;
    double m_peak = 0;
};

} // namespace dw
