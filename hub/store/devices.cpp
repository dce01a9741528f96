// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/devices.h"

#include "openclfit.h"
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
    bool seeded = false;
    if (*created && m_context.config.trustFirstDevices > 0) {
        if (!run(q, QStringLiteral("SELECT COUNT(*) FROM devices")) || !q.next())
            return StoreResult::internal();
        seeded = q.value(0).toLongLong() < m_context.config.trustFirstDevices;
    }
    const bool ok = *created
        ? run(q,
            QStringLiteral(
                "INSERT INTO devices(id, payout_address, profile, ops_per_second, created, updated, trusted)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { deviceId, address, QString::fromUtf8(profileJson), opsPerSecond, now, now, seeded ? 1 : 0 })
        : run(q,
            QStringLiteral(
                "UPDATE devices SET payout_address = ?, profile = ?, ops_per_second = ?, updated = ?"
                " WHERE id = ?"),
            { address, QString::fromUtf8(profileJson), opsPerSecond, now, deviceId });
    if (!ok || !tx.commit())
        return StoreResult::internal();
    return {};
}

std::optional<qint64> Devices::openClMemoryBytes(const QString& deviceId, bool acceptCpuDevices) const
{
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("SELECT profile FROM devices WHERE id = ?"), { deviceId }) || !q.next())
        return std::nullopt;
    return OpenClFit::largestMemoryBytes(q.value(0).toString().toUtf8(), acceptCpuDevices);
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

std::optional<DeviceTrust> Devices::trust(const QString& deviceId) const
{
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("SELECT trusted, trust_points FROM devices WHERE id = ?"), { deviceId })
        || !q.next())
        return std::nullopt;
    return DeviceTrust { q.value(0).toInt() != 0, q.value(1).toLongLong() };
}

bool Devices::setTrusted(const QString& deviceId, bool trusted, qint64 now)
{
    QSqlQuery q(m_context.db());
    // Withdrawing trust also drops the points, so it is earned again from nothing.
    return run(q,
               QStringLiteral(
                   "UPDATE devices SET trusted = ?, trust_points = CASE WHEN ? = 1 THEN trust_points"
                   " ELSE 0 END, updated = ? WHERE id = ?"),
               { trusted ? 1 : 0, trusted ? 1 : 0, now, deviceId })
        && q.numRowsAffected() == 1;
}

std::optional<bool> Devices::addTrustPoint(const QString& deviceId, qint64 now)
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("UPDATE devices SET trust_points = trust_points + 1 WHERE id = ? AND flagged = 0"),
            { deviceId }))
        return std::nullopt;
    const auto t = trust(deviceId);
    if (!t)
        return std::nullopt;
    if (t->trusted || !TrustPolicy::earnsTrust(t->points))
        return false;
    if (!setTrusted(deviceId, true, now))
        return std::nullopt;
    return true;
}

bool Devices::resetTrustPoints(const QString& deviceId)
{
    QSqlQuery q(m_context.db());
    return run(
        q, QStringLiteral("UPDATE devices SET trust_points = 0 WHERE id = ? AND trusted = 0"), { deviceId });
}

} // namespace sc::hub
