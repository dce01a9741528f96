// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/machineprofile.h"

#include <QList>
#include <QString>
#include <optional>

namespace sc::core::platform {

// NVIDIA Management Library, loaded at run time (dlopen; no build dependency on the driver).
// Opened once and kept: reading temperatures is then a few microseconds, cheap enough for
// the engine's once-a-second probe. Machines without an NVIDIA driver get isValid() false.
class Nvml final {
public:
    static QString defaultLibrary(); // libnvidia-ml.so.1 (nvml.dll on Windows)
    explicit Nvml(const QString& library = defaultLibrary());
    ~Nvml();
    Nvml(const Nvml&) = delete;
    Nvml& operator=(const Nvml&) = delete;

    bool isValid() const { return m_ok; }
    QString error() const { return m_error; } // why not valid, for the log and `profile`

    QList<GpuInfo> gpus() const;
    // The hottest GPU core now, or nullopt (no GPU, or no reading).
    std::optional<double> hottestTemperatureC() const;

private:
    struct Api;
    void* m_lib = nullptr;
    Api* m_api = nullptr;
    bool m_ok = false;
    QString m_error;
};

} // namespace sc::core::platform
