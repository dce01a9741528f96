// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sc::hub {

// What the hub knows of one device's trust (devices.trusted, devices.trust_points).
struct DeviceTrust {
    bool trusted = false; // seeded by the operator, or earned
    qint64 points = 0; // results that agreed with a trusted device or passed a canary
};

// The trust rule, pure (docs/protocol.md "Trust"). A device earns a point for each canary it
// answers right and for each valid result in a workunit whose agreeing group held a trusted
// device; a wrong answer beside a trusted agreement takes an untrusted device's points back to
// 0 (consecutive right results count); at kPointsToTrust it is trusted. Results that only agree with other
// untrusted devices earn nothing, so two keys of one person cannot raise each other. New devices get canaries
// more often: the chance falls linearly from kNewDeviceCanaryRate (or the configured rate, if higher) at 0
// points to the configured rate at kPointsToTrust, and stays there. A configured rate of 0 switches canaries
// off for every device.
class TrustPolicy final {
public:
    static constexpr qint64 kPointsToTrust = 10;
    static constexpr double kNewDeviceCanaryRate = 0.25;

    static bool earnsTrust(qint64 points) { return points >= kPointsToTrust; }
    // The chance that one task handed to this device is a canary.
    static double canaryRate(double configuredRate, const DeviceTrust& device);
};

} // namespace sc::hub
