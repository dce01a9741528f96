// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace sc::core {

class Settings;

// Turns engine events into the few desktop notifications that matter, each of which the user
// can turn off (notify_* settings): the hub unreachable for a long time, a task that failed
// again and again, a thermal stop, a payout. Rate-limited so nothing nags. Pure apart from the clock.
class Notifier final : public QObject {
    Q_OBJECT
public:
    enum class Kind { HubUnreachable, TaskFailed, ThermalStop, Payout };
    Q_ENUM(Kind)

    using Clock = std::function<qint64()>; // unix seconds
    Notifier(const Settings* settings, Clock clock, QObject* parent = nullptr);

    static constexpr qint64 kOfflineAfterSeconds = 30 * 60;
    static constexpr qint64 kRepeatAfterSeconds = 60 * 60;

    // Feed: whether the engine reaches its hub (call on every state change and periodically).
    void hubReachable(bool reachable, const QString& reason);
    void taskFailed(const QString& taskId, int exitCode);
    void thermalStop(double temperatureC, double limitC);
    // Every payout is news (not rate-limited): money is what the user came for.
    void payout(qint64 amountMicro, const QString& address);

Q_SIGNALS:
    void notify(sc::core::Notifier::Kind kind, const QString& title, const QString& text);

private:
    bool enabled(const char* key) const;
    bool due(Kind kind);

    const Settings* m_settings;
    Clock m_clock;
    qint64 m_offlineSince = -1;
    bool m_offlineNotified = false;
    QHash<int, qint64> m_lastShown;
};

} // namespace sc::core
