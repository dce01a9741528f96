// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-history: one year of per-minute contribution (525,600 minutes), a credit per task
// (about 100 a day) and daily totals, written into a real ledger file through the same API
// the engine uses; then the time to open the ledger, to run each page's queries, and to
// build and show the Earnings and History pages (offscreen) for the month and the year.
#include "ledger/history.h"
#include "ledger/ledger.h"
#include "ui/dashboard/earningspage.h"
#include "ui/dashboard/historypage.h"
#include "ui/dashboard/rangeselector.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>

using namespace sc::core;

namespace {
double ms(const QElapsedTimer& t) { return static_cast<double>(t.nsecsElapsed()) / 1e6; }
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    const qint64 now = QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 start = now - 365LL * 86400;
    QElapsedTimer t;
    t.start();
    {
        QString err;
        auto ledger = Ledger::open(path, &err);
        if (!ledger) {
            std::fprintf(stderr, "%s\n", qPrintable(err));
            return 1;
        }
        qint64 seq = 0;
        for (qint64 day = 0; day < 365; ++day) {
            QList<Ledger::Sample> minutes;
            QList<Ledger::Credit> credits;
            double cpu = 0;
            for (int m = 0; m < 1440; ++m) {
                Ledger::Sample s;
                s.time = start + day * 86400 + m * 60;
                const bool night = m < 7 * 60 || m >= 22 * 60; // the PC is idle at night
                s.cpuSeconds = night ? 110 + (m % 7) : (m % 3 == 0 ? 20 : 0);
                s.maxTempC = 55 + 20 * std::sin(m / 90.0);
                s.duty = night ? 1.0 : 0.3;
                cpu += s.cpuSeconds;
                minutes.append(s);
            }
            for (int k = 0; k < 100; ++k) {
                Ledger::Credit c;
                c.seq = ++seq;
                c.taskId = QStringLiteral("t%1").arg(seq);
                c.status = k % 50 == 0 ? QStringLiteral("invalid") : QStringLiteral("valid");
                c.amount = c.status == QLatin1String("valid") ? 250 : 0;
                c.time = start + day * 86400 + k * 800;
                credits.append(c);
            }
            if (!ledger->addSamples(minutes) || !ledger->applyCredits(credits, seq)
                || !ledger->addContribution(
                    QDateTime::fromSecsSinceEpoch(start + day * 86400, Qt::UTC).date(), cpu, 100)) {
                std::fprintf(stderr, "writing day %lld failed\n", day);
                return 1;
            }
        }
    }
    const double generateMs = ms(t);
    const qint64 fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();

    t.restart();
    QString err;
    auto ledger = Ledger::open(path, &err);
    const double openMs = ms(t);

    const QDate today = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).date();
    t.restart();
    const auto yearDays
        = history::denseDays(ledger->days(today.addDays(-365), today), today.addDays(-365), today);
    const auto weeks = history::rollUp(yearDays, history::Bucket::Week);
    const auto cumulative = history::cumulativeCredit(yearDays);
    const double yearDaysMs = ms(t);

    t.restart();
    const auto live = ledger->samples(now - 600, now);
    const double liveMs = ms(t);

    t.restart();
    const auto hours = ledger->samples(start, now);
    QList<QPointF> pts;
    pts.reserve(hours.size());
    for (const auto& h : hours)
        pts.append(QPointF(static_cast<double>(h.time), h.cpuSeconds));
    const auto reduced = history::lttb(pts, 1000);
    const double yearSamplesMs = ms(t);

    auto clock = [now] { return now; };
    t.restart();
    sc::ui::EarningsPage earnings(ledger.get(), clock);
    earnings.resize(1000, 700);
    earnings.show();
    earnings.refresh();
    QCoreApplication::processEvents();
    const double earningsMonthMs = ms(t);
    t.restart();
    if (auto* range = earnings.findChild<sc::ui::RangeSelector*>())
        range->setRange(history::Range::Year);
    earnings.refresh();
    QCoreApplication::processEvents();
    const double earningsYearMs = ms(t);

    t.restart();
    sc::ui::HistoryPage historyPage(ledger.get(), clock);
    historyPage.resize(1000, 700);
    historyPage.show();
    historyPage.refresh();
    QCoreApplication::processEvents();
    const double historyMonthMs = ms(t);
    t.restart();
    if (auto* range = historyPage.findChild<sc::ui::RangeSelector*>())
        range->setRange(history::Range::Year);
    historyPage.refresh();
    QCoreApplication::processEvents();
    const double historyYearMs = ms(t);

    std::printf("minutes_written=%d\ncredits_written=%d\n", 365 * 1440, 365 * 100);
    std::printf("ledger_rows_after_retention=%lld\nledger_mb=%.1f\n", ledger->sampleCount(),
        static_cast<double>(fileBytes) / 1e6);
    std::printf("generate_s=%.1f\n", generateMs / 1000);
    std::printf("days=%lld weeks=%lld cumulative=%lld live_points=%lld hour_points=%lld lttb_points=%lld\n",
        static_cast<long long>(yearDays.size()), static_cast<long long>(weeks.size()),
        static_cast<long long>(cumulative.size()), static_cast<long long>(live.size()),
        static_cast<long long>(hours.size()), static_cast<long long>(reduced.size()));
    std::printf("open_ms=%.1f\n", openMs);
    std::printf("year_days_query_ms=%.1f\n", yearDaysMs);
    std::printf("live_10min_query_ms=%.1f\n", liveMs);
    std::printf("year_hours_lttb_ms=%.1f\n", yearSamplesMs);
    std::printf("earnings_page_month_ms=%.1f\nearnings_page_year_ms=%.1f\n", earningsMonthMs, earningsYearMs);
    std::printf("history_page_month_ms=%.1f\nhistory_page_year_ms=%.1f\n", historyMonthMs, historyYearMs);
    return 0;
}
