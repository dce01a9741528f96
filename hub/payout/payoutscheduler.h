// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace sc::hub {

class HubStore;

// `serve --payout-every N`: settles devices' validated credit of at least the minimum every
// N seconds. A failed run pays nothing (one transaction) and is retried at the next tick.
class PayoutScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PayoutScheduler)
public:
    PayoutScheduler(HubStore& store, qint64 minAmount, QObject* parent = nullptr);

    // Starts the periodic runs; an interval of zero or less schedules none.
    void start(std::chrono::seconds every);
    // One settlement run now; false when it failed (runFailed is emitted too).
    bool runOnce();

Q_SIGNALS:
    void runFailed();

private:
    HubStore& m_store;
    qint64 m_minAmount;
    QTimer m_timer;
};

} // namespace sc::hub
