// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/win/power_win.h"

#include "platform/win/winplatform.h"

namespace sc::core::platform {

PowerState readWindowsPower()
{
    const win::RawPower raw = win::powerStatus();
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
    return std::make_unique<platform::WindowsPowerSource>();
}

} // namespace sc::core
