// SPDX-License-Identifier: GPL-3.0-or-later
#include "payout/payouts.h"

#include "store/sqlhelpers.h"
#include "store/storecontext.h"

#include <algorithm>

namespace sc::hub {

namespace {

    // Only validated credit is paid; a device flagged for wrong results is paid nothing.
    const QString kDueSql = QStringLiteral(
        "SELECT l.device_id, d.payout_address, SUM(l.amount), COUNT(*) FROM ledger l"
        " JOIN devices d ON d.id = l.device_id"
        " WHERE l.paid = 0 AND l.status = ? AND l.amount > 0 AND d.flagged = 0"
        " AND d.payout_address != '' GROUP BY l.device_id, d.payout_address HAVING SUM(l.amount) >= ?"
        " ORDER BY SUM(l.amount) DESC, l.device_id LIMIT ?");

    const QString kColumns = QStringLiteral("id, device_id, address, amount, credits, time, status, "
                                            "chain_id, sender, nonce, token_amount, raw_tx,"
                                            " tx_hash, block, gas_used, fee, reason, updated");

    std::optional<quint64> optionalNumber(const QVariant& v)
    {
        if (v.isNull())
            return std::nullopt;
        return v.toULongLong();
    }

    Payout payoutFrom(const QSqlQuery& q)
    {
        Payout p;
        p.id = q.value(0).toLongLong();
        p.deviceId = q.value(1).toString();
        p.address = q.value(2).toString();
        p.amount = q.value(3).toLongLong();
        p.credits = q.value(4).toLongLong();
        p.time = q.value(5).toLongLong();
        p.state = payoutStateFromString(q.value(6).toString()).value_or(PayoutState::Recorded);
        p.chainId = q.value(7).toULongLong();
        p.sender = q.value(8).toString();
        p.nonce = optionalNumber(q.value(9));
        p.tokenAmount = q.value(10).toString();
        p.rawTx = q.value(11).toByteArray();
        p.txHash = q.value(12).toString();
        p.block = optionalNumber(q.value(13));
        p.gasUsed = optionalNumber(q.value(14));
        p.fee = q.value(15).toString();
        p.reason = q.value(16).toString();
        p.updated = q.value(17).toLongLong();
        return p;
    }

    std::optional<QList<Payout>> payoutsFrom(QSqlQuery& q)
    {
        QList<Payout> list;
        while (q.next())
            list.append(payoutFrom(q));
        return list;
    }

    // The payout row a due device gets, before its state is known.
    Payout payoutFor(const DuePayout& d, qint64 now)
    {
        Payout p;
        p.deviceId = d.deviceId;
        p.address = d.address;
        p.amount = d.amount;
        p.credits = d.credits;
        p.time = now;
        return p;
    }

    QString failedStates()
    {
        return QStringLiteral("('%1', '%2')")
            .arg(toString(PayoutState::Reverted), toString(PayoutState::Dropped));
    }

} // namespace

std::optional<QList<DuePayout>> Payouts::due(qint64 minAmount) const
{
    QSqlQuery q(m_context.db());
    if (!run(q, kDueSql, { toString(CreditStatus::Valid), std::max<qint64>(1, minAmount), kMaxPerRun }))
        return std::nullopt;
    QList<DuePayout> due;
    while (q.next())
        due.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toLongLong() });
    return due;
}

bool Payouts::leads() const
{
    if (!m_context.postgres())
        return true;
    constexpr qint64 kPayoutLock = 0x5343'5041'5931; // "SCPAY1"
    QSqlQuery q(m_context.db());
    return run(q, QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(kPayoutLock)) && q.next()
        && q.value(0).toBool();
}

