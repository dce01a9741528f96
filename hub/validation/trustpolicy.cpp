// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/trustpolicy.h"

#include <algorithm>

namespace sc::hub {

double TrustPolicy::canaryRate(double configuredRate, const DeviceTrust& device)
{
    const double configured = std::clamp(configuredRate, 0.0, 1.0);
    if (configured <= 0.0 || device.trusted)
        return configured;
    const double start = std::max(configured, kNewDeviceCanaryRate);
    const double earned
        = static_cast<double>(std::clamp<qint64>(device.points, 0, kPointsToTrust)) / kPointsToTrust;
    return start + (configured - start) * earned;
}

} // namespace sc::hub
