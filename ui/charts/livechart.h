// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartpanel.h"

#include <QList>
#include <QPointF>

class QCategoryAxis;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace sc::ui {

// The last minutes of CPU and graphics card temperature (°C, left axis), duty cycle and the
// tasks' processor use (%, right axis). Points are (unix milliseconds, value). A temperature
// without readings has no line and no legend entry; the °C axis shows while either has one.
class LiveChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveChart)
public:
    explicit LiveChart(QWidget* parent = nullptr);
    ~LiveChart() override;

    // duty: the share of time tasks may run (%); cpu: what they used, % of the whole computer.
    void setData(const QList<QPointF>& temperature, const QList<QPointF>& duty, const QList<QPointF>& cpu,
        qint64 fromMs, qint64 toMs, const QList<QPointF>& gpuTemperature = {});
    QLineSeries* cpuSeries() const { return m_cpu; }
    QLineSeries* gpuTemperatureSeries() const { return m_gpuTemp; }
    ChartPanel* panel() const { return m_panel; }
    // The sentence under the chart (no temperature sensor), empty when none shows.
    QString noteText() const;
    // The legend's entries as shown, in order (the lines that have readings).
    QStringList legendEntries() const { return m_legendEntries; }
    // The percent axis's range (for tests: 0 and 100 lie inside it).
    std::pair<double, double> percentRange() const;

private:
    void updateLegend();

    ChartPanel* m_panel = nullptr;
    QLineSeries* m_temp = nullptr;
    QLineSeries* m_gpuTemp = nullptr;
    QLineSeries* m_duty = nullptr;
    QLineSeries* m_cpu = nullptr;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_yTemp = nullptr;
    QCategoryAxis* m_yDuty = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_legend = nullptr;
    QStringList m_legendEntries;
};

} // namespace sc::ui
