// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/history.h"

#include <QTest>
#include <cmath>
#include <limits>

using sc::core::Ledger;
namespace h = sc::core::history;

namespace {
Ledger::Day day(const QDate& d, qint64 credit, double cpu = 0, int tasks = 0)
{
    Ledger::Day r;
    r.day = d;
    r.credit = credit;
    r.cpuSeconds = cpu;
    r.tasksCompleted = tasks;
    return r;
}
} // namespace

class TestHistory final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rangesEndTodayAndAllStartsAtFirstDay()
    {
        const QDate today(2026, 11, 24);
        QCOMPARE(h::rangeStart(h::Range::Week, today, {}), QDate(2026, 11, 18));
        QCOMPARE(h::rangeStart(h::Range::Month, today, {}), QDate(2026, 10, 26));
        QCOMPARE(h::rangeStart(h::Range::Year, today, {}), QDate(2025, 11, 25));
        QCOMPARE(h::rangeStart(h::Range::All, today, QDate(2024, 1, 2)), QDate(2024, 1, 2));
        QCOMPARE(h::rangeStart(h::Range::All, today, QDate()), today.addDays(-6)); // empty ledger: a week
        QCOMPARE(h::rangeStart(h::Range::All, today, today), today.addDays(-6)); // one day: still a week
    }

    void denseDaysFillsGapsWithZero()
    {
        const QDate from(2026, 1, 1);
        const auto rows = h::denseDays({ day(from.addDays(2), 5, 60, 1) }, from, from.addDays(3));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).day, from);
        QCOMPARE(rows.at(0).credit, 0);
        QCOMPARE(rows.at(2).credit, 5);
        QCOMPARE(rows.at(2).tasksCompleted, 1);
        QVERIFY(h::denseDays({}, from.addDays(1), from).isEmpty());
    }

    void rollUpSumsWeeksFromMondayAndMonthsFromFirst()
    {
        // 2026-11-22 is a Sunday, 23 a Monday.
        const auto weeks = h::rollUp({ day({ 2026, 11, 22 }, 1, 10, 1), day({ 2026, 11, 23 }, 2, 20, 1),
                                         day({ 2026, 11, 29 }, 4, 40, 2) },
            h::Bucket::Week);
        QCOMPARE(weeks.size(), 2);
        QCOMPARE(weeks.at(0).day, QDate(2026, 11, 16));
        QCOMPARE(weeks.at(0).credit, 1);
        QCOMPARE(weeks.at(1).day, QDate(2026, 11, 23));
        QCOMPARE(weeks.at(1).credit, 6);
        QCOMPARE(weeks.at(1).tasksCompleted, 3);
        QCOMPARE(weeks.at(1).cpuSeconds, 60.0);
        const auto months
            = h::rollUp({ day({ 2026, 10, 31 }, 1), day({ 2026, 11, 1 }, 2), day({ 2026, 11, 30 }, 3) },
                h::Bucket::Month);
        QCOMPARE(months.size(), 2);
        QCOMPARE(months.at(1).day, QDate(2026, 11, 1));
        QCOMPARE(months.at(1).credit, 5);
    }

    void bucketKeepsLongRangesReadable()
    {
        const QDate t(2026, 11, 24);
        QCOMPARE(h::bucketFor(t.addDays(-29), t), h::Bucket::Day);
        QCOMPARE(h::bucketFor(t.addDays(-364), t), h::Bucket::Week);
        QCOMPARE(h::bucketFor(t.addDays(-800), t), h::Bucket::Month);
    }

    void cumulativeCreditSaturatesInsteadOfOverflowing()
    {
        const QDate d(2026, 1, 1);
        QCOMPARE(
            h::cumulativeCredit({ day(d, 1), day(d, 2), day(d, 3) }, 10), (QList<qint64> { 11, 13, 16 }));
        const qint64 max = std::numeric_limits<qint64>::max();
        QCOMPARE(h::cumulativeCredit({ day(d, max - 1), day(d, 5) }).last(), max);
        QCOMPARE(h::sum({ day(d, max), day(d, max) }).credit, max);
    }

    void lttbKeepsEndsCountAndPeaks()
    {
        QList<QPointF> data;
        for (int i = 0; i < 1000; ++i)
            data.append(QPointF(i, std::sin(i / 50.0)));
        data[500].setY(10); // a spike must survive downsampling
        const auto out = h::lttb(data, 100);
        QCOMPARE(out.size(), 100);
        QCOMPARE(out.first(), data.first());
        QCOMPARE(out.last(), data.last());
        QVERIFY(out.contains(QPointF(500, 10)));
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i).x() > out.at(i - 1).x());
    }

    void lttbLeavesSmallInputAlone()
    {
        const QList<QPointF> data { { 0, 1 }, { 1, 2 }, { 2, 3 } };
        QCOMPARE(h::lttb(data, 10), data);
        QCOMPARE(h::lttb(data, 2), data); // threshold too small to mean anything
        QVERIFY(h::lttb({}, 5).isEmpty());
    }

    void timeWindowDropsOldSamples()
    {
        h::TimeWindow w(1000);
        w.add(0, 1);
        w.add(500, 2);
        w.add(1400, 3);
        QCOMPARE(w.points().size(), 2);
        QCOMPARE(w.points().first(), QPointF(500, 2));
        w.add(5000, 4);
        QCOMPARE(w.points().size(), 1);
    }

    void tokensAreFormattedFromIntegers()
    {
        // One format: four decimals, cut (never rounded up), dust never reads as nothing.
        QCOMPARE(h::formatTokens(1'234'567), QStringLiteral("1.2345 SCT"));
        QCOMPARE(h::formatTokens(1'500'000), QStringLiteral("1.5000 SCT"));
        QCOMPARE(h::formatTokens(0), QStringLiteral("0.0000 SCT"));
        QCOMPARE(h::formatTokens(2'275), QStringLiteral("0.0022 SCT"));
        QCOMPARE(h::formatTokens(100), QStringLiteral("0.0001 SCT"));
        QCOMPARE(h::formatTokens(20), QStringLiteral("< 0.0001 SCT"));
        QCOMPARE(h::formatTokens(-1), QStringLiteral("< -0.0001 SCT"));
        QCOMPARE(h::formatTokens(-1'500'000), QStringLiteral("-1.5000 SCT"));
        QCOMPARE(h::formatTokens(1'000'000'000'000'001),
            QStringLiteral("1000000000.0000 SCT")); // beyond double's exact range
        QCOMPARE(
            h::formatTokens(std::numeric_limits<qint64>::min()), QStringLiteral("-9223372036854.7758 SCT"));
        QCOMPARE(h::formatTokens(1'234'500'000, QLocale(QLocale::German)), QStringLiteral("1.234,5000 SCT"));
        QCOMPARE(h::formatTokens(1'234'500'000, QLocale(QLocale::English, QLocale::UnitedStates)),
            QStringLiteral("1,234.5000 SCT"));
        QCOMPARE(h::formatTokensExact(7), QStringLiteral("0.000007 SCT"));
        QCOMPARE(h::formatTokensExact(1'250, QLocale(QLocale::German)), QStringLiteral("0,001250 SCT"));
        QCOMPARE(h::formatBaseUnits(QStringLiteral("1234.567891234567890123"), QLocale::c()),
            QStringLiteral("1234.5678"));
        QCOMPARE(h::formatBaseUnits(QStringLiteral("5"), QLocale(QLocale::German)), QStringLiteral("5,0000"));
        QCOMPARE(h::formatBaseUnits(QStringLiteral("0.000000000000000001"), QLocale::c()),
            QStringLiteral("< 0.0001"));
        QCOMPARE(h::formatTokenAmount(-1'500'000), QStringLiteral("-1.500000"));
        QCOMPARE(h::formatCpuHours(90), QStringLiteral("2 min"));
        QCOMPARE(h::formatCpuHours(21.4), QStringLiteral("21 s"));
        QCOMPARE(h::formatCpuHours(0), QStringLiteral("0 min"));
        QCOMPARE(h::formatCpuHours(5400), QStringLiteral("1.5 h"));
        QCOMPARE(h::formatCpuHours(36000 * 2), QStringLiteral("20 h"));
    }

    void csvHasHeaderExactAmountsAndRunningTotal()
    {
        const QByteArray csv = h::earningsCsv(
            { day({ 2026, 11, 23 }, 1'500'000, 3600, 2), day({ 2026, 11, 24 }, 1, 0, 0) }, 10);
        QCOMPARE(csv,
            QByteArray("date,cpu_hours,tasks,credit_micro,credit_sct,cumulative_sct,gpu_hours\n"
                       "2026-11-23,1.000,2,1500000,1.500000,1.500010,0.000\n"
                       "2026-11-24,0.000,0,1,0.000001,1.500011,0.000\n"));
    }

    void gpuTimeIsSummedRolledUpExportedAndReadLikeProcessorTime()
    {
        Ledger::Day a = day({ 2026, 11, 23 }, 0, 3600);
        a.gpuSeconds = 5400;
        Ledger::Day b = day({ 2026, 11, 24 }, 0, 60);
        b.gpuSeconds = 90;
        const auto week = h::rollUp({ a, b }, h::Bucket::Week);
        QCOMPARE(week.size(), 1);
        QCOMPARE(week.first().gpuSeconds, 5490.0);
        QCOMPARE(week.first().cpuSeconds, 3660.0);
        const h::Totals t = h::sum({ a, b });
        QCOMPARE(t.gpuSeconds, 5490.0);
        QCOMPARE(h::denseDays({ b }, b.day.addDays(-1), b.day).last().gpuSeconds, 90.0);
        QVERIFY(h::earningsCsv({ a }).endsWith(",1.500\n"));
        QCOMPARE(h::formatGpuHours(5400), QStringLiteral("1.5 h"));
        QCOMPARE(h::formatGpuHours(90), QStringLiteral("2 min"));
        QCOMPARE(h::formatGpuHours(0), QStringLiteral("0 min"));
        QCOMPARE(h::formatGpuHours(5400, QLocale(QLocale::German)), QStringLiteral("1,5 h"));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
