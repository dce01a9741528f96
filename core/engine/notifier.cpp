// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/notifier.h"

#include "ledger/history.h"
#include "settings/settings.h"

namespace sc::core {

Notifier::Notifier(const Settings* settings, Clock clock, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(std::move(clock))
{
}

bool Notifier::enabled(const char* key) const
{
    return !m_settings || m_settings->value(QLatin1String(key)) != QLatin1String("false");
}

bool Notifier::due(Kind kind)
{
    const qint64 now = m_clock();
    const auto it = m_lastShown.constFind(static_cast<int>(kind));
    if (it != m_lastShown.cend() && now - *it < kRepeatAfterSeconds)
        return false;
    m_lastShown.insert(static_cast<int>(kind), now);
    return true;
}

void Notifier::hubReachable(bool reachable, const QString& reason)
{
    const qint64 now = m_clock();
    if (reachable) {
        m_offlineSince = -1;
        m_offlineNotified = false;
        return;
    }
    if (m_offlineSince < 0)
        m_offlineSince = now;
    if (m_offlineNotified || now - m_offlineSince < kOfflineAfterSeconds
        || !enabled("notify_hub_unreachable"))
        return;
    m_offlineNotified = true;
    Q_EMIT notify(Kind::HubUnreachable, tr("Cannot reach the network"),
        tr("SpareCycles has not reached its hub for %n minutes. Finished work is kept and sent when it is "
           "back. %1",
            nullptr, static_cast<int>((now - m_offlineSince) / 60))
            .arg(reason));
}

void Notifier::taskFailed(const QString& taskId, int exitCode)
{
    if (!enabled("notify_task_failed") || !due(Kind::TaskFailed))
        return;
    Q_EMIT notify(Kind::TaskFailed, tr("A task failed repeatedly"),
        tr("Task %1 stopped with an error (code %2) three times and was given up. If this happens often, "
           "check the computer's stability.")
            .arg(taskId)
            .arg(exitCode));
}

void Notifier::thermalStop(double temperatureC, double limitC)
{
    if (!enabled("notify_thermal") || !due(Kind::ThermalStop))
        return;
    Q_EMIT notify(Kind::ThermalStop, tr("Paused to cool down"),
        tr("The processor reached %1 °C (your limit is %2 °C). Tasks resume when it has cooled down.")
            .arg(temperatureC, 0, 'f', 0)
            .arg(limitC, 0, 'f', 0));
}

void Notifier::payout(qint64 amountMicro, const QString& address)
{
    if (!enabled("notify_payout") || amountMicro <= 0)
        return;
    Q_EMIT notify(Kind::Payout, tr("Payout arrived"),
        tr("%1 was paid to %2.").arg(history::formatTokens(amountMicro, QLocale()), address));
}

} // namespace sc::core
