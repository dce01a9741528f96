// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/gputemperaturelimit.h"

namespace sc::core {

GpuGate gpuTemperatureGate(bool wanted, std::optional<double> gpuTempC, double limitC)
{
    if (gpuTempC && *gpuTempC >= limitC)
        return { false, wanted };
    return { wanted, false };
}

} // namespace sc::core
