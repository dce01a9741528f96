// SPDX-License-Identifier: GPL-3.0-or-later
#include "payout/payoutscheduler.h"

#include "hubstore.h"

namespace sc::hub {

PayoutScheduler::PayoutScheduler(HubStore& store, qint64 minAmount, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_minAmount(minAmount)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { runOnce(); });
}

void PayoutScheduler::start(std::chrono::seconds every)
{
    if (every.count() > 0)
        m_timer.start(every);
}

bool PayoutScheduler::runOnce()
{
    QList<Payout> made;
    if (!m_store.payouts().leads())
        return true; // another replica pays (Payouts::leads)
    if (m_store.payout(m_minAmount, &made).ok())
        return true;
    Q_EMIT runFailed();
    return false;
}

} // namespace sc::hub
