// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/history.h"

#include <QMap>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace sc::core::history {

namespace {
    QDate bucketStart(const QDate& d, Bucket bucket)
    {
        switch (bucket) {
        case Bucket::Day:
            return d;
        case Bucket::Week:
            return d.addDays(1 - d.dayOfWeek());
        case Bucket::Month:
            return QDate(d.year(), d.month(), 1);
        }
        return d;
    }

    qint64 saturatingAdd(qint64 a, qint64 b)
    {
        qint64 r = 0;
        if (__builtin_add_overflow(a, b, &r))
            return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
        return r;
    }
} // namespace

QDate rangeStart(Range range, const QDate& today, const QDate& firstDay)
{
    switch (range) {
    case Range::Week:
        return today.addDays(-6);
    case Range::Month:
        return today.addDays(-29);
    case Range::Year:
        return today.addDays(-364);
    case Range::All:
        // At least a week, so a new ledger's one day is one normal bar among empty days.
        return firstDay.isValid() && firstDay < today.addDays(-6) ? firstDay : today.addDays(-6);
    }
    return today;
}

QList<Ledger::Day> denseDays(const QList<Ledger::Day>& sparse, const QDate& from, const QDate& to)
{
    QList<Ledger::Day> out;
    if (!from.isValid() || !to.isValid() || from > to)
        return out;
    QMap<QDate, Ledger::Day> byDay;
    for (const Ledger::Day& d : sparse)
        byDay.insert(d.day, d);
    out.reserve(from.daysTo(to) + 1);
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        Ledger::Day row = byDay.value(d);
        row.day = d;
        out.append(row);
    }
    return out;
}

Bucket bucketFor(const QDate& from, const QDate& to)
{
    const qint64 n = from.daysTo(to) + 1;
    if (n <= 62)
        return Bucket::Day;
    if (n <= 371)
        return Bucket::Week;
    return Bucket::Month;
}

QList<Ledger::Day> rollUp(const QList<Ledger::Day>& days, Bucket bucket)
{
    QList<Ledger::Day> out;
    for (const Ledger::Day& d : days) {
        const QDate key = bucketStart(d.day, bucket);
        if (out.isEmpty() || out.last().day != key) {
            Ledger::Day b;
            b.day = key;
            out.append(b);
        }
        Ledger::Day& b = out.last();
        b.cpuSeconds += d.cpuSeconds;
        b.gpuSeconds += d.gpuSeconds;
        b.tasksCompleted += d.tasksCompleted;
        b.tasksValid += d.tasksValid;
        b.tasksInvalid += d.tasksInvalid;
        b.credit = saturatingAdd(b.credit, d.credit);
    }
    return out;
}

QList<qint64> cumulativeCredit(const QList<Ledger::Day>& days, qint64 before)
{
    QList<qint64> out;
    out.reserve(days.size());
    qint64 total = before;
    for (const Ledger::Day& d : days) {
        total = saturatingAdd(total, d.credit);
        out.append(total);
    }
    return out;
}

Totals sum(const QList<Ledger::Day>& days)
{
    Totals t;
    for (const Ledger::Day& d : days) {
        t.credit = saturatingAdd(t.credit, d.credit);
        t.cpuSeconds += d.cpuSeconds;
        t.gpuSeconds += d.gpuSeconds;
        t.tasks += d.tasksCompleted;
        t.valid += d.tasksValid;
        t.invalid += d.tasksInvalid;
    }
    return t;
}

QList<QPointF> lttb(const QList<QPointF>& data, int threshold)
{
    const qsizetype n = data.size();
    if (threshold < 3 || n <= threshold)
        return data;
    QList<QPointF> out;
    out.reserve(threshold);
    out.append(data.first());
    // Buckets between the fixed first and last points.
    const double every = static_cast<double>(n - 2) / (threshold - 2);
    qsizetype a = 0;
    for (int i = 0; i < threshold - 2; ++i) {
        // Average of the next bucket (the third point of the triangle).
        auto nextStart = static_cast<qsizetype>(std::floor((i + 1) * every)) + 1;
        auto nextEnd = std::min(static_cast<qsizetype>(std::floor((i + 2) * every)) + 1, n);
        if (nextStart >= nextEnd)
            nextStart = nextEnd - 1;
        double avgX = 0, avgY = 0;
        for (qsizetype j = nextStart; j < nextEnd; ++j) {
            avgX += data[j].x();
            avgY += data[j].y();
        }
        const auto count = static_cast<double>(nextEnd - nextStart);
        avgX /= count;
        avgY /= count;
        // Pick the point of this bucket that makes the largest triangle with a and the average.
        const auto start = static_cast<qsizetype>(std::floor(i * every)) + 1;
        const auto end = static_cast<qsizetype>(std::floor((i + 1) * every)) + 1;
        const QPointF& pa = data[a];
        double best = -1;
        qsizetype bestIndex = start;
        for (qsizetype j = start; j < end && j < n - 1; ++j) {
            const double area = std::abs(
                (pa.x() - avgX) * (data[j].y() - pa.y()) - (pa.x() - data[j].x()) * (avgY - pa.y()));
            if (area > best) {
                best = area;
                bestIndex = j;
            }
        }
        out.append(data[bestIndex]);
        a = bestIndex;
    }
    out.append(data.last());
    return out;
}

