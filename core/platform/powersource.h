// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <memory>
#include <optional>

class QDBusConnection;

namespace sc::core {

struct PowerState {
    bool batteryPresent = false; // a system battery (not a mouse or headset)
    std::optional<bool> onBattery; // nullopt = unknown
    std::optional<int> batteryPercent;
};

// The operating system's own view of battery and mains. Only system batteries count; a
// desktop is never "on battery".
class PowerSource {
public:
    virtual ~PowerSource() = default;
    // nullopt when the source cannot answer now (the service is gone); callers then read
    // /sys/class/power_supply (sensors/hwsensors.h).
    virtual std::optional<PowerState> read() = 0;
    virtual QString name() const = 0; // "upower", "windows", "macos-iokit", "none"
};

// Linux: UPower on `systemBus`; Windows: GetSystemPowerStatus; macOS: IOKit power sources;
// elsewhere one that never answers. Defined once per OS: platform/{linux,win,mac,dummy}/power_<os>.cpp.
std::unique_ptr<PowerSource> createPlatformPowerSource(const QDBusConnection& systemBus);

} // namespace sc::core
