// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/creditfeed.h"

#include "engine/hubsession.h"
#include "ledger/history.h"
#include "ledger/ledger.h"
#include "network/hubclient.h"
#include "protocol/messages.h"

#include <QJsonDocument>
#include <algorithm>

namespace sc::core {

CreditFeed::CreditFeed(
    HubClient& hub, HubSession& session, Ledger& ledger, WallClock wall, MonoClock mono, QObject* parent)
    : QObject(parent)
    , m_hub(hub)
    , m_session(session)
    , m_ledger(ledger)
    , m_wall(std::move(wall))
    , m_mono(std::move(mono))
{
    if (const auto balance = m_ledger.meta(QStringLiteral("balance")))
        m_balance = HubBalance::fromJson(QJsonDocument::fromJson(balance->toUtf8()).object());
}

void CreditFeed::poll()
{
    pollCredits();
    pollAccount();
}

void CreditFeed::forgetBalance()
{
    m_balance.reset();
    m_ledger.removeMeta(QStringLiteral("balance"));
}

void CreditFeed::pollAccount()
{
    if (m_accountInFlight || !m_session.ready() || m_mono() < m_nextAccountPollMs)
        return;
    m_accountInFlight = true;
    m_hub.account([this](const QJsonObject& reply, const std::optional<HubError>& err) {
        m_accountInFlight = false;
        m_nextAccountPollMs = m_mono() + kAccountPollMs;
        if (err && err->kind == HubError::Kind::Protocol)
            return; // not a balance we can show; keep the last good one (and no backoff)
        if (err) {
            m_session.failed(*err);
            return;
        }
        QString why;
        const auto account = Account::fromJson(reply, &why);
        if (!account || account->pending < 0 || account->paid < 0)
            return; // not a balance we can show; keep the last good one
        notePaidTotal(account->paid);
        announceConfirmed(account->payouts);
        HubBalance balance;
        balance.pending = account->pending;
        balance.paid = account->paid;
        balance.asOf = m_wall();
        balance.payouts = account->payouts;
        m_balance = balance;
        // A payout on its way to the chain is followed closely, so it shows as confirmed soon.
        if (std::any_of(balance.payouts.cbegin(), balance.payouts.cend(),
                [](const PayoutEntry& p) { return p.onItsWay(); }))
            m_nextAccountPollMs = m_mono() + kCreditsPollMs;
        m_ledger.setMeta(QStringLiteral("balance"),
            QString::fromUtf8(QJsonDocument(m_balance->toJson()).toJson(QJsonDocument::Compact)));
        Q_EMIT changed();
    });
}

void CreditFeed::notePaidTotal(qint64 paid)
{
    if (paid < 0)
        return;
    const QString seenKey = m_ledger.hubKey(QStringLiteral("paid_seen"));
    const auto seenText = m_ledger.meta(seenKey);
    bool ok = false;
    const qint64 seen = seenText ? seenText->toLongLong(&ok) : -1;
    if (ok && paid <= seen)
        return;
    m_ledger.setMeta(seenKey, QString::number(paid));
    m_nextAccountPollMs = 0; // the balance (pending, paid) follows at once
    // On a chain the hub's total rises when it signs a transfer; the payout is news once the
    // transfer is confirmed (announceConfirmed).
    if (!ok || m_session.chain())
        return; // the first total this device hears of is history, not news
    const qint64 amount = paid - seen;
    const QString address = m_session.registeredPayout();
    ActivityEvent e;
    e.kind = ActivityEvent::Kind::Payout;
    e.time = m_wall();
    e.amountMicro = amount;
    e.text = tr("Payout: %1 sent to your address").arg(history::formatTokens(amount, QLocale()));
    e.detail = address;
    Q_EMIT activityEvent(e);
    Q_EMIT payoutArrived(amount, address);
}

void CreditFeed::announceConfirmed(const QList<PayoutEntry>& payouts)
{
    if (!m_session.chain())
        return;
    const QString key = m_ledger.hubKey(QStringLiteral("payouts_announced"));
    const auto stored = m_ledger.meta(key);
    QStringList announced = stored ? stored->split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
    announced.removeAll(QStringLiteral("-"));
    bool changed = !stored;
    for (auto it = payouts.crbegin(); it != payouts.crend(); ++it) { // oldest first
        const QString id = QString::number(it->id);
        if (it->status != QLatin1String("confirmed") || announced.contains(id))
            continue;
        announced.append(id);
        changed = true;
        if (!stored)
            continue; // the first list this device hears of is history, not news
        ActivityEvent e;
        e.kind = ActivityEvent::Kind::Payout;
        e.time = m_wall();
        e.amountMicro = it->amount;
        e.text = tr("Payout: %1 reached your address").arg(history::formatTokens(it->amount, QLocale()));
        e.detail = it->address;
        Q_EMIT activityEvent(e);
        Q_EMIT payoutArrived(it->amount, it->address);
    }
    if (!changed)
        return;
    while (announced.size() > 50)
        announced.removeFirst();
    // "-" marks "heard, none yet" (an empty value would read as never heard).
    m_ledger.setMeta(key, announced.isEmpty() ? QStringLiteral("-") : announced.join(QLatin1Char(',')));
}

void CreditFeed::pollCredits()
{
    if (m_creditsInFlight || !m_session.ready())
        return;
    if (!m_creditsDue && m_mono() < m_nextCreditsPollMs)
        return;
    m_creditsInFlight = true;
    m_creditsDue = false;
    m_hub.credits(
        m_ledger.creditCursor(), [this](const QJsonObject& reply, const std::optional<HubError>& err) {
            m_creditsInFlight = false;
            m_nextCreditsPollMs = m_mono() + kCreditsPollMs;
            if (err && err->kind == HubError::Kind::Protocol) {
                // A page the protocol layer refused: nothing of it is stored, the next poll asks
                // again, and the rest of the engine's work with the hub goes on.
                Q_EMIT activity(
                    tr("The hub sent a malformed credit entry; ignoring this page and asking again later."));
                Q_EMIT changed();
                return;
            }
            if (err) {
                m_session.failed(*err);
                Q_EMIT changed();
                return;
            }
            m_session.succeeded();
            QString why;
            const auto page = CreditPage::fromJson(reply, &why);
            if (!page) {
                Q_EMIT activity(
                    tr("The hub sent a malformed credit entry; ignoring this page and asking again later."));
                Q_EMIT changed();
                return;
            }
            QList<Ledger::Credit> credits;
            for (const CreditEntry& e : page->credits)
                credits.append(Ledger::Credit { e.seq, e.taskId, e.status, e.amount, e.time });
            const qint64 next = page->next;
            if (next < m_ledger.creditCursor()) {
                Q_EMIT activity(tr("The hub sent a credit cursor that goes backwards; ignoring it."));
                Q_EMIT changed();
                return;
            }
            if (!credits.isEmpty() || next != m_ledger.creditCursor()) {
                if (!m_ledger.applyCredits(credits, next))
                    Q_EMIT activity(tr("Could not store credits in the ledger; will ask again."));
                for (const auto& c : credits) {
                    ActivityEvent e;
                    e.time = m_wall();
                    e.taskId = c.taskId;
                    if (c.status == QLatin1String("valid")) {
                        e.kind = ActivityEvent::Kind::TaskCredited;
                        e.amountMicro = c.amount;
                        e.text = tr("Task credited: %1").arg(history::formatTokens(c.amount, QLocale()));
                    } else {
                        e.kind = ActivityEvent::Kind::TaskFailed;
                        e.problem = true;
                        e.text = tr("The network judged a task's result wrong; it earns no credit");
                        e.detail = tr("If this happens often, check this computer's memory and cooling.");
                    }
                    Q_EMIT activityEvent(e);
                }
            }
            if (page->credits.size() >= kPageSize)
                m_creditsDue = true;
            if (!credits.isEmpty())
                m_nextAccountPollMs = 0;
            notePaidTotal(page->paid.value_or(-1));
            Q_EMIT changed();
        });
}

} // namespace sc::core
