// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartpanel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QLegend>

namespace sc::ui {

ChartPanel::ChartPanel(QWidget* parent)
    : QStackedWidget(parent)
    , m_chart(new QChart)
{
    m_view = new QChartView(m_chart, this); // the view owns the chart
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 0.9);
    m_chart->setTitleFont(titleFont);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(220);
    m_empty->setFrameShape(QFrame::StyledPanel);
    addWidget(m_view);
    addWidget(m_empty);
    applyPalette();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::showChart()
{
    applyPalette();
    setCurrentWidget(m_view);
}

void ChartPanel::showEmpty(const QString& sentence)
{
    m_empty->setText(sentence);
    m_empty->setAccessibleName(sentence);
    setCurrentWidget(m_empty);
}

bool ChartPanel::isEmptyShown() const { return currentWidget() == m_empty; }

QString ChartPanel::emptyText() const { return m_empty->text(); }

void ChartPanel::applyPalette()
{
    const QPalette p = palette();
    m_chart->setBackgroundBrush(p.brush(QPalette::Base));
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setTitleBrush(p.brush(QPalette::Text));
    m_chart->legend()->setLabelColor(p.color(QPalette::Text));
    QColor grid = p.color(QPalette::Text);
    grid.setAlpha(40);
    const auto axes = m_chart->axes();
    for (QAbstractAxis* axis : axes) {
        axis->setLabelsColor(p.color(QPalette::Text));
        axis->setTitleBrush(p.brush(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(p.color(QPalette::Mid));
    }
}

void ChartPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QStackedWidget::changeEvent(event);
}

} // namespace sc::ui
