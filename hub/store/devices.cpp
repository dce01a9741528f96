// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/devices.h"

#include "store/sqlhelpers.h"
#include "store/storecontext.h"

namespace sc::hub {

DeviceState Devices::state(const QString& deviceId) const
{
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("SELECT flagged FROM devices WHERE id = ?"), { deviceId }))
        return DeviceState::Error;
    if (!q.next())
        return DeviceState::Unknown;
    return q.value(0).toInt() != 0 ? DeviceState::Flagged : DeviceState::Active;
}

StoreResult Devices::registerDevice(const QString& deviceId, const QString& payoutAddress,
    const QByteArray& profileJson, double opsPerSecond, bool* created)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const qint64 now = m_context.clock();
    const DeviceState current = state(deviceId);
    if (current == DeviceState::Error)
        return StoreResult::internal();
    QSqlQuery q(db);
    *created = current == DeviceState::Unknown;
    // A null QString binds as SQL NULL; the column wants "" for "no address".
    const QString address = payoutAddress.isNull() ? QStringLiteral("") : payoutAddress;
    const bool ok = *created
        ? run(q,
            QStringLiteral(
                "INSERT INTO devices(id, payout_address, profile, ops_per_second, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)"),
            { deviceId, address, QString::fromUtf8(profileJson), opsPerSecond, now, now })
        : run(q,
            QStringLiteral(
                "UPDATE devices SET payout_address = ?, profile = ?, ops_per_second = ?, updated = ?"
                " WHERE id = ?"),
            { address, QString::fromUtf8(profileJson), opsPerSecond, now, deviceId });
    if (!ok || !tx.commit())
        return StoreResult::internal();
    return {};
}

std::optional<double> Devices::opsPerSecond(const QString& deviceId) const
{
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("SELECT ops_per_second FROM devices WHERE id = ?"), { deviceId }) || !q.next())
        return std::nullopt;
    return q.value(0).toDouble();
}

bool Devices::setFlagged(const QString& deviceId, qint64 now)
{
    QSqlQuery q(m_context.db());
    return run(
        q, QStringLiteral("UPDATE devices SET flagged = 1, updated = ? WHERE id = ?"), { now, deviceId });
}

} // namespace sc::hub
