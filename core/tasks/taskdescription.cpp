// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/taskdescription.h"

#include <QList>
#include <cmath>

namespace sc::core {

namespace {

    QString superscript(int n)
    {
        static const QString digits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");
        QString s;
        for (const QChar c : QString::number(n))
            s += c == QLatin1Char('-') ? QStringLiteral("⁻") : QString(digits.at(c.digitValue()));
        return s;
    }

} // namespace

QString TaskDescription::describe(
    const QString& app, const QByteArray& input, const QString& network, const QLocale& locale)
{
    if (app == QLatin1String("sc-primes")) {
        const QList<QByteArray> parts = input.simplified().split(' ');
        bool okLo = false;
        bool okHi = false;
        const qint64 lo = parts.size() == 2 ? parts.at(0).toLongLong(&okLo) : 0;
        const qint64 hi = parts.size() == 2 ? parts.at(1).toLongLong(&okHi) : 0;
        if (okLo && okHi && lo >= 0 && lo <= hi) {
            if (hi < 100'000)
                return tr("Counting primes from %1 to %2").arg(locale.toString(lo), locale.toString(hi));
            const int exponent = static_cast<int>(std::floor(std::log10(static_cast<double>(hi))));
            const double scale = std::pow(10.0, exponent);
            return tr("Counting primes in %1–%2 × 10%3")
                .arg(locale.toString(static_cast<double>(lo) / scale, 'f', 2),
                    locale.toString(static_cast<double>(hi) / scale, 'f', 2), superscript(exponent));
        }
    }
    return tr("Computing a task for %1").arg(network);
}

QString TaskDescription::networkName(const QUrl& hub)
{
    const QString host = hub.host();
    if (host.isEmpty() || host == QLatin1String("localhost") || host == QLatin1String("::1")
        || host.startsWith(QLatin1String("127.")))
        return tr("the demo network");
    return host;
}

QString TaskDescription::timeLeft(double elapsedSeconds, double progress)
{
    if (progress < 0.01 || progress >= 1.0 || elapsedSeconds < 5)
        return QString();
    const double left = elapsedSeconds * (1.0 - progress) / progress;
    if (left < 60)
        return tr("less than a minute left");
    const int minutes = static_cast<int>(std::lround(left / 60.0));
    if (minutes < 90)
        return tr("about %n min left", nullptr, minutes);
    return tr("about %n hours left", nullptr, static_cast<int>(std::lround(left / 3600.0)));
}

} // namespace sc::core
