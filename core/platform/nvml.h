// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/temperaturesource.h"

namespace sc::core::platform {

// NVIDIA Management Library, loaded at run time (dlopen; no build dependency on the driver).
// Opened once and kept. Machines without an NVIDIA driver get isValid() false.
class Nvml final : public TemperatureSource {
public:
    static QString defaultLibrary(); // libnvidia-ml.so.1 (nvml.dll on Windows, none elsewhere)
    explicit Nvml(const QString& library = defaultLibrary());
    ~Nvml() override;
    Nvml(const Nvml&) = delete;
    Nvml& operator=(const Nvml&) = delete;

    bool isValid() const override { return m_ok; }
    QString error() const override { return m_error; }
    QList<GpuInfo> gpus() const override;
    std::optional<double> hottestTemperatureC() const override;

private:
    struct Api;
    void* m_lib = nullptr;
    Api* m_api = nullptr;
    bool m_ok = false;
    QString m_error;
};

} // namespace sc::core::platform
