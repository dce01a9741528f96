// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/livechart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace sc::ui {

LiveChart::LiveChart(QWidget* parent)
    : QWidget(parent)
    , m_panel(new ChartPanel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    QChart* chart = m_panel->chart();
    m_temp = new QLineSeries;
    m_temp->setName(tr("CPU temperature (°C)"));
    m_duty = new QLineSeries;
    m_duty->setName(tr("Share of time tasks run (%)"));
    m_cpu = new QLineSeries;
    m_cpu->setName(tr("Processor used by tasks (% of the computer)"));
    chart->addSeries(m_temp);
    chart->addSeries(m_duty);
    chart->addSeries(m_cpu);
    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(6);
    m_x->setTitleText(tr("Time"));
    m_yTemp = new QValueAxis;
    m_yTemp->setTitleText(tr("°C"));
    m_yTemp->setRange(20, 100);
    m_yTemp->setLabelFormat(QStringLiteral("%d"));
    m_yDuty = new QValueAxis;
    m_yDuty->setTitleText(tr("%"));
    m_yDuty->setRange(0, 100);
    m_yDuty->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_yTemp, Qt::AlignLeft);
    chart->addAxis(m_yDuty, Qt::AlignRight);
    m_temp->attachAxis(m_x);
    m_temp->attachAxis(m_yTemp);
    m_duty->attachAxis(m_x);
    m_duty->attachAxis(m_yDuty);
    m_cpu->attachAxis(m_x);
    m_cpu->attachAxis(m_yDuty);
    // Dashed, so it is told from the duty line without relying on colour.
    QPen cpuPen(QColor(0x1b, 0x9e, 0x77));
    cpuPen.setWidthF(2);
    cpuPen.setStyle(Qt::DashLine);
    m_cpu->setPen(cpuPen);
    QPen tempPen(QColor(0xd9, 0x5f, 0x02));
    tempPen.setWidthF(2);
    m_temp->setPen(tempPen);
    m_panel->showEmpty(tr("Collecting the first measurements…"));
}

LiveChart::~LiveChart() = default;

void LiveChart::setData(const QList<QPointF>& temperature, const QList<QPointF>& duty,
    const QList<QPointF>& cpu, qint64 fromMs, qint64 toMs)
{
    if (temperature.isEmpty() && duty.size() < 2) {
        m_panel->showEmpty(tr("Collecting the first measurements…"));
        return;
    }
    m_temp->replace(temperature);
    m_duty->replace(duty);
    m_cpu->replace(cpu);
    QPen dutyPen(palette().color(QPalette::Highlight));
    dutyPen.setWidthF(2);
    m_duty->setPen(dutyPen);
    // Without a sensor the temperature axis and legend entry would only confuse.
    m_temp->setVisible(!temperature.isEmpty());
    m_yTemp->setVisible(!temperature.isEmpty());
    m_panel->chart()->setTitle(temperature.isEmpty()
            ? tr("This computer does not report its processor temperature; only the tasks' share of time and "
                 "processor use are shown.")
            : QString());
    if (!temperature.isEmpty()) {
        double hi = 0;
        for (const QPointF& p : temperature)
            hi = std::max(hi, p.y());
        m_yTemp->setRange(20, std::max(100.0, std::ceil(hi / 10) * 10));
    }
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_panel->showChart();
}

} // namespace sc::ui
