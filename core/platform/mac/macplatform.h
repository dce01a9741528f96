// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The macOS platform layer without Qt: CoreGraphics, IOKit and Core Foundation in plain C++20.
// NEVER COMPILED: written against Apple's documented API where no macOS SDK was available
// (docs/sensors.md, "Windows and macOS backends"). This header includes no Apple header; the
// two pure helpers below are tested on every host (tests/platform/tst_platform_pure.cpp).

#include <optional>

namespace sc::core::platform::mac {

// The smaller of two idle times, ignoring an unknown one; nullopt when both are unknown.
constexpr std::optional<double> minKnown(std::optional<double> a, std::optional<double> b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return *a < *b ? a : b;
}

// kIOPSCurrentCapacityKey / kIOPSMaxCapacityKey as a rounded percentage (0..100), nullopt when
// they make no sense. Recent macOS already reports max = 100; older reports mAh.
constexpr std::optional<int> capacityPercent(long long current, long long max)
{
    if (max <= 0 || current < 0)
        return std::nullopt;
    const long long pct = (current * 100 + max / 2) / max;
    return static_cast<int>(pct > 100 ? 100 : pct);
}

// Seconds since the user last touched keyboard, mouse or trackpad: the smaller of
// CGEventSourceSecondsSinceLastEventType(kCGEventSourceStateHIDSystemState,
// kCGAnyInputEventType) and the IOHIDSystem registry entry's HIDIdleTime (nanoseconds).
// nullopt when neither can be read.
std::optional<double> idleSeconds();
std::optional<double> eventSourceIdleSeconds();
std::optional<double> hidIdleSeconds();

struct RawPower {
    bool batteryPresent = false; // the Mac's internal battery (not a UPS, mouse or keyboard)
    std::optional<bool> onBattery; // nullopt = unknown
    std::optional<int> percent;
};

// IOPSCopyPowerSourcesInfo / IOPSCopyPowerSourcesList / IOPSGetPowerSourceDescription, only
// the source whose kIOPSTypeKey is kIOPSInternalBatteryType. Without one (a desktop Mac) the
// machine is never "on battery".
RawPower powerStatus();

} // namespace sc::core::platform::mac
