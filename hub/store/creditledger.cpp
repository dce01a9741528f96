// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/creditledger.h"

#include "ledger/credit.h"
#include "payout/payouts.h"
#include "store/devices.h"
#include "store/sqlhelpers.h"
#include "store/storecontext.h"

namespace sc::hub {

using Code = StoreResult::Code;

bool CreditLedger::credit(
    const QString& deviceId, const QString& taskId, qint64 amount, CreditStatus status, qint64 now)
{
    QSqlQuery q(m_context.db());
    // A withdrawn row is decided again (its workunit was reopened); a paid one keeps the amount
    // that was paid. Any other existing row stays as it is.
    return run(q,
        QStringLiteral("INSERT INTO ledger(device_id, task_id, status, amount, time) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT(task_id) DO UPDATE SET status = excluded.status,"
                       " amount = CASE WHEN ledger.paid = 1 THEN ledger.amount ELSE excluded.amount END,"
                       " time = excluded.time WHERE ledger.status = ?"),
        { deviceId, taskId, toString(status), amount, now, toString(CreditStatus::Withdrawn) });
}

bool CreditLedger::withdraw(const QString& taskId, qint64 now)
{
    QSqlQuery q(m_context.db());
    return run(q, QStringLiteral("UPDATE ledger SET status = ?, time = ? WHERE task_id = ?"),
        { toString(CreditStatus::Withdrawn), now, taskId });
}

StoreResult CreditLedger::account(const QString& deviceId, core::Account* out)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db); // one consistent snapshot
    const DeviceState device = m_devices.state(deviceId);
    if (device == DeviceState::Error)
        return StoreResult::internal();
    if (device == DeviceState::Unknown)
        return StoreResult::fail(Code::UnknownDevice, QStringLiteral("this key never registered"));
    QSqlQuery q(db);
    if (!run(q,
            // Pending is validated credit not yet paid; paid is what was paid, withdrawn or not.
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN paid = 0 AND status = ? THEN amount END), 0),"
                           " COALESCE(SUM(CASE WHEN paid = 1 THEN amount END), 0),"
                           " COUNT(CASE WHEN status = ? THEN 1 END), COUNT(CASE WHEN status = ? THEN 1 END)"
                           " FROM ledger WHERE device_id = ?"),
            { toString(CreditStatus::Valid), toString(CreditStatus::Valid), toString(CreditStatus::Invalid),
                deviceId })
        || !q.next())
        return StoreResult::internal();
    const qint64 pending = q.value(0).toLongLong();
    const qint64 paid = q.value(1).toLongLong();
    const qint64 valid = q.value(2).toLongLong();
    const qint64 invalid = q.value(3).toLongLong();
    const auto total = core::addCredit(pending, paid);
    if (!total)
        return StoreResult::internal();
    if (!run(q,
            QStringLiteral("SELECT COUNT(*) FROM results WHERE device_id = ? AND state = ? AND outcome = ?"),
            { deviceId, toString(ReplicaState::Reported), toString(ReplicaOutcome::Pending) })
        || !q.next())
        return StoreResult::internal();
    const qint64 awaiting = q.value(0).toLongLong();
    const auto recent = m_payouts.recent(deviceId, kRecentPayouts);
    if (!recent)
        return StoreResult::internal();
    core::Account account { deviceId, pending, paid, static_cast<qint64>(*total), {}, awaiting, valid,
        invalid, device == DeviceState::Flagged };
    for (const Payout& p : *recent) {
        core::PayoutEntry entry;
        entry.id = p.id;
        entry.amount = p.amount;
        entry.address = p.address;
        entry.time = p.time;
        entry.status = toString(p.state);
        entry.txHash = p.txHash;
        if (p.block)
            entry.block = static_cast<qint64>(*p.block);
        account.payouts.append(entry);
    }
    *out = account;
    return {};
}

StoreResult CreditLedger::credits(const QString& deviceId, qint64 after, core::CreditPage* out)
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral(
                "SELECT seq, task_id, status, amount, time FROM ledger WHERE device_id = ? AND seq > ?"
                " ORDER BY seq LIMIT ?"),
            { deviceId, after, kCreditsPerPage }))
        return StoreResult::internal();
    core::CreditPage page;
    page.next = after;
    while (q.next()) {
        page.next = q.value(0).toLongLong();
        // The wire knows valid and invalid; a withdrawn credit counts for nothing: invalid, 0.
        const bool withdrawn = creditStatusFromString(q.value(2).toString()) == CreditStatus::Withdrawn;
        page.credits.append(core::CreditEntry { page.next, q.value(1).toString(),
            withdrawn ? toString(CreditStatus::Invalid) : q.value(2).toString(),
            withdrawn ? 0 : q.value(3).toLongLong(), q.value(4).toLongLong() });
    }
    // The total paid rides along, so a client sees a payout within one credit poll.
    const auto paid = m_payouts.paidTotal(deviceId);
    if (!paid)
        return StoreResult::internal();
    page.paid = *paid;
    *out = page;
    return {};
}

StoreResult CreditLedger::history(const QString& deviceId, int days, core::History* out)
{
    const qint64 now = m_context.clock();
    const qint64 since = (now / 86400 - (days - 1)) * 86400;
    QSqlQuery q(m_context.db());
    // The UTC day of each credit, as YYYY-MM-DD in both engines.
    const QString day = m_context.postgres()
        ? QStringLiteral("to_char(to_timestamp(time) AT TIME ZONE 'UTC', 'YYYY-MM-DD')")
        : QStringLiteral("date(time, 'unixepoch')");
    if (!run(q,
            QStringLiteral("SELECT %1 AS d, COALESCE(SUM(CASE WHEN status = ? THEN"
                           " amount END), 0), COUNT(*) FROM ledger"
                           " WHERE device_id = ? AND time >= ? GROUP BY d ORDER BY d")
                .arg(day),
            { toString(CreditStatus::Valid), deviceId, since }))
        return StoreResult::internal();
    core::History history;
    while (q.next())
        history.days.append(
            core::HistoryDay { q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong() });
    *out = history;
    return {};
}

} // namespace sc::hub
