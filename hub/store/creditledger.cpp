// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/creditledger.h"

#include "ledger/credit.h"
#include "payout/payouts.h"
#include "store/devices.h"
#include "store/sqlhelpers.h"
#include "store/storecontext.h"

#include <QJsonArray>

namespace sc::hub {

using Code = StoreResult::Code;

bool CreditLedger::credit(
    const QString& deviceId, const QString& taskId, qint64 amount, CreditStatus status, qint64 now)
{
    QSqlQuery q(m_context.db());
    return run(q,
        QStringLiteral(
            "INSERT OR IGNORE INTO ledger(device_id, task_id, status, amount, time) VALUES (?, ?, ?, ?, ?)"),
        { deviceId, taskId, toString(status), amount, now });
}

StoreResult CreditLedger::account(const QString& deviceId, QJsonObject* out)
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
            QStringLiteral("SELECT COALESCE(SUM(CASE WHEN paid = 0 THEN amount END), 0),"
                           " COALESCE(SUM(CASE WHEN paid = 1 THEN amount END), 0),"
                           " COUNT(CASE WHEN status = ? THEN 1 END), COUNT(CASE WHEN status = ? THEN 1 END)"
                           " FROM ledger WHERE device_id = ?"),
            { toString(CreditStatus::Valid), toString(CreditStatus::Invalid), deviceId })
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
    QJsonArray payouts;
    for (const Payout& p : *recent)
        payouts.append(QJsonObject { { QStringLiteral("id"), p.id }, { QStringLiteral("amount"), p.amount },
            { QStringLiteral("address"), p.address }, { QStringLiteral("time"), p.time } });
    *out = QJsonObject {
        { QStringLiteral("device_id"), deviceId },
        { QStringLiteral("pending"), pending },
        { QStringLiteral("paid"), paid },
        { QStringLiteral("payouts"), payouts },
        { QStringLiteral("total"), static_cast<qint64>(*total) },
        { QStringLiteral("results"),
            QJsonObject { { QStringLiteral("awaiting_validation"), awaiting },
                { QStringLiteral("valid"), valid }, { QStringLiteral("invalid"), invalid } } },
        { QStringLiteral("flagged"), device == DeviceState::Flagged },
    };
    return {};
}

StoreResult CreditLedger::credits(const QString& deviceId, qint64 after, QJsonObject* out)
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral(
                "SELECT seq, task_id, status, amount, time FROM ledger WHERE device_id = ? AND seq > ?"
                " ORDER BY seq LIMIT ?"),
            { deviceId, after, kCreditsPerPage }))
        return StoreResult::internal();
    QJsonArray list;
    qint64 next = after;
    while (q.next()) {
        next = q.value(0).toLongLong();
        list.append(QJsonObject { { QStringLiteral("seq"), next },
            { QStringLiteral("task_id"), q.value(1).toString() },
            { QStringLiteral("status"), q.value(2).toString() },
            { QStringLiteral("amount"), q.value(3).toLongLong() },
            { QStringLiteral("time"), q.value(4).toLongLong() } });
    }
    // The total paid rides along, so a client sees a payout within one credit poll.
    const auto paid = m_payouts.paidTotal(deviceId);
    if (!paid)
        return StoreResult::internal();
    *out = QJsonObject { { QStringLiteral("credits"), list }, { QStringLiteral("next"), next },
        { QStringLiteral("paid"), *paid } };
    return {};
}

StoreResult CreditLedger::history(const QString& deviceId, int days, QJsonObject* out)
{
    const qint64 now = m_context.clock();
    const qint64 since = (now / 86400 - (days - 1)) * 86400;
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("SELECT date(time, 'unixepoch') AS d, SUM(amount), COUNT(*) FROM ledger"
                           " WHERE device_id = ? AND time >= ? GROUP BY d ORDER BY d"),
            { deviceId, since }))
        return StoreResult::internal();
    QJsonArray list;
    while (q.next())
        list.append(QJsonObject { { QStringLiteral("day"), q.value(0).toString() },
            { QStringLiteral("credit"), q.value(1).toLongLong() },
            { QStringLiteral("tasks"), q.value(2).toLongLong() } });
    *out = QJsonObject { { QStringLiteral("days"), list } };
    return {};
}

} // namespace sc::hub
