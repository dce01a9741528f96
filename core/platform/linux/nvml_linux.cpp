// SPDX-License-Identifier: GPL-3.0-or-later
// NVML (NVIDIA Management Library) loaded at run time: no build dependency on the driver, and
// machines without an NVIDIA GPU simply get an empty list.
#include "profile/machineprofile.h"

#include <dlfcn.h>

namespace sc::core {

namespace {
    using nvmlReturn_t = int;
    using nvmlDevice_t = void*;
    struct NvmlMemory {
        unsigned long long total;
        unsigned long long free;
        unsigned long long used;
    };
    constexpr int kNvmlSuccess = 0;
    constexpr int kNvmlTemperatureGpu = 0;

    template <typename F> F symbol(void* lib, const char* name)
    {
        return reinterpret_cast<F>(::dlsym(lib, name));
    }
} // namespace

QList<GpuInfo> readNvmlGpus(QString* why)
{
    QList<GpuInfo> out;
    void* lib = ::dlopen("libnvidia-ml.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        *why = QStringLiteral("NVML not found (no NVIDIA driver)");
        return out;
    }
    auto init = symbol<nvmlReturn_t (*)()>(lib, "nvmlInit_v2");
    auto shutdown = symbol<nvmlReturn_t (*)()>(lib, "nvmlShutdown");
    auto count = symbol<nvmlReturn_t (*)(unsigned*)>(lib, "nvmlDeviceGetCount_v2");
    auto handle = symbol<nvmlReturn_t (*)(unsigned, nvmlDevice_t*)>(lib, "nvmlDeviceGetHandleByIndex_v2");
    auto name = symbol<nvmlReturn_t (*)(nvmlDevice_t, char*, unsigned)>(lib, "nvmlDeviceGetName");
    auto memory = symbol<nvmlReturn_t (*)(nvmlDevice_t, NvmlMemory*)>(lib, "nvmlDeviceGetMemoryInfo");
    auto temperature
        = symbol<nvmlReturn_t (*)(nvmlDevice_t, int, unsigned*)>(lib, "nvmlDeviceGetTemperature");
    auto driver = symbol<nvmlReturn_t (*)(char*, unsigned)>(lib, "nvmlSystemGetDriverVersion");
    if (!init || !shutdown || !count || !handle || !name) {
        *why = QStringLiteral("NVML is too old");
        ::dlclose(lib);
        return out;
    }
    if (init() != kNvmlSuccess) {
        *why = QStringLiteral("NVML could not start (driver not loaded?)");
        ::dlclose(lib);
        return out;
    }
    char version[96] = {};
    if (driver)
        driver(version, sizeof version);
    unsigned n = 0;
    if (count(&n) == kNvmlSuccess) {
        for (unsigned i = 0; i < n && i < 64; ++i) {
            nvmlDevice_t dev = nullptr;
            if (handle(i, &dev) != kNvmlSuccess)
                continue;
            GpuInfo g;
            g.vendor = QStringLiteral("NVIDIA");
            g.source = QStringLiteral("nvml");
            g.driver = QString::fromLatin1(version);
            char buf[96] = {};
            if (name(dev, buf, sizeof buf) == kNvmlSuccess)
                g.model = QString::fromUtf8(buf);
            NvmlMemory mem {};
            if (memory && memory(dev, &mem) == kNvmlSuccess)
                g.memoryBytes = static_cast<qint64>(mem.total);
            unsigned t = 0;
            if (temperature && temperature(dev, kNvmlTemperatureGpu, &t) == kNvmlSuccess)
                g.temperatureC = t;
            out.append(g);
        }
    }
    shutdown();
    ::dlclose(lib);
    return out;
}

} // namespace sc::core
