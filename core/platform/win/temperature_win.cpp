// SPDX-License-Identifier: GPL-3.0-or-later
// NVML on Windows: nvml.dll loaded at run time by winplatform.cpp (which also finds it: by
// full path only, never the search path); this only converts. Never compiled (no Windows Qt).
#include "platform/nvml.h"
#include "platform/win/winplatform.h"

#include <string>

namespace sc::core::platform {

struct Nvml::Api { };

QString Nvml::defaultLibrary() { return QStringLiteral("nvml.dll"); }

Nvml::Nvml(const QString&)
{
    std::string reason;
    m_ok = !win::nvmlGpus(&reason).empty();
    m_error = QString::fromStdString(reason);
}

Nvml::~Nvml() = default;

QList<GpuInfo> Nvml::gpus() const
{
    std::string reason;
    QList<GpuInfo> out;
    for (const win::GpuRaw& raw : win::nvmlGpus(&reason)) {
        GpuInfo g;
        g.vendor = QStringLiteral("NVIDIA");
        g.source = QStringLiteral("nvml");
        g.model = QString::fromStdString(raw.name);
        g.driver = QString::fromStdString(raw.driver);
        if (raw.memoryBytes > 0)
            g.memoryBytes = static_cast<qint64>(raw.memoryBytes);
        g.temperatureC = raw.temperature;
        out.append(g);
    }
    return out;
}

std::optional<double> Nvml::hottestTemperatureC() const
{
    return m_ok ? win::nvmlMaxTemperature() : std::nullopt;
}

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<TemperatureSource> createPlatformTemperatureSource(const QString& library)
{
    return std::make_unique<platform::Nvml>(library.isEmpty() ? platform::Nvml::defaultLibrary() : library);
}

} // namespace sc::core
