// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/historypage.h"

#include "ledger/history.h"
#include "ledger/ledger.h"
#include "ui/charts/barlinechart.h"
#include "ui/dashboard/rangeselector.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>

namespace sc::ui {

namespace h = core::history;

HistoryPage::HistoryPage(const core::Ledger* ledger, Clock clock, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_clock(std::move(clock))
{
    auto* layout = new QVBoxLayout(this);
    m_range = new RangeSelector(this);
    layout->addWidget(m_range);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_chart = new BarLineChart(this);
    m_chart->setAccessibleName(tr("Chart of processor hours and finished tasks"));
    layout->addWidget(m_chart, 1);
    connect(m_range, &RangeSelector::rangeChanged, this, &HistoryPage::refresh);
    m_refresh.setInterval(30'000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    m_refresh.start();
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::refresh()
{
    if (!m_ledger) {
        m_summary->clear();
        m_chart->showEmpty(tr("The contribution record could not be opened."));
        return;
    }
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC).date();
    const auto all = m_ledger->days(QDate(1970, 1, 1), today);
    const QDate from = h::rangeStart(m_range->range(), today, all.isEmpty() ? QDate() : all.first().day);
    const auto days = h::denseDays(m_ledger->days(from, today), from, today);
    const h::Totals t = h::sum(days);
    const QLocale locale;
    m_summary->setText(tr("In this period: %1 of processor time, %n task(s) finished.", nullptr, t.tasks)
                           .arg(h::formatCpuHours(t.cpuSeconds, locale))
        + QLatin1Char(' ')
        + tr("The network accepted %1 result(s) and rejected %2 (wrong, failed or late).")
              .arg(t.valid)
              .arg(t.invalid));
    if (t.cpuSeconds <= 0 && t.tasks == 0) {
        m_chart->showEmpty(tr("Your computer has not worked on any task in this period yet. "
                              "Tasks run when you are away from the computer (see Settings)."));
        return;
    }
    const h::Bucket bucket = h::bucketFor(days.first().day, days.last().day);
    const auto rows = h::rollUp(days, bucket);
    BarLineChart::Data chartData;
    for (const auto& r : rows) {
        chartData.categories.append(bucket == h::Bucket::Month
                ? locale.toString(r.day, QStringLiteral("MMM yyyy"))
                : locale.toString(r.day, QStringLiteral("d MMM")));
        chartData.bars.append(r.cpuSeconds / 3600.0);
        chartData.line.append(r.tasksCompleted);
        chartData.barTexts.append(h::formatCpuHours(r.cpuSeconds, locale));
        chartData.lineTexts.append(locale.toString(r.tasksCompleted));
    }
    chartData.barName = tr("Processor hours");
    chartData.barAxisTitle = tr("CPU hours");
    chartData.lineName = tr("Tasks finished");
    chartData.lineAxisTitle = tr("Tasks");
    m_chart->setData(chartData);
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace sc::ui