void TimeWindow::add(qint64 timeMs, double value)
{
    m_points.append(QPointF(static_cast<double>(timeMs), value));
    const double oldest = static_cast<double>(timeMs - m_windowMs);
    qsizetype drop = 0;
    while (drop < m_points.size() && m_points[drop].x() < oldest)
        ++drop;
    if (drop > 0)
        m_points.remove(0, drop);
}

namespace {
    // "1234", "5678" (fraction digits, any number), negative → the locale's number with
    // `shown` decimals cut; tiny → "< 0.0001".
    QString formatDecimal(bool negative, QString whole, QString fraction, int shown, const QLocale& locale)
    {
        while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
            whole.remove(0, 1);
        const bool nonZero = whole != QLatin1String("0")
            || std::any_of(fraction.cbegin(), fraction.cend(), [](QChar c) { return c != QLatin1Char('0'); });
        QString cut = fraction.left(shown);
        while (cut.size() < shown)
            cut.append(QLatin1Char('0'));
        if (!(locale.numberOptions() & QLocale::OmitGroupSeparator)) {
            const QString group = locale.groupSeparator();
            for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
                whole.insert(i, group);
        }
        QString text = whole;
        if (shown > 0)
            text += locale.decimalPoint() + cut;
        const bool showsZero = whole == QLatin1String("0")
            && std::all_of(cut.cbegin(), cut.cend(), [](QChar c) { return c == QLatin1Char('0'); });
        if (nonZero && showsZero && shown > 0) {
            // Dust: "< 0.0001" rather than a "0.0000" that reads as nothing.
            QString least = QStringLiteral("0") + locale.decimalPoint() + QString(shown - 1, QLatin1Char('0'))
                + QLatin1Char('1');
            return QStringLiteral("< ") + (negative ? locale.negativeSign() : QString()) + least;
        }
        if (negative && nonZero)
            text.prepend(locale.negativeSign());
        return text;
    }

    QString microText(qint64 micro, int shown, const QLocale& locale)
    {
        const bool negative = micro < 0;
        // Work on the magnitude as unsigned so that INT64_MIN is representable.
        const quint64 magnitude = negative ? 0 - static_cast<quint64>(micro) : static_cast<quint64>(micro);
        const quint64 whole = magnitude / static_cast<quint64>(kMicroPerToken);
        const quint64 frac = magnitude % static_cast<quint64>(kMicroPerToken);
        return formatDecimal(negative, QString::number(whole),
                   QStringLiteral("%1").arg(frac, 6, 10, QLatin1Char('0')), shown, locale)
            + QStringLiteral(" SCT");
    }
} // namespace

QString formatTokens(qint64 micro, const QLocale& locale)
{
    return microText(micro, kTokenDecimalsShown, locale);
}

QString formatTokensExact(qint64 micro, const QLocale& locale) { return microText(micro, 6, locale); }

QString formatBaseUnits(const QString& exactDecimal, const QLocale& locale)
{
    const bool negative = exactDecimal.startsWith(QLatin1Char('-'));
    const QString digits = negative ? exactDecimal.mid(1) : exactDecimal;
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    return formatDecimal(negative, dot < 0 ? digits : digits.left(dot),
        dot < 0 ? QString() : digits.mid(dot + 1), kTokenDecimalsShown, locale);
}

QString formatTokenAmount(qint64 micro)
{
    const bool negative = micro < 0;
    const quint64 magnitude = negative ? 0 - static_cast<quint64>(micro) : static_cast<quint64>(micro);
    return (negative ? QStringLiteral("-") : QString())
        + QString::number(magnitude / static_cast<quint64>(kMicroPerToken)) + QLatin1Char('.')
        + QStringLiteral("%1").arg(magnitude % static_cast<quint64>(kMicroPerToken), 6, 10, QLatin1Char('0'));
}

QByteArray earningsCsv(const QList<Ledger::Day>& days, qint64 before)
{
    QByteArray out = "date,cpu_hours,tasks,credit_micro,credit_sct,cumulative_sct,gpu_hours\n";
    const QList<qint64> cumulative = cumulativeCredit(days, before);
    for (qsizetype i = 0; i < days.size(); ++i) {
        const Ledger::Day& d = days.at(i);
        out += d.day.toString(Qt::ISODate).toUtf8() + ',' + QByteArray::number(d.cpuSeconds / 3600.0, 'f', 3)
            + ',' + QByteArray::number(d.tasksCompleted) + ',' + QByteArray::number(d.credit) + ','
            + formatTokenAmount(d.credit).toUtf8() + ',' + formatTokenAmount(cumulative.at(i)).toUtf8() + ','
            + QByteArray::number(d.gpuSeconds / 3600.0, 'f', 3) + '\n';
    }
    return out;
}

