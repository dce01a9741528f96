// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace sc::core {

struct GpuInfo {
    QString vendor; // "NVIDIA", "AMD", "Intel", or the PCI vendor id
    QString model;
    qint64 memoryBytes = -1; // -1 = unknown
    QString driver; // kernel driver or NVIDIA driver version
    QString source; // "nvml" or "drm"
    QString pciBusId; // "0000:01:00.0" where known (NVML's or the DRM device's address)
    std::optional<double> temperatureC;
};

// GPU temperatures from the vendor's library (NVIDIA's NVML). CPU and AMD/Intel GPU sensors
// are files under /sys, read by sensors/hwsensors.h. Kept open: a reading is a few
// microseconds, cheap enough for the engine's once-a-second probe.
class TemperatureSource {
public:
    virtual ~TemperatureSource() = default;
    virtual bool isValid() const = 0;
    virtual QString error() const = 0; // why not valid, for the log and `profile`
    virtual QList<GpuInfo> gpus() const = 0;
    // The hottest GPU core now, or nullopt (no GPU, or no reading).
    virtual std::optional<double> hottestTemperatureC() const = 0;
};

// NVML from `library` (empty = the driver's own, platform::Nvml::defaultLibrary()) where the
// OS has NVML (Linux, Windows), else a source without GPUs. Defined once per OS:
// platform/{linux,win,dummy}/temperature_<os>.cpp.
std::unique_ptr<TemperatureSource> createPlatformTemperatureSource(const QString& library = {});

} // namespace sc::core
