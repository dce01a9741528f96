// SPDX-License-Identifier: GPL-3.0-or-later
// The charts tell the truth at every range and size: date labels that never crowd (a 1-year
// range once labelled every day, which Qt drew as "⋮"), the running total as a step that is
// flat on days without credit, one y axis per chart, one unit per page, a normal "All" with
// little data, and the live chart's 0 % and 100 % lines inside the plot and refilled from the
// ledger after a restart. The graphics card's time and temperature show where there is GPU data
// (or a graphics card the engine reads) and nowhere else.
#include "engine/engine.h"
#include "fakehttp.h"
#include "ledger/history.h"
#include "ledger/ledger.h"
#include "ui/charts/barlinechart.h"
#include "ui/charts/livechart.h"
#include "ui/dashboard/earningspage.h"
#include "ui/dashboard/historypage.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/dashboard/rangeselector.h"

#include <QAbstractAxis>
#include <QChart>
#include <QDateTime>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

namespace h = sc::core::history;
using sc::core::Ledger;

namespace {
constexpr qint64 kNow = 1'790'000'000; // Monday 21 Sep 2026

// Two years of credit, with gaps (every third day none).
std::unique_ptr<Ledger> filledLedger(const QTemporaryDir& dir)
{
    QString error;
    auto ledger = Ledger::open(dir.filePath(QStringLiteral("l.sqlite")), &error);
    QList<Ledger::Credit> credits;
    qint64 seq = 0;
    for (int d = 0; d < 730; ++d) {
        if (d % 3 == 1)
            continue;
        credits.append({ ++seq, QStringLiteral("t%1").arg(d), QStringLiteral("valid"), 1000 + d,
            kNow - qint64(d) * 86400 });
    }
    ledger->applyCredits(credits, seq);
    return ledger;
}
} // namespace

