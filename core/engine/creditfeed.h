// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/activityevent.h"
#include "engine/clocks.h"
#include "engine/enginestatus.h"
#include "protocol/messages.h"

#include <QObject>
#include <optional>

namespace sc::core {

class HubClient;
class HubSession;
class Ledger;

// What the hub says this device earned: the credit feed (validated and rejected results, paged
// by a cursor the ledger keeps, so a page applied twice counts nothing twice), the account
// balance (pending and paid), and payout news — the hub's total paid only grows, and a rise
// is a payout, announced once even when it happened while the app was closed.
class CreditFeed final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreditFeed)
public:
    static constexpr int kPageSize = 500;
    static constexpr qint64 kCreditsPollMs = 10'000;
    static constexpr qint64 kAccountPollMs = 60'000;

    CreditFeed(HubClient& hub, HubSession& session, Ledger& ledger, WallClock wall, MonoClock mono,
        QObject* parent = nullptr);

    // Asks for what is due: credits after a report or every 10 s, the account every minute.
    void poll();
    // A result was reported: its credit may be in the feed now.
    void expectCredit() { m_creditsDue = true; }
    // The hub's account as last read; nullopt when unknown.
    std::optional<HubBalance> balance() const { return m_balance; }
    // Another network: its balance is not this one's.
    void forgetBalance();

Q_SIGNALS:
    void changed();
    // The hub paid this device (micro-tokens) to its payout address.
    void payoutArrived(qint64 amount, const QString& address);
    void activity(const QString& message);
    void activityEvent(const sc::core::ActivityEvent& event); // credits and payouts (not QObject::event)

private:
    void pollCredits();
    void pollAccount();
    void notePaidTotal(qint64 paid);
    // On a chain: each payout the hub reports confirmed is announced once.
    void announceConfirmed(const QList<PayoutEntry>& payouts);

    HubClient& m_hub;
    HubSession& m_session;
    Ledger& m_ledger;
    WallClock m_wall;
    MonoClock m_mono;
    std::optional<HubBalance> m_balance;
    bool m_creditsInFlight = false;
    bool m_creditsDue = true;
    qint64 m_nextCreditsPollMs = 0;
    bool m_accountInFlight = false;
    qint64 m_nextAccountPollMs = 0;
};

} // namespace sc::core
