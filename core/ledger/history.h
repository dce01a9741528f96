// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QPointF>
#include <QString>

namespace sc::core {

// Read models for the charts: ranges, gap filling, roll-ups, running totals, downsampling and
// money text. Pure functions over Ledger::Day rows; no I/O, no clock (callers pass "today").
namespace history {

    enum class Range { Week, Month, Year, All };
    enum class Bucket { Day, Week, Month };

    inline constexpr qint64 kMicroPerToken = 1'000'000;

    // First day (inclusive) of a range ending today. All starts at firstDay (or today if the
    // ledger is empty, i.e. firstDay is invalid).
    QDate rangeStart(Range range, const QDate& today, const QDate& firstDay);

    // One row per day from..to (inclusive); days without a row are zero.
    QList<Ledger::Day> denseDays(const QList<Ledger::Day>& sparse, const QDate& from, const QDate& to);

    // The bucket that keeps a range readable: days up to 62 days, weeks up to ~1 year, months
    // beyond.
    Bucket bucketFor(const QDate& from, const QDate& to);
    // Sums rows into buckets (weeks start on Monday, months on the 1st); each row's day is
    // the bucket's first day.
    QList<Ledger::Day> rollUp(const QList<Ledger::Day>& days, Bucket bucket);

    // Running total of credit, starting at `before` (earned before the first row). Saturates
    // at the qint64 range instead of overflowing.
    QList<qint64> cumulativeCredit(const QList<Ledger::Day>& days, qint64 before = 0);

    struct Totals {
        qint64 credit = 0;
        double cpuSeconds = 0;
        double gpuSeconds = 0;
        int tasks = 0;
        int valid = 0;
        int invalid = 0;
    };
    Totals sum(const QList<Ledger::Day>& days);

    // Largest-Triangle-Three-Buckets: at most `threshold` points keeping the visual shape;
    // first and last points always kept. Input must be sorted by x. threshold < 3 or
    // data.size() <= threshold returns data unchanged.
    QList<QPointF> lttb(const QList<QPointF>& data, int threshold);

    // Keeps samples newer than windowMs before the latest one (for a live chart).
    class TimeWindow final {
    public:
        explicit TimeWindow(qint64 windowMs)
            : m_windowMs(windowMs)
        {
        }
        void add(qint64 timeMs, double value);
        const QList<QPointF>& points() const { return m_points; }
        bool isEmpty() const { return m_points.isEmpty(); }
        qint64 windowMs() const { return m_windowMs; }

    private:
        qint64 m_windowMs;
        QList<QPointF> m_points;
    };

    // The one money format a user reads (summaries, charts, Activity, tray): micro-tokens with
    // the currency symbol, always kTokenDecimalsShown decimals, grouped the locale's way, cut
    // (never rounded up: an amount shown is never more than there is). An amount above zero
    // that would show as 0.0000 is "< 0.0001 SCT", so earned credit never reads as nothing.
    // 1234567 → "1.2345 SCT", 1500000 → "1.5000 SCT", 20 → "< 0.0001 SCT".
    inline constexpr int kTokenDecimalsShown = 4;
    QString formatTokens(qint64 micro, const QLocale& locale = QLocale::c());
    // Every digit (6 decimals), for where the exact amount matters (a hover's details, a
    // payout row's tooltip): 1250 → "0.001250 SCT".
    QString formatTokensExact(qint64 micro, const QLocale& locale = QLocale::c());
    // An on-chain amount (base units with `decimals`) in the same format: kTokenDecimalsShown
    // decimals, cut, grouped, "< 0.0001" for a dust amount; no symbol.
    QString formatBaseUnits(const QString& exactDecimal, const QLocale& locale);

    // Exact decimal without symbol or grouping, always 6 decimals: 1234567 → "1.234567".
    QString formatTokenAmount(qint64 micro);

    // CSV of daily rows: date,cpu_hours,tasks,credit_micro,credit_sct,cumulative_sct,gpu_hours
    // (UTF-8, header line, '\n' line ends; gpu_hours last, so older readers keep their columns). `before` =
    // credit earned before the first row.
    QByteArray earningsCsv(const QList<Ledger::Day>& days, qint64 before = 0);

    // Labels along a date axis that never crowd: which bars (by index) get a label and what it
    // says, choosing by the bucket and the room (plot width / width of one label with its gap):
    // every day, every second day, Mondays, every other Monday, months, quarters (weeks and
    // months alike). Labels carry the year when the range spans two.
    struct AxisTick {
        int index = 0;
        QString label;
    };
    QList<AxisTick> dateTicks(const QList<QDate>& starts, Bucket bucket, int plotWidthPx, int labelWidthPx,
        const QLocale& locale = QLocale());
    // Round values for a y axis from 0 to at least maxValue, at most maxCount of them
    // (0, 0.25, 0.5 … or 0, 2, 4 …).
    QList<double> niceTicks(double maxValue, int maxCount);

    // The steps a person reads time worked in: seconds below a minute of real work ("21 s", not
    // "0 min"), whole minutes below an hour, then hours with one decimal below ten ("1.5 h", "12 h").
    // The UI puts its translated unit words to these numbers.
    struct TimeWorked {
        enum class Unit { Seconds, Minutes, Hours };
        Unit unit = Unit::Minutes;
        double value = 0;
        int decimals = 0;
    };
    TimeWorked timeWorked(double seconds);
    // CPU time for people: "45 min" below an hour, then "1.5 h", "12 h" (unit words in English).
    QString formatCpuHours(double cpuSeconds, const QLocale& locale = QLocale::c());
    // GPU time (wall time a GPU task ran) in the same steps, so the two read side by side.
    QString formatGpuHours(double gpuSeconds, const QLocale& locale = QLocale::c());

} // namespace history
} // namespace sc::core