StoreResult Payouts::insertAndMarkPaid(Payout* p)
{
    QSqlQuery q(m_context.db());
    const QVariant nonce = p->nonce ? QVariant::fromValue(*p->nonce) : QVariant();
    const QVariant chainId = p->chainId ? QVariant::fromValue(p->chainId) : QVariant();
    auto orNull = [](const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    if (!run(q,
            QStringLiteral("INSERT INTO payouts(device_id, address, amount, credits, time, status, chain_id,"
                           " sender, nonce, token_amount, raw_tx, tx_hash, updated)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            { p->deviceId, p->address, p->amount, p->credits, p->time, toString(p->state), chainId,
                orNull(p->sender), nonce, orNull(p->tokenAmount),
                p->rawTx.isEmpty() ? QVariant() : QVariant(p->rawTx), orNull(p->txHash), p->time })
        || !q.next())
        return StoreResult::internal();
    p->id = q.value(0).toLongLong();
    q.finish(); // SQLite: a RETURNING statement not stepped to its end blocks the commit
    p->updated = p->time;
    if (!run(q,
            QStringLiteral("UPDATE ledger SET paid = 1, payout_id = ? WHERE device_id = ? AND paid = 0"
                           " AND status = ? AND amount > 0"),
            { p->id, p->deviceId, toString(CreditStatus::Valid) })
        || q.numRowsAffected() != p->credits)
        return StoreResult::internal(); // rolled back: nothing is paid twice or half
    return {};
}

StoreResult Payouts::settle(qint64 minAmount, QList<Payout>* made)
{
    Transaction tx(m_context.db());
    if (!tx.started())
        return StoreResult::internal();
    const auto due = this->due(minAmount);
    if (!due)
        return StoreResult::internal();
    const qint64 now = m_context.clock();
    QList<Payout> paid;
    for (const DuePayout& d : *due) {
        Payout p = payoutFor(d, now);
        if (const StoreResult r = insertAndMarkPaid(&p); !r.ok())
            return r;
        paid.append(p);
    }
    if (!tx.commit())
        return StoreResult::internal();
    *made = paid;
    return {};
}

StoreResult Payouts::settleOnChain(qint64 minAmount, const ChainSettlement& chain, QList<Payout>* made)
{
    Transaction tx(m_context.db());
    if (!tx.started())
        return StoreResult::internal();
    // The caller chose the first nonce from these records; a nonce is never signed twice.
    bool ok = false;
    const auto next = nextNonce(chain.chainId, chain.sender, &ok);
    if (!ok || (next && *next > chain.firstNonce))
        return StoreResult::internal();
    const auto due = this->due(minAmount);
    if (!due)
        return StoreResult::internal();
    const qint64 now = m_context.clock();
    quint64 nonce = chain.firstNonce;
    qint64 budget = chain.maxTotal;
    QList<Payout> paid;
    for (const DuePayout& d : *due) {
        if (paid.size() >= chain.maxCount)
            break;
        if (d.amount > budget)
            continue; // a smaller payout may still fit
        const auto signedTransfer = chain.sign(d, nonce);
        if (!signedTransfer)
            continue;
        Payout p = payoutFor(d, now);
        p.state = PayoutState::Signed;
        p.chainId = chain.chainId;
        p.sender = chain.sender;
        p.nonce = nonce;
        p.tokenAmount = signedTransfer->tokenAmount;
        p.rawTx = signedTransfer->raw;
        p.txHash = signedTransfer->txHash;
        if (const StoreResult r = insertAndMarkPaid(&p); !r.ok())
            return r;
        paid.append(p);
        budget -= d.amount;
        ++nonce;
    }
    if (!tx.commit())
        return StoreResult::internal();
    *made = paid;
    return {};
}

std::optional<quint64> Payouts::nextNonce(quint64 chainId, const QString& sender, bool* ok) const
{
    QSqlQuery q(m_context.db());
    *ok = run(q, QStringLiteral("SELECT MAX(nonce) FROM payouts WHERE chain_id = ? AND sender = ?"),
              { QVariant::fromValue(chainId), sender })
        && q.next();
    if (!*ok || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toULongLong() + 1;
}

std::optional<QList<Payout>> Payouts::openOnChain(quint64 chainId, const QString& sender) const
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("SELECT %1 FROM payouts WHERE chain_id = ? AND sender = ? AND status IN (?, ?)"
                           " ORDER BY nonce")
                .arg(kColumns),
            { QVariant::fromValue(chainId), sender, toString(PayoutState::Signed),
                toString(PayoutState::Sent) }))
        return std::nullopt;
    return payoutsFrom(q);
}

