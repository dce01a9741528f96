// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/states.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace sc::hub {

struct StoreContext;

// The devices table: registration, speed and the flag a wrong known answer sets.
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
    // Only the flag; Settlement::flagDevice also withdraws what the device said.
    bool setFlagged(const QString& deviceId, qint64 now);

private:
    const StoreContext& m_context;
};

} // namespace sc::hub
