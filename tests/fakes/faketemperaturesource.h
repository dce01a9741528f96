// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/temperaturesource.h"

namespace sc::core {

// GPUs and a hottest temperature the test sets. For NVML's own code path (dlopen of a library)
// see fake_nvml.c beside this file.
class FakeTemperatureSource final : public TemperatureSource {
public:
    bool valid = true;
    QList<GpuInfo> gpuList;
    std::optional<double> hottest;
    bool isValid() const override { return valid; }
    QString error() const override { return valid ? QString() : QStringLiteral("fake: no GPU"); }
    QList<GpuInfo> gpus() const override { return gpuList; }
    std::optional<double> hottestTemperatureC() const override { return hottest; }
};

} // namespace sc::core