std::optional<qint64> Payouts::openTotal(quint64 chainId, const QString& sender) const
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payouts WHERE chain_id = ? AND sender = ?"
                           " AND status IN (?, ?)"),
            { QVariant::fromValue(chainId), sender, toString(PayoutState::Signed),
                toString(PayoutState::Sent) })
        || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<qint64> Payouts::openElsewhere(quint64 chainId, const QString& sender) const
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral(
                "SELECT COUNT(*) FROM payouts WHERE status IN (?, ?) AND (chain_id != ? OR sender != ?)"),
            { toString(PayoutState::Signed), toString(PayoutState::Sent), QVariant::fromValue(chainId),
                sender })
        || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

StoreResult Payouts::update(qint64 id, const QString& sql, const QVariantList& args)
{
    QSqlQuery q(m_context.db());
    if (!run(q, sql, args))
        return StoreResult::internal();
    if (q.numRowsAffected() != 1)
        return StoreResult::fail(StoreResult::Code::NotFound, QStringLiteral("no open payout %1").arg(id));
    return {};
}

StoreResult Payouts::markSent(qint64 id)
{
    return update(id,
        QStringLiteral("UPDATE payouts SET status = ?, updated = ? WHERE id = ? AND status = ?"),
        { toString(PayoutState::Sent), m_context.clock(), id, toString(PayoutState::Signed) });
}

StoreResult Payouts::markConfirmed(qint64 id, quint64 block, quint64 gasUsed, const QString& fee)
{
    return update(id,
        QStringLiteral("UPDATE payouts SET status = ?, block = ?, gas_used = ?, fee = ?, updated = ?"
                       " WHERE id = ? AND status IN (?, ?)"),
        { toString(PayoutState::Confirmed), QVariant::fromValue(block), QVariant::fromValue(gasUsed), fee,
            m_context.clock(), id, toString(PayoutState::Signed), toString(PayoutState::Sent) });
}

StoreResult Payouts::markFailed(qint64 id, PayoutState state, const QString& reason)
{
    if (state != PayoutState::Reverted && state != PayoutState::Dropped)
        return StoreResult::internal();
    Transaction tx(m_context.db());
    if (!tx.started())
        return StoreResult::internal();
    if (const StoreResult r = update(id,
            QStringLiteral(
                "UPDATE payouts SET status = ?, reason = ?, updated = ? WHERE id = ? AND status IN (?, ?)"),
            { toString(state), reason, m_context.clock(), id, toString(PayoutState::Signed),
                toString(PayoutState::Sent) });
        !r.ok())
        return r;
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("UPDATE ledger SET paid = 0, payout_id = NULL WHERE payout_id = ?"), { id }))
        return StoreResult::internal();
    if (!tx.commit())
        return StoreResult::internal();
    return {};
}

std::optional<QList<Payout>> Payouts::recent(const QString& deviceId, int limit) const
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("SELECT %1 FROM payouts WHERE device_id = ? ORDER BY id DESC LIMIT ?")
                .arg(kColumns),
            { deviceId, limit }))
        return std::nullopt;
    return payoutsFrom(q);
}

std::optional<QList<Payout>> Payouts::all() const
{
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("SELECT %1 FROM payouts ORDER BY id").arg(kColumns)))
        return std::nullopt;
    return payoutsFrom(q);
}

std::optional<qint64> Payouts::paidTotal(const QString& deviceId) const
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral(
                "SELECT COALESCE(SUM(amount), 0) FROM payouts WHERE device_id = ? AND status NOT IN %1")
                .arg(failedStates()),
            { deviceId })
        || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace sc::hub
