// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/barlinechart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

namespace sc::ui {

namespace {
    double niceMax(const QList<double>& values)
    {
        const double m = values.isEmpty() ? 0 : *std::max_element(values.cbegin(), values.cend());
        return m > 0 ? m * 1.1 : 1.0;
    }
} // namespace

BarLineChart::BarLineChart(QWidget* parent)
    : QWidget(parent)
    , m_panel(new ChartPanel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
}

BarLineChart::~BarLineChart() = default;

void BarLineChart::setData(const Data& in)
{
    QChart* chart = m_panel->chart();
    chart->removeAllSeries();
    const auto oldAxes = chart->axes();
    for (QAbstractAxis* axis : oldAxes) {
        chart->removeAxis(axis);
        delete axis; // removeAxis gives ownership back
    }
    const QPalette pal = palette();

    auto* set = new QBarSet(in.barName);
    for (double v : in.bars)
        set->append(v);
    set->setColor(pal.color(QPalette::Highlight));
    set->setBorderColor(pal.color(QPalette::Highlight));
    auto* bars = new QBarSeries;
    bars->append(set);
    bars->setBarWidth(0.8);
    chart->addSeries(bars);

    auto* x = new QBarCategoryAxis;
    x->append(in.categories);
    if (in.categories.size() > 10)
        x->setLabelsAngle(-90);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);

    auto* y = new QValueAxis;
    y->setTitleText(in.barAxisTitle);
    y->setRange(0, niceMax(in.bars));
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.4g"));
    y->setLabelsFont(small);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);

    if (!in.line.isEmpty()) {
        auto* line = new QLineSeries;
        line->setName(in.lineName);
        for (int i = 0; i < in.line.size(); ++i)
            line->append(i, in.line.at(i));
        QPen pen(pal.color(QPalette::Text));
        pen.setWidthF(2);
        line->setPen(pen);
        chart->addSeries(line);
        auto* y2 = new QValueAxis;
        y2->setTitleText(in.lineAxisTitle);
        y2->setRange(0, niceMax(in.line));
        y2->applyNiceNumbers();
        y2->setLabelFormat(QStringLiteral("%.4g"));
        y2->setLabelsFont(small);
        chart->addAxis(y2, Qt::AlignRight);
        line->attachAxis(x);
        line->attachAxis(y2);
    }
    chart->legend()->setVisible(!in.line.isEmpty());
    m_panel->showChart();
}

} // namespace sc::ui