class TestCharts final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dateLabelsNeverCrowdAtAnyRangeOrWidth_data()
    {
        QTest::addColumn<int>("range");
        QTest::addColumn<int>("width");
        const std::pair<h::Range, const char*> ranges[] = { { h::Range::Week, "7 days" },
            { h::Range::Month, "30 days" }, { h::Range::Year, "1 year" }, { h::Range::All, "all" } };
        for (const auto& [r, name] : ranges) {
            for (int w : { 580, 780, 1200 })
                QTest::newRow(qPrintable(QStringLiteral("%1 at %2 px").arg(QLatin1String(name)).arg(w)))
                    << static_cast<int>(r) << w;
        }
    }
    void dateLabelsNeverCrowdAtAnyRangeOrWidth()
    {
        QFETCH(int, range);
        QFETCH(int, width);
        QTemporaryDir dir;
        auto ledger = filledLedger(dir);
        sc::ui::EarningsPage page(ledger.get(), [] { return kNow; });
        page.resize(width, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.findChild<sc::ui::RangeSelector*>()->setRange(static_cast<h::Range>(range));
        page.refresh();
        QCoreApplication::processEvents();
        const sc::ui::BarLineChart* chart = page.chart();
        const auto ticks = chart->ticks();
        QVERIFY(!ticks.isEmpty());
        const QFontMetrics fm(chart->font());
        // Labels are spaced wider than the widest of them, and none is cut to an ellipsis.
        const QRectF plot = chart->panel()->chart()->plotArea();
        int widest = 0;
        for (const auto& t : ticks) {
            QVERIFY2(
                !t.label.contains(QChar(0x22EE)) && !t.label.contains(QChar(0x2026)), qPrintable(t.label));
            widest = std::max(widest, fm.horizontalAdvance(t.label));
        }
        const double perBar = plot.width() / double(std::max(1, chart->barCount()));
        for (int i = 1; i < ticks.size(); ++i) {
            const double gap = (ticks.at(i).index - ticks.at(i - 1).index) * perBar;
            QVERIFY2(gap >= widest,
                qPrintable(QStringLiteral("labels %1 and %2 are %3 px apart, %4 px wide")
                               .arg(ticks.at(i - 1).label, ticks.at(i).label)
                               .arg(gap)
                               .arg(widest)));
        }
        QVERIFY2(
            ticks.size() >= 2 || range == int(h::Range::Week), qPrintable(QString::number(ticks.size())));
    }

    void theTickRuleIsPure()
    {
        QList<QDate> days;
        for (int i = 0; i < 365; ++i)
            days.append(QDate(2025, 9, 22).addDays(i));
        // A year of days in 600 px with 60 px labels: months, never every day.
        const auto ticks = h::dateTicks(days, h::Bucket::Day, 600, 60, QLocale::c());
        QVERIFY(ticks.size() <= 10);
        QVERIFY(ticks.size() >= 3);
        for (const auto& t : ticks)
            QCOMPARE(days.at(t.index).day(), 1);
        // A week in the same room: every day.
        QCOMPARE(h::dateTicks(days.mid(0, 7), h::Bucket::Day, 600, 60, QLocale::c()).size(), 7);
        QCOMPARE(h::niceTicks(0.0034, 6), (QList<double> { 0, 0.001, 0.002, 0.003, 0.004 }));
    }

    void theRunningTotalIsAStepFlatOnDaysWithoutCredit()
    {
        QTemporaryDir dir;
        auto ledger = filledLedger(dir);
        sc::ui::EarningsPage page(ledger.get(), [] { return kNow; });
        page.resize(900, 500);
        page.show();
        page.findChild<sc::ui::RangeSelector*>()->setRange(h::Range::Month);
        page.showRunningTotal(true);
        const QList<QPointF> points = page.chart()->stepPoints();
        QVERIFY(points.size() >= 60);
        for (int i = 1; i < points.size(); ++i) {
            QVERIFY2(points.at(i).y() >= points.at(i - 1).y(), "the running total never falls");
            QVERIFY2(points.at(i).x() >= points.at(i - 1).x(), "and never goes back in time");
        }
        // Day index d of 30: no credit on days where (today - day) % 3 == 1 → flat across it.
        for (int d = 0; d < 30; ++d) {
            const int back = 29 - d;
            const QPointF start = points.at(3 * d + 0), top = points.at(3 * d + 1),
                          end = points.at(3 * d + 2);
            QCOMPARE(top.y(), end.y()); // flat across the day
            if (back % 3 == 1)
                QCOMPARE(start.y(), top.y()); // no rise on a day without credit
            else
                QVERIFY(top.y() > start.y());
        }
        // One y axis, in SCT.
        int vertical = 0;
        for (QAbstractAxis* a : page.chart()->panel()->chart()->axes())
            vertical += a->orientation() == Qt::Vertical ? 1 : 0;
        QCOMPARE(vertical, 1);
    }

    void allWithOneDayIsANormalWeek()
    {
        QTemporaryDir dir;
        QString error;
        auto ledger = Ledger::open(dir.filePath(QStringLiteral("l.sqlite")), &error);
        ledger->applyCredits({ { 1, QStringLiteral("t1"), QStringLiteral("valid"), 1200, kNow } }, 1);
        sc::ui::EarningsPage page(ledger.get(), [] { return kNow; });
        page.findChild<sc::ui::RangeSelector*>()->setRange(h::Range::All);
        page.refresh();
        QCOMPARE(page.chart()->ticks().last().index, 6); // seven days, the bar is one of them
    }

    void historyUsesOneUnitEverywhere()
    {
        QTemporaryDir dir;
        QString error;
        auto ledger = Ledger::open(dir.filePath(QStringLiteral("l.sqlite")), &error);
        const QDate today = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC).date();
        ledger->addContribution(today, 900, 2); // 15 minutes
        ledger->addContribution(today.addDays(-1), 1500, 3);
        sc::ui::HistoryPage page(ledger.get(), [] { return kNow; });
        page.refresh();
        const QString summary = page.findChild<QLabel*>()->text();
        QVERIFY2(summary.contains(QLatin1String("40 min")), qPrintable(summary));
        QChart* chart = page.chart()->panel()->chart();
        QString axis;
        for (QAbstractAxis* a : chart->axes())
            if (a->orientation() == Qt::Vertical)
                axis = a->titleText();
        QVERIFY2(axis.contains(QLatin1String("Minutes")), qPrintable(axis));
        QVERIFY2(page.chart()->hoverText(29).contains(QLatin1String("15 min")),
            qPrintable(page.chart()->hoverText(29)));
        QVERIFY(!summary.contains(QLatin1String(" h ")) && !axis.contains(QLatin1String("Hours")));
    }

    void graphicsCardBarsStandBesideProcessorBarsOnlyWithGpuData()
    {
        QTemporaryDir dir;
        QString error;
        auto ledger = Ledger::open(dir.filePath(QStringLiteral("l.sqlite")), &error);
        QVERIFY2(ledger, qPrintable(error));
        const QDate today = QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC).date();
        ledger->addContribution(today.addDays(-1), 7200, 3);
        sc::ui::HistoryPage page(ledger.get(), [] { return kNow; });
        page.refresh();
        // No GPU work and no graphics card: nothing about one.
        QVERIFY(!page.gpuShown());
        QCOMPARE(page.chart()->barSetNames(), QStringList { QStringLiteral("Processor time") });
        QVERIFY(!page.chart()->panel()->chart()->legend()->isVisible());
        QVERIFY(!page.findChild<QLabel*>()->text().contains(QLatin1String("graphics card")));
        const QStringList pair { QStringLiteral("Processor"), QStringLiteral("Graphics card") };
        // A graphics card the engine reads, no GPU work yet: its bars stand (at zero) beside.
        sc::ui::HistoryPage withCard(
            ledger.get(), [] { return kNow; }, [] { return true; });
        withCard.refresh();
        QVERIFY(withCard.gpuShown());
        QCOMPARE(withCard.chart()->barSetNames(), pair);
        // GPU work in the ledger: side by side, one unit, both values on hover, a legend.
        ledger->addContribution(today, 1800, 1, 5400);
        page.refresh();
        QVERIFY(page.gpuShown());
        QCOMPARE(page.chart()->barSetNames(), pair);
        QVERIFY(page.chart()->panel()->chart()->legend()->isVisible());
        QCOMPARE(page.chart()->hoverText(29),
            QStringLiteral("Mon 21 Sep 2026\nProcessor: 0.5 h\nGraphics card: 1.5 h"));
        const QString summary = page.findChild<QLabel*>()->text();
        QVERIFY2(summary.contains(QLatin1String("2.5 h of processor time and 1.5 h of graphics card time")),
            qPrintable(summary));
        QString axis;
        for (QAbstractAxis* a : page.chart()->panel()->chart()->axes())
            if (a->orientation() == Qt::Vertical)
                axis = a->titleText();
        QCOMPARE(axis, QStringLiteral("Hours of work"));
        // Tasks finished are one quantity: one bar set.
        page.showTasks(true);
        QCOMPARE(page.chart()->barSetNames(), QStringList { QStringLiteral("Tasks finished") });
    }

    void theLiveChartShowsTheGraphicsCardTemperatureOnlyWhereThereIsAReading()
    {
        sc::ui::LiveChart live;
        live.resize(600, 300);
        live.show();
        const qint64 t0 = qint64(kNow) * 1000;
        const QList<QPointF> duty { { double(t0), 100 }, { double(t0 + 2000), 100 } };
        const QList<QPointF> cpuTemp { { double(t0), 61 }, { double(t0 + 2000), 62 } };
        const auto legendShows
            = [&live](QLineSeries* series) { return live.legendEntries().contains(series->name()); };
        live.setData(cpuTemp, duty, duty, t0 - 600'000, t0 + 2000);
        QVERIFY(!live.gpuTemperatureSeries()->isVisible());
        QVERIFY(!legendShows(live.gpuTemperatureSeries()));
        const QList<QPointF> gpuTemp { { double(t0), 74 }, { double(t0 + 2000), 112 } };
        live.setData(cpuTemp, duty, duty, t0 - 600'000, t0 + 2000, gpuTemp);
        QVERIFY(live.gpuTemperatureSeries()->isVisible());
        QVERIFY(legendShows(live.gpuTemperatureSeries()));
        QCOMPARE(live.legendEntries().size(), 4); // both temperatures, the share of time, processor use
        QCOMPARE(live.gpuTemperatureSeries()->count(), 2);
        QCOMPARE(live.gpuTemperatureSeries()->pen().style(), Qt::DashDotLine); // not colour alone
        QVERIFY(live.noteText().isEmpty());
        // The °C axis reaches the hottest reading of either.
        for (QAbstractAxis* a : live.panel()->chart()->axes(Qt::Vertical)) {
            if (a->alignment() == Qt::AlignLeft) {
                QVERIFY(a->isVisible());
                QVERIFY(qobject_cast<QValueAxis*>(a)->max() >= 112);
            }
        }
        // Only the graphics card reports one: its line, and a note that says so.
        live.setData({}, duty, duty, t0 - 600'000, t0 + 2000, gpuTemp);
        QVERIFY(live.gpuTemperatureSeries()->isVisible());
        QVERIFY2(live.noteText().contains(QLatin1String("graphics card")), qPrintable(live.noteText()));
    }

    void theLiveChartShowsItsEdgesAndIsRefilledAfterARestart()
    {
        sc::ui::LiveChart live;
        const auto [lo, hi] = live.percentRange();
        QVERIFY(lo < 0 && hi > 100); // 0 % and 100 % lines never lie on the frame

        QTemporaryDir dir;
        QString error;
        auto ledger = Ledger::open(dir.filePath(QStringLiteral("l.sqlite")), &error);
        QVERIFY2(ledger, qPrintable(error));
        const qint64 minute = (kNow / 60) * 60;
        QList<Ledger::Sample> samples;
        for (int m = 8; m >= 1; --m)
            samples.append({ minute - m * 60, 60.0, 0, 55.0, 0.5 });
        samples.last().maxGpuTempC = 68.5; // a GPU task ran in the newest minute
        QVERIFY(ledger->addSamples(samples));
        UnreachableHttp http;
        sc::core::Engine::Config config;
        config.dataDir = dir.filePath(QStringLiteral("data"));
        config.hubUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        sc::core::Engine engine(config, http, [] { return kNow; });
        QVERIFY2(engine.start(&error), qPrintable(error));
        // A new Overview (the app just started) shows the minutes the ledger holds.
        sc::ui::OverviewPage overview(engine, ledger.get(), [] { return kNow; });
        const auto history = overview.liveHistory();
        QVERIFY2(
            history.duty.points().size() >= 8, qPrintable(QString::number(history.duty.points().size())));
        QCOMPARE(history.duty.points().first().y(), 50.0);
        QCOMPARE(history.temperature.points().first().y(), 55.0);
        QCOMPARE(history.gpuTemperature.points().size(), 1);
        QCOMPARE(history.gpuTemperature.points().first().y(), 68.5);
        // No GPU work in the ledger and no graphics card read: the Overview shows only the processor.
        QVERIFY(!overview.processorTimeText().isEmpty());
        QVERIFY(overview.graphicsCardTimeText().isEmpty());
        QVERIFY(ledger->addContribution(QDateTime::fromSecsSinceEpoch(kNow, Qt::UTC).date(), 600, 1, 5400));
        overview.refreshEarnings();
        QCOMPARE(overview.graphicsCardTimeText(), QStringLiteral("1.5 h"));
        QCOMPARE(overview.processorTimeText(), QStringLiteral("10 min"));
        // Nothing runs now (the hub is out of reach): the newest point says 0 %, not the last share.
        QCOMPARE(history.duty.points().last().y(), 0.0);
        bool done = false;
        engine.stop([&done] { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