QList<AxisTick> dateTicks(
    const QList<QDate>& starts, Bucket bucket, int plotWidthPx, int labelWidthPx, const QLocale& locale)
{
    QList<AxisTick> ticks;
    if (starts.isEmpty())
        return ticks;
    const int room = std::max(1, plotWidthPx / std::max(1, labelWidthPx));
    const bool years = starts.first().year() != starts.last().year();
    auto label = [&](const QDate& d, bool monthOnly) {
        if (monthOnly || bucket == Bucket::Month)
            return locale.toString(
                d, years || bucket == Bucket::Month ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM"));
        return locale.toString(d, years ? QStringLiteral("d MMM yy") : QStringLiteral("d MMM"));
    };
    // Candidate rules from the finest to the coarsest; the first whose labels fit is taken.
    struct Rule {
        std::function<bool(int index, const QDate&)> marks;
        bool monthOnly;
    };
    QList<Rule> rules;
    auto every = [](int n) { return [n](int i, const QDate&) { return i % n == 0; }; };
    switch (bucket) {
    case Bucket::Day:
        rules = { { every(1), false }, { every(2), false },
            { [](int, const QDate& d) { return d.dayOfWeek() == 1; }, false },
            { [](int, const QDate& d) { return d.dayOfWeek() == 1 && (d.weekNumber() % 2 == 0); }, false },
            { [](int, const QDate& d) { return d.day() == 1; }, true },
            { [](int, const QDate& d) { return d.day() == 1 && (d.month() - 1) % 3 == 0; }, true } };
        break;
    case Bucket::Week:
        // Each row is a Monday: label every week, every second, then each month's first week.
        rules = { { every(1), false }, { every(2), false }, { every(4), false },
            { [](int, const QDate& d) { return d.day() <= 7; }, true },
            { [](int, const QDate& d) { return d.day() <= 7 && (d.month() - 1) % 3 == 0; }, true } };
        break;
    case Bucket::Month:
        rules = { { every(1), true }, { [](int, const QDate& d) { return (d.month() - 1) % 2 == 0; }, true },
            { [](int, const QDate& d) { return (d.month() - 1) % 3 == 0; }, true },
            { [](int, const QDate& d) { return (d.month() - 1) % 6 == 0; }, true },
            { [](int, const QDate& d) { return d.month() == 1; }, true } };
        break;
    }
    for (const Rule& rule : rules) {
        ticks.clear();
        for (int i = 0; i < starts.size(); ++i) {
            if (rule.marks(i, starts.at(i)))
                ticks.append({ i, label(starts.at(i), rule.monthOnly) });
        }
        if (ticks.size() <= room && !ticks.isEmpty())
            return ticks;
    }
    // Even the coarsest rule has too many: keep every k-th of its marks.
    const int k = static_cast<int>(std::ceil(double(ticks.size()) / room));
    QList<AxisTick> thinned;
    for (int i = 0; i < ticks.size(); i += std::max(1, k))
        thinned.append(ticks.at(i));
    if (thinned.isEmpty())
        thinned.append({ 0, label(starts.first(), bucket == Bucket::Month) });
    return thinned;
}

QList<double> niceTicks(double maxValue, int maxCount)
{
    QList<double> ticks { 0 };
    if (!(maxValue > 0) || maxCount < 2)
        return { 0, 1 };
    const double raw = maxValue / (maxCount - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double f : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = f * magnitude;
        if (step * (maxCount - 1) >= maxValue)
            break;
    }
    for (int i = 1; ticks.last() < maxValue - step * 1e-9; ++i)
        ticks.append(step * i);
    return ticks;
}

TimeWorked timeWorked(double seconds)
{
    using Unit = TimeWorked::Unit;
    if (seconds > 0 && seconds < 59.5)
        return { Unit::Seconds, seconds, 0 }; // not "0 min" for real work
    if (seconds < 3600.0)
        return { Unit::Minutes, seconds / 60.0, 0 };
    const double hours = seconds / 3600.0;
    return { Unit::Hours, hours, hours < 10 ? 1 : 0 };
}

QString formatCpuHours(double cpuSeconds, const QLocale& locale)
{
    const TimeWorked t = timeWorked(cpuSeconds);
    const QString unit = t.unit == TimeWorked::Unit::Seconds ? QStringLiteral(" s")
        : t.unit == TimeWorked::Unit::Minutes                ? QStringLiteral(" min")
                                                             : QStringLiteral(" h");
    return locale.toString(t.value, 'f', t.decimals) + unit;
}

QString formatGpuHours(double gpuSeconds, const QLocale& locale)
{
    // The same steps as processor time: both are read side by side.
    return formatCpuHours(gpuSeconds, locale);
}

} // namespace sc::core::history
