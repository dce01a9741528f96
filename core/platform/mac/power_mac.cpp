// SPDX-License-Identifier: GPL-3.0-or-later
// NEVER COMPILED on macOS (see docs/sensors.md).
#include "platform/mac/power_mac.h"

#include "platform/mac/macplatform.h"

namespace sc::core::platform {

PowerState readMacPower()
{
    const mac::RawPower raw = mac::powerStatus();
    PowerState p;
    p.batteryPresent = raw.batteryPresent;
    p.onBattery = raw.onBattery;
    p.batteryPercent = raw.percent;
    return p;
}

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<PowerSource> createPlatformPowerSource(const QDBusConnection&)
{
    return std::make_unique<platform::MacPowerSource>();
}

} // namespace sc::core
