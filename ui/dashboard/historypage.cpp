// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/historypage.h"

#include "ledger/history.h"
#include "ledger/ledger.h"
#include "ui/charts/barlinechart.h"
#include "ui/dashboard/rangeselector.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace sc::ui {

namespace h = core::history;

HistoryPage::HistoryPage(const core::Ledger* ledger, Clock clock, QWidget* parent)
    : HistoryPage(ledger, std::move(clock), GpuPresent(), parent)
{
}

HistoryPage::HistoryPage(const core::Ledger* ledger, Clock clock, GpuPresent gpuPresent, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_clock(std::move(clock))
    , m_gpuPresent(std::move(gpuPresent))
{
    auto* layout = new QVBoxLayout(this);
    m_range = new RangeSelector(this);
    layout->addWidget(m_range);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    // One quantity per chart: processor time, or tasks finished (a count, as bars).
    auto* viewRow = new QHBoxLayout;
    m_view = new QButtonGroup(this);
    const QString views[] = { tr("Processor time"), tr("Tasks finished") };
    for (int i = 0; i < 2; ++i) {
        auto* b = new QPushButton(views[i], this);
        b->setCheckable(true);
        b->setObjectName(i == 0 ? QStringLiteral("processorTime") : QStringLiteral("tasksFinished"));
        m_view->addButton(b, i);
        viewRow->addWidget(b);
    }
    m_view->button(0)->setChecked(true);
    viewRow->addStretch();
    connect(m_view, &QButtonGroup::idClicked, this, [this] { refresh(); });
    layout->addLayout(viewRow);
    m_chart = new BarLineChart(this);
    m_chart->setAccessibleName(tr("Chart of the time your computer worked and finished tasks"));
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
    const h::Bucket bucket = h::bucketFor(days.first().day, days.last().day);
    const auto rows = h::rollUp(days, bucket);
    // The graphics card only where it does or can do work, so a computer without one sees none.
    m_gpuShown = m_ledger->hasGpuWork() || (m_gpuPresent && m_gpuPresent());
    m_view->button(0)->setText(m_gpuShown ? tr("Processor and graphics card time") : tr("Processor time"));
    // One unit on the whole page: hours, or minutes when no period reaches an hour.
    double most = 0;
    for (const auto& r : rows)
        most = std::max({ most, r.cpuSeconds, m_gpuShown ? r.gpuSeconds : 0.0 });
    const bool minutes = most < 3600;
    auto timeText = [&](double seconds) {
        return minutes
            ? tr("%1 min").arg(locale.toString(seconds / 60.0, 'f', seconds > 0 && seconds < 600 ? 1 : 0))
            : tr("%1 h").arg(locale.toString(seconds / 3600.0, 'f', 1));
    };
    const QString worked = m_gpuShown
        ? tr("In this period: %1 of processor time and %2 of graphics card time, %n tasks finished.", nullptr,
            t.tasks)
              .arg(timeText(t.cpuSeconds), timeText(t.gpuSeconds))
        : tr("In this period: %1 of processor time, %n tasks finished.", nullptr, t.tasks)
              .arg(timeText(t.cpuSeconds));
    m_summary->setText(worked + QLatin1Char(' ') + tr("The network accepted %n results", nullptr, t.valid)
        + QLatin1Char(' ') + tr("and rejected %n (wrong, failed or late).", nullptr, t.invalid));
    if (t.cpuSeconds <= 0 && t.gpuSeconds <= 0 && t.tasks == 0) {
        m_chart->showEmpty(tr("Your computer has not worked on any task in this period yet. "
                              "Tasks run when you are away from the computer (see Settings)."));
        return;
    }
    const bool tasks = m_view->checkedId() == 1;
    BarLineChart::Data chartData;
    chartData.bucket = bucket;
    for (const auto& r : rows) {
        chartData.starts.append(r.day);
        chartData.categories.append(bucket == h::Bucket::Month
                ? locale.toString(r.day, QStringLiteral("MMMM yyyy"))
                : bucket == h::Bucket::Week
                ? tr("Week of %1").arg(locale.toString(r.day, QStringLiteral("d MMM yyyy")))
                : locale.toString(r.day, QStringLiteral("ddd d MMM yyyy")));
        chartData.values.append(tasks ? r.tasksCompleted : r.cpuSeconds / (minutes ? 60.0 : 3600.0));
        chartData.texts.append(tasks ? locale.toString(r.tasksCompleted) : timeText(r.cpuSeconds));
        if (!tasks && m_gpuShown) {
            chartData.secondValues.append(r.gpuSeconds / (minutes ? 60.0 : 3600.0));
            chartData.secondTexts.append(timeText(r.gpuSeconds));
        }
    }
    if (tasks) {
        chartData.name = tr("Tasks finished");
        chartData.axisTitle = tr("Tasks");
    } else if (m_gpuShown) {
        // Side by side in one unit: the legend says which bar is which, in a home user's words.
        chartData.name = tr("Processor");
        chartData.secondName = tr("Graphics card");
        chartData.axisTitle = minutes ? tr("Minutes of work") : tr("Hours of work");
    } else {
        chartData.name = tr("Processor time");
        chartData.axisTitle = minutes ? tr("Minutes of processor time") : tr("Hours of processor time");
    }
    m_chart->setData(chartData);
}

void HistoryPage::showTasks(bool tasks)
{
    m_view->button(tasks ? 1 : 0)->setChecked(true);
    refresh();
}

void HistoryPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

} // namespace sc::ui
