// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartpanel.h"

#include <QList>
#include <QPointF>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace sc::ui {

// The last minutes of CPU temperature (°C, left axis) and duty cycle (%, right axis).
// Points are (unix milliseconds, value).
class LiveChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveChart)
public:
    explicit LiveChart(QWidget* parent = nullptr);
    ~LiveChart() override;

    // duty: the share of time tasks may run (%); cpu: what they used, % of the whole computer.
    void setData(const QList<QPointF>& temperature, const QList<QPointF>& duty, const QList<QPointF>& cpu,
        qint64 fromMs, qint64 toMs);
    QLineSeries* cpuSeries() const { return m_cpu; }
    ChartPanel* panel() const { return m_panel; }

private:
    ChartPanel* m_panel = nullptr;
    QLineSeries* m_temp = nullptr;
    QLineSeries* m_duty = nullptr;
    QLineSeries* m_cpu = nullptr;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_yTemp = nullptr;
    QValueAxis* m_yDuty = nullptr;
};

} // namespace sc::ui
