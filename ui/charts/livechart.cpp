// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/livechart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
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
    m_gpuTemp = new QLineSeries;
    m_gpuTemp->setName(tr("Graphics card temperature (°C)"));
    chart->addSeries(m_temp);
    chart->addSeries(m_gpuTemp);
    chart->addSeries(m_duty);
    chart->addSeries(m_cpu);
    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("HH:mm"));
    m_x->setTickCount(6);
    m_x->setTitleText(tr("Time"));
    m_yTemp = new QValueAxis;
    m_yTemp->setTitleText(tr("°C"));
    // Round labels every 25 °C (a range of 15–105 in five ticks read 15, 37, 60, 82, 105).
    m_yTemp->setRange(0, 100);
    m_yTemp->setTickCount(5);
    m_yTemp->setLabelFormat(QStringLiteral("%d"));
    // 0 % and 100 % inside the plot, never on its frame, so a line there shows in both palettes.
    m_yDuty = new QCategoryAxis;
    m_yDuty->setTitleText(tr("%"));
    m_yDuty->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_yDuty->setRange(-6, 106);
    m_yDuty->setStartValue(-6);
    // Every 50 %: QtCharts elides a label to "…" once its font's line is taller than the space
    // between two labels, which at every 25 % the CJK fonts' tall lines were (ja, zh_CN).
    for (int v = 0; v <= 100; v += 50)
        m_yDuty->append(QLocale().toString(v), v);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_yTemp, Qt::AlignLeft);
    chart->addAxis(m_yDuty, Qt::AlignRight);
    m_temp->attachAxis(m_x);
    m_temp->attachAxis(m_yTemp);
    m_gpuTemp->attachAxis(m_x);
    m_gpuTemp->attachAxis(m_yTemp);
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
    // Purple, dash-dotted: apart from the processor's solid orange without relying on colour.
    QPen gpuTempPen(QColor(0x75, 0x70, 0xb3));
    gpuTempPen.setWidthF(2);
    gpuTempPen.setStyle(Qt::DashDotLine);
    m_gpuTemp->setPen(gpuTempPen);
    m_gpuTemp->setVisible(false);
    m_panel->showEmpty(tr("Collecting the first measurements…"));
    // The chart's own legend keeps to one row and elides what does not fit ("Anteil der Zeit, in
    // der Aufgaben laufe…" beside a temperature in German): this one wraps between its entries.
    chart->legend()->setVisible(false);
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("liveChartLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    m_legend->setAlignment(Qt::AlignHCenter);
    m_legend->hide();
    layout->addWidget(m_legend);
    // A note about what the chart can show goes under it, wrapped, never in the title slot.
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("liveChartNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    layout->addWidget(m_note);
}

LiveChart::~LiveChart() = default;

QString LiveChart::noteText() const { return m_note->isHidden() ? QString() : m_note->text(); }

std::pair<double, double> LiveChart::percentRange() const { return { m_yDuty->min(), m_yDuty->max() }; }

void LiveChart::setData(const QList<QPointF>& temperature, const QList<QPointF>& duty,
    const QList<QPointF>& cpu, qint64 fromMs, qint64 toMs, const QList<QPointF>& gpuTemperature)
{
    if (temperature.isEmpty() && gpuTemperature.isEmpty() && duty.size() < 2) {
        m_panel->showEmpty(tr("Collecting the first measurements…"));
        return;
    }
    m_temp->replace(temperature);
    m_duty->replace(duty);
    m_cpu->replace(cpu);
    m_gpuTemp->replace(gpuTemperature);
    QPen dutyPen(palette().color(QPalette::Highlight));
    dutyPen.setWidthF(2);
    m_duty->setPen(dutyPen);
    // The graphics card's purple, lighter on a dark background so it keeps 3:1 against it.
    QPen gpuTempPen = m_gpuTemp->pen();
    gpuTempPen.setColor(palette().color(QPalette::Base).lightness() < 128 ? QColor(0xa5, 0xa0, 0xe6)
                                                                          : QColor(0x75, 0x70, 0xb3));
    m_gpuTemp->setPen(gpuTempPen);
    // Without a sensor the temperature axis and legend entry would only confuse.
    const bool anyTemperature = !temperature.isEmpty() || !gpuTemperature.isEmpty();
    m_temp->setVisible(!temperature.isEmpty());
    m_gpuTemp->setVisible(!gpuTemperature.isEmpty());
    m_yTemp->setVisible(anyTemperature);
    m_note->setText(gpuTemperature.isEmpty()
            ? tr("This computer does not report its processor temperature; only the tasks’ share of time "
                 "and processor use are shown.")
            : tr("This computer does not report its processor temperature; the graphics card’s is shown."));
    m_note->setVisible(temperature.isEmpty());
    if (anyTemperature) {
        double hi = 0;
        for (const QList<QPointF>* line : { &temperature, &gpuTemperature }) {
            for (const QPointF& p : *line)
                hi = std::max(hi, p.y());
        }
        // Room above the hottest reading, in whole steps of 25 °C.
        const double top = std::max(100.0, std::ceil((hi + 5) / 25) * 25);
        m_yTemp->setRange(0, top);
        m_yTemp->setTickCount(static_cast<int>(top / 25) + 1);
    }
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    updateLegend();
    m_panel->showChart();
}

void LiveChart::updateLegend()
{
    // Each entry: a short stroke in the line's colour and pattern, then its name; entries wrap
    // as wholes.
    QStringList html;
    m_legendEntries.clear();
    for (const QLineSeries* series : { m_temp, m_gpuTemp, m_duty, m_cpu }) {
        if (!series->isVisible())
            continue;
        const QPen pen = series->pen();
        const QString stroke = pen.style() == Qt::DashLine ? QStringLiteral("╍╍╍")
            : pen.style() == Qt::DashDotLine               ? QStringLiteral("━·━")
                                                           : QStringLiteral("━━━");
        m_legendEntries.append(series->name());
        html.append(
            QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                .arg(pen.color().name(), stroke,
                    series->name().toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))));
    }
    m_legend->setText(html.join(QStringLiteral("&nbsp;&nbsp; ")));
    m_legend->setVisible(!html.isEmpty());
}

} // namespace sc::ui
