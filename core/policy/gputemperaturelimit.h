// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace sc::core {

// The GPU temperature limit (setting gpu_temp_limit). GPU work stops while the hottest GPU is
// at or above the limit; CPU work goes on (it hardly heats the GPU). Pure: the policy calls it
// with the reading and the limit. Unlike the CPU (ThermalController holds it at the limit with a
// duty cycle), GPU work is all or nothing here: GPU tasks run in kernels the engine cannot slow.
struct GpuGate {
    bool allowed = false; // GPU work may run
    bool tooHot = false; // it would, but the GPU is at or above its limit
};

// wanted: the rest of the policy lets GPU work run. gpuTempC: the hottest GPU, nullopt when
// none is readable (no reading is no reason to stop).
GpuGate gpuTemperatureGate(bool wanted, std::optional<double> gpuTempC, double limitC);

} // namespace sc::core
