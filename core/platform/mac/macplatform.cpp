// SPDX-License-Identifier: GPL-3.0-or-later
// NEVER COMPILED: no macOS SDK where this was written. Link with -framework CoreFoundation,
// -framework CoreGraphics and -framework IOKit.
#include "platform/mac/macplatform.h"

#include <CoreFoundation/CoreFoundation.h>
#include <CoreGraphics/CoreGraphics.h>
#include <IOKit/IOKitLib.h>
#include <IOKit/ps/IOPSKeys.h>
#include <IOKit/ps/IOPowerSources.h>
#include <cmath>
#include <cstdint>

namespace sc::core::platform::mac {

namespace {
    // Owns one Core Foundation reference (from a Create or Copy call) and releases it.
    class CfRef final {
    public:
        explicit CfRef(CFTypeRef ref) noexcept
            : m_ref(ref)
        {
        }
        CfRef(const CfRef&) = delete;
        CfRef& operator=(const CfRef&) = delete;
        ~CfRef()
        {
            if (m_ref)
                CFRelease(m_ref);
        }
        CFTypeRef get() const { return m_ref; }
        explicit operator bool() const { return m_ref != nullptr; }

    private:
        CFTypeRef m_ref;
    };

    std::optional<std::int64_t> int64Value(CFTypeRef v)
    {
        if (!v)
            return std::nullopt;
        std::int64_t out = 0;
        if (CFGetTypeID(v) == CFNumberGetTypeID()) {
            if (!CFNumberGetValue(static_cast<CFNumberRef>(v), kCFNumberSInt64Type, &out))
                return std::nullopt;
            return out;
        }
        // Some older releases published HIDIdleTime as 8 raw bytes.
        if (CFGetTypeID(v) == CFDataGetTypeID()) {
            const auto data = static_cast<CFDataRef>(v);
            if (CFDataGetLength(data) != static_cast<CFIndex>(sizeof out))
                return std::nullopt;
            CFDataGetBytes(data, CFRangeMake(0, sizeof out), reinterpret_cast<UInt8*>(&out));
            return out;
        }
        return std::nullopt;
    }

    bool stringIs(CFTypeRef v, CFStringRef expected)
    {
        return v && CFGetTypeID(v) == CFStringGetTypeID()
            && CFStringCompare(static_cast<CFStringRef>(v), expected, 0) == kCFCompareEqualTo;
    }

    bool isFalse(CFTypeRef v)
    {
        return v && CFGetTypeID(v) == CFBooleanGetTypeID()
            && !CFBooleanGetValue(static_cast<CFBooleanRef>(v));
    }
} // namespace

std::optional<double> eventSourceIdleSeconds()
{
    // The HID system state sees every input device, whichever app or user session gets it.
    const CFTimeInterval s
        = CGEventSourceSecondsSinceLastEventType(kCGEventSourceStateHIDSystemState, kCGAnyInputEventType);
    if (!std::isfinite(s) || s < 0)
        return std::nullopt;
    return s;
}

std::optional<double> hidIdleSeconds()
{
    // MACH_PORT_NULL = the default main port (kIOMainPortDefault from macOS 12,
    // kIOMasterPortDefault before; both are that same null port). The matching dictionary is
    // consumed by the call.
    const io_service_t hid = IOServiceGetMatchingService(MACH_PORT_NULL, IOServiceMatching("IOHIDSystem"));
    if (hid == IO_OBJECT_NULL)
        return std::nullopt;
    const CfRef value(IORegistryEntryCreateCFProperty(hid, CFSTR("HIDIdleTime"), kCFAllocatorDefault, 0));
    IOObjectRelease(hid);
    const auto ns = int64Value(value.get());
    if (!ns || *ns < 0)
        return std::nullopt;
    return static_cast<double>(*ns) / 1e9;
}

std::optional<double> idleSeconds() { return minKnown(eventSourceIdleSeconds(), hidIdleSeconds()); }

RawPower powerStatus()
{
    RawPower p;
    const CfRef info(IOPSCopyPowerSourcesInfo());
    if (!info)
        return p;
    const CfRef list(IOPSCopyPowerSourcesList(info.get()));
    if (!list)
        return p;
    const auto sources = static_cast<CFArrayRef>(list.get());
    const CFIndex n = CFArrayGetCount(sources);
    for (CFIndex i = 0; i < n; ++i) {
        // Get rule: the description belongs to `info`, not released here.
        const CFDictionaryRef desc
            = IOPSGetPowerSourceDescription(info.get(), CFArrayGetValueAtIndex(sources, i));
        if (!desc)
            continue;
        // UPSs and Bluetooth keyboards, mice and trackpads are power sources too.
        if (!stringIs(CFDictionaryGetValue(desc, CFSTR(kIOPSTypeKey)), CFSTR(kIOPSInternalBatteryType)))
            continue;
        if (isFalse(CFDictionaryGetValue(desc, CFSTR(kIOPSIsPresentKey))))
            continue; // battery bay empty
        p.batteryPresent = true;
        const CFTypeRef state = CFDictionaryGetValue(desc, CFSTR(kIOPSPowerSourceStateKey));
        if (stringIs(state, CFSTR(kIOPSBatteryPowerValue)))
            p.onBattery = true;
        else if (stringIs(state, CFSTR(kIOPSACPowerValue)))
            p.onBattery = false;
        const auto current = int64Value(CFDictionaryGetValue(desc, CFSTR(kIOPSCurrentCapacityKey)));
        const auto max = int64Value(CFDictionaryGetValue(desc, CFSTR(kIOPSMaxCapacityKey)));
        if (current && max)
            p.percent = capacityPercent(*current, *max);
        return p; // a Mac has one internal battery
    }
    p.onBattery = false; // no internal battery: a desktop Mac
    return p;
}

} // namespace sc::core::platform::mac
