// SPDX-License-Identifier: GPL-3.0-or-later
#include "payout/payouts.h"

#include "store/sqlhelpers.h"
#include "store/states.h"
#include "store/storecontext.h"

#include <algorithm>

namespace sc::hub {

StoreResult Payouts::settle(qint64 minAmount, QList<Payout>* made)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    if (!tx.started())
        return StoreResult::internal();
    QSqlQuery q(db);
    const qint64 now = m_context.clock();
    const QString valid = toString(CreditStatus::Valid);
    // Only validated credit is paid; a device flagged for wrong results is paid nothing.
    if (!run(q,
            QStringLiteral("SELECT l.device_id, d.payout_address, SUM(l.amount), COUNT(*) FROM ledger l"
                           " JOIN devices d ON d.id = l.device_id"
                           " WHERE l.paid = 0 AND l.status = ? AND l.amount > 0 AND d.flagged = 0"
                           " AND d.payout_address != '' GROUP BY l.device_id HAVING SUM(l.amount) >= ?"),
            { valid, std::max<qint64>(1, minAmount) }))
        return StoreResult::internal();
    QList<Payout> due;
    while (q.next()) {
        Payout p;
        p.deviceId = q.value(0).toString();
        p.address = q.value(1).toString();
        p.amount = q.value(2).toLongLong();
        p.credits = q.value(3).toLongLong();
        p.time = now;
        due.append(p);
    }
    for (Payout& p : due) {
        if (!run(q,
                QStringLiteral(
                    "INSERT INTO payouts(device_id, address, amount, credits, time) VALUES (?, ?, ?, ?, ?)"),
                { p.deviceId, p.address, p.amount, p.credits, now }))
            return StoreResult::internal();
        p.id = q.lastInsertId().toLongLong();
        if (!run(q,
                QStringLiteral("UPDATE ledger SET paid = 1, payout_id = ? WHERE device_id = ? AND paid = 0"
                               " AND status = ? AND amount > 0"),
                { p.id, p.deviceId, valid })
            || q.numRowsAffected() != p.credits)
            return StoreResult::internal(); // rolled back: nothing is paid twice or half
    }
    if (!tx.commit())
        return StoreResult::internal();
    *made = due;
    return {};
}

std::optional<QList<Payout>> Payouts::recent(const QString& deviceId, int limit) const
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral(
                "SELECT id, amount, address, time FROM payouts WHERE device_id = ? ORDER BY id DESC LIMIT ?"),
            { deviceId, limit }))
        return std::nullopt;
    QList<Payout> list;
    while (q.next()) {
        Payout p;
        p.id = q.value(0).toLongLong();
        p.deviceId = deviceId;
        p.amount = q.value(1).toLongLong();
        p.address = q.value(2).toString();
        p.time = q.value(3).toLongLong();
        list.append(p);
    }
    return list;
}

std::optional<qint64> Payouts::paidTotal(const QString& deviceId) const
{
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payouts WHERE device_id = ?"),
            { deviceId })
        || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace sc::hub
