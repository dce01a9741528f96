// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The few NVML types and constants SpareCycles calls, as the driver's nvml.h defines them (the
// header is not in Debian; the library is loaded at run time on Linux and Windows alike).
// No Qt, no system headers: the Windows layer includes it too.

namespace sc::core::platform::nvml {

using Return = int; // nvmlReturn_t
using Device = void*; // nvmlDevice_t
struct Memory { // nvmlMemory_t
    unsigned long long total;
    unsigned long long free;
    unsigned long long used;
};
struct PciInfo { // nvmlPciInfo_t (NVML 11+, nvmlDeviceGetPciInfo_v3)
    char busIdLegacy[16];
    unsigned domain;
    unsigned bus;
    unsigned device;
    unsigned pciDeviceId;
    unsigned pciSubSystemId;
    char busId[32]; // "00000000:01:00.0"
};
inline constexpr Return kSuccess = 0; // NVML_SUCCESS
inline constexpr int kTemperatureGpu = 0; // NVML_TEMPERATURE_GPU
inline constexpr unsigned kMaxDevices = 64;

} // namespace sc::core::platform::nvml
