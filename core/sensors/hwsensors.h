// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/powersource.h"

#include <QList>
#include <QString>
#include <optional>

namespace sc::core {

// Temperatures and power from Linux sysfs. Every function takes the sysfs root ("/sys"
// normally, a fixture tree under tests/data in tests), so each backend is tested without the
// hardware.
struct TempReading {
    enum class Kind { Cpu, Gpu, Disk, Other };
    QString driver; // hwmon "name": k10temp, coretemp, zenpower, amdgpu, nvme, acpitz, …
    QString label; // temp*_label, or the thermal zone type
    Kind kind = Kind::Other;
    double celsius = 0;
    int priority = 0; // higher = a better measure of the package for its kind
};

QList<TempReading> readTemperatures(const QString& sysRoot);

// The reading that best represents the CPU package (k10temp Tctl/Tdie, zenpower, coretemp
// Package, SoC thermal zones), or nullopt when none is readable.
std::optional<TempReading> cpuTemperature(const QList<TempReading>& all);
// The hottest GPU sensor (amdgpu junction/edge, …) or nullopt.
std::optional<TempReading> gpuTemperature(const QList<TempReading>& all);

// Mains and system batteries from /sys/class/power_supply (the fallback behind the platform's
// PowerSource, platform/powersource.h).
PowerState readPowerSupply(const QString& sysRoot);

} // namespace sc::core
