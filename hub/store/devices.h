// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/states.h"
#include "store/storeresult.h"
#include "validation/trustpolicy.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sc::hub {

struct StoreContext;

// The devices table: registration, speed, trust (TrustPolicy) and the flag a wrong known
// answer sets.
class Devices final {
public:
    explicit Devices(const StoreContext& context)
        : m_context(context)
    {
    }

    DeviceState state(const QString& deviceId) const;
    StoreResult registerDevice(const QString& deviceId, const QString& payoutAddress,
        const QByteArray& profileJson, double opsPerSecond, bool* created);
    std::optional<double> opsPerSecond(const QString& deviceId) const;
    // OpenClFit::largestMemoryBytes of its stored profile (0: no OpenCL device for GPU work);
    // nullopt on a storage error.
    std::optional<qint64> openClMemoryBytes(const QString& deviceId, bool acceptCpuDevices) const;
    // Only the flag; Settlement::flagDevice also withdraws what the device said.
    bool setFlagged(const QString& deviceId, qint64 now);

    std::optional<DeviceTrust> trust(const QString& deviceId) const;
    // The operator's seed (or its withdrawal); false on a storage error or an unknown device.
    bool setTrusted(const QString& deviceId, bool trusted, qint64 now);
    // One more trust point; true when the device became trusted with it, nullopt on a storage
    // error.
    std::optional<bool> addTrustPoint(const QString& deviceId, qint64 now);
    // Back to no points (an untrusted device answered wrong beside a trusted agreement): trust
    // counts consecutive right results. A trusted device keeps its trust.
    bool resetTrustPoints(const QString& deviceId);

private:
    const StoreContext& m_context;
};

} // namespace sc::hub
