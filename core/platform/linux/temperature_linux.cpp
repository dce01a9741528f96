// SPDX-License-Identifier: GPL-3.0-or-later
// NVML (NVIDIA Management Library) loaded at run time: no build dependency on the driver, and
// machines without an NVIDIA GPU simply get an empty list.
#include "platform/nvml.h"
#include "platform/nvmlabi.h"
#include "platform/opencl.h"

#include <QFile>
#include <dlfcn.h>

namespace sc::core::platform {

namespace {
    using nvmlReturn_t = nvml::Return;
    using nvmlDevice_t = nvml::Device;
    using NvmlMemory = nvml::Memory;
    constexpr auto kNvmlSuccess = nvml::kSuccess;
    constexpr auto kNvmlTemperatureGpu = nvml::kTemperatureGpu;
    constexpr auto kMaxDevices = nvml::kMaxDevices;

    template <typename F> F symbol(void* lib, const char* name)
    {
        return reinterpret_cast<F>(::dlsym(lib, name));
    }
} // namespace

struct Nvml::Api {
    nvmlReturn_t (*init)() = nullptr;
    nvmlReturn_t (*shutdown)() = nullptr;
    nvmlReturn_t (*count)(unsigned*) = nullptr;
    nvmlReturn_t (*handle)(unsigned, nvmlDevice_t*) = nullptr;
    nvmlReturn_t (*name)(nvmlDevice_t, char*, unsigned) = nullptr;
    nvmlReturn_t (*memory)(nvmlDevice_t, NvmlMemory*) = nullptr;
    nvmlReturn_t (*temperature)(nvmlDevice_t, int, unsigned*) = nullptr;
    nvmlReturn_t (*driver)(char*, unsigned) = nullptr;
    nvmlReturn_t (*pci)(nvmlDevice_t, nvml::PciInfo*) = nullptr; // optional (NVML 11+)
};

QString Nvml::defaultLibrary() { return QStringLiteral("libnvidia-ml.so.1"); }

Nvml::Nvml(const QString& library)
{
    m_lib = ::dlopen(QFile::encodeName(library).constData(), RTLD_NOW | RTLD_LOCAL);
    if (!m_lib) {
        m_error = QStringLiteral("NVML not found (no NVIDIA driver)");
        return;
    }
    m_api = new Api;
    m_api->init = symbol<decltype(Api::init)>(m_lib, "nvmlInit_v2");
    m_api->shutdown = symbol<decltype(Api::shutdown)>(m_lib, "nvmlShutdown");
    m_api->count = symbol<decltype(Api::count)>(m_lib, "nvmlDeviceGetCount_v2");
    m_api->handle = symbol<decltype(Api::handle)>(m_lib, "nvmlDeviceGetHandleByIndex_v2");
    m_api->name = symbol<decltype(Api::name)>(m_lib, "nvmlDeviceGetName");
    m_api->memory = symbol<decltype(Api::memory)>(m_lib, "nvmlDeviceGetMemoryInfo");
    m_api->temperature = symbol<decltype(Api::temperature)>(m_lib, "nvmlDeviceGetTemperature");
    m_api->driver = symbol<decltype(Api::driver)>(m_lib, "nvmlSystemGetDriverVersion");
    m_api->pci = symbol<decltype(Api::pci)>(m_lib, "nvmlDeviceGetPciInfo_v3");
    if (!m_api->init || !m_api->shutdown || !m_api->count || !m_api->handle || !m_api->name) {
        m_error = QStringLiteral("NVML is too old");
        return;
    }
    if (m_api->init() != kNvmlSuccess) {
        m_error = QStringLiteral("NVML could not start (driver not loaded?)");
        return;
    }
    m_ok = true;
}

Nvml::~Nvml()
{
    if (m_ok)
        m_api->shutdown();
    delete m_api;
    if (m_lib)
        ::dlclose(m_lib);
}

QList<GpuInfo> Nvml::gpus() const
{
    QList<GpuInfo> out;
    if (!m_ok)
        return out;
    char version[96] = {};
    if (m_api->driver)
        m_api->driver(version, sizeof version - 1);
    unsigned n = 0;
    if (m_api->count(&n) != kNvmlSuccess)
        return out;
    for (unsigned i = 0; i < n && i < kMaxDevices; ++i) {
        nvmlDevice_t dev = nullptr;
        if (m_api->handle(i, &dev) != kNvmlSuccess)
            continue;
        GpuInfo g;
        g.vendor = QStringLiteral("NVIDIA");
        g.source = QStringLiteral("nvml");
        g.driver = QString::fromLatin1(version);
        char buf[96] = {};
        if (m_api->name(dev, buf, sizeof buf - 1) == kNvmlSuccess)
            g.model = QString::fromUtf8(buf);
        NvmlMemory mem {};
        if (m_api->memory && m_api->memory(dev, &mem) == kNvmlSuccess)
            g.memoryBytes = static_cast<qint64>(mem.total);
        unsigned t = 0;
        if (m_api->temperature && m_api->temperature(dev, kNvmlTemperatureGpu, &t) == kNvmlSuccess && t < 150)
            g.temperatureC = t;
        nvml::PciInfo pci {};
        if (m_api->pci && m_api->pci(dev, &pci) == kNvmlSuccess) {
            pci.busId[sizeof pci.busId - 1] = 0;
            g.pciBusId = normalPciBusId(QString::fromLatin1(pci.busId));
        }
        out.append(g);
    }
    return out;
}

std::optional<double> Nvml::hottestTemperatureC() const
{
    if (!m_ok || !m_api->temperature)
        return std::nullopt;
    unsigned n = 0;
    if (m_api->count(&n) != kNvmlSuccess)
        return std::nullopt;
    std::optional<double> hottest;
    for (unsigned i = 0; i < n && i < kMaxDevices; ++i) {
        nvmlDevice_t dev = nullptr;
        unsigned t = 0;
        // Readings outside what a GPU can report are a broken sensor, not a fire.
        if (m_api->handle(i, &dev) == kNvmlSuccess
            && m_api->temperature(dev, kNvmlTemperatureGpu, &t) == kNvmlSuccess && t < 150)
            hottest = std::max(hottest.value_or(0.0), static_cast<double>(t));
    }
    return hottest;
}

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<TemperatureSource> createPlatformTemperatureSource(const QString& library)
{
    return std::make_unique<platform::Nvml>(library.isEmpty() ? platform::Nvml::defaultLibrary() : library);
}

} // namespace sc::core
