// SPDX-License-Identifier: GPL-3.0-or-later
// No NVML on this OS (macOS has no current NVIDIA driver): an Nvml that is never valid, so
// callers need no OS test of their own.
#include "platform/nvml.h"

namespace sc::core::platform {

struct Nvml::Api { };

QString Nvml::defaultLibrary() { return {}; }

Nvml::Nvml(const QString&)
    : m_error(QStringLiteral("NVML is not available on this system"))
{
}

Nvml::~Nvml() = default;

QList<GpuInfo> Nvml::gpus() const { return {}; }

std::optional<double> Nvml::hottestTemperatureC() const { return std::nullopt; }

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<TemperatureSource> createPlatformTemperatureSource(const QString& library)
{
    return std::make_unique<platform::Nvml>(library);
}

} // namespace sc::core
