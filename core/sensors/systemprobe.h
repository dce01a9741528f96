// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "policy/throttlepolicy.h"
#include "sensors/hwsensors.h"

#include <QSet>
#include <QString>
#include <memory>
#include <optional>

class QDBusConnection;

namespace sc::core {

class IdleSource;
class PowerSource;
class TemperatureSource;

// Everything the policy needs from the machine, sampled on demand. The engine owns one; tests
// point it at fixture trees and a fake idle source.
class SystemProbe final {
public:
    struct Sample {
        PolicyInputs inputs;
        QString idleSource;
        std::optional<double> cpuTempC;
        std::optional<double> gpuTempC;
        QString cpuSensor; // "k10temp Tctl"
        qint64 ramBytes = 0; // MemTotal
    };

    // idle may be null (= unknown). sysRoot/procRoot are "/sys" and "/proc" outside tests.
    SystemProbe(IdleSource* idle, QString sysRoot, QString procRoot);
    ~SystemProbe();

    // taskPids: processes of our own tasks, whose CPU and memory are not "other programs".
    // taskRssBytes: what the tasks hold, as the executor last measured it (read once per tick
    // there, not twice).
    Sample sample(qint64 nowUnix, const QList<qint64>& taskPids, qint64 taskRssBytes,
        const QStringList& exclusivePrograms);

    IdleSource* idleSource() const { return m_idle; }
    // Ask the platform's power source first for battery state (Linux: UPower on this bus, the
    // system bus outside tests); without one, or when it cannot answer, sysfs decides.
    void setPowerBus(const QDBusConnection& bus);
    void setPowerSource(std::unique_ptr<PowerSource> power);
    // Read NVIDIA GPU temperatures through NVML from this library (the driver's outside
    // tests); without one only hwmon GPUs (amdgpu, …) count.
    void setNvmlLibrary(const QString& library);
    // Any GPU temperature source (tests' fakes); an invalid one is dropped.
    void setTemperatureSource(std::unique_ptr<TemperatureSource> temps);
    QString powerSource() const { return m_powerSource; }

private:
    double otherCpuPercent(const QList<qint64>& taskPids);
    QStringList runningPrograms(const QStringList& names) const;

    IdleSource* m_idle;
    std::unique_ptr<PowerSource> m_power;
    std::unique_ptr<TemperatureSource> m_gpuTemps;
    QString m_powerSource;
    QString m_sys;
    QString m_proc;
    // Previous totals for the CPU load difference.
    double m_lastBusy = -1;
    double m_lastTotal = -1;
    double m_lastTaskTicks = 0;
    qint64 m_lastProgramsScan = -1;
    QStringList m_lastPrograms;
    QStringList m_lastProgramsList; // the names m_lastPrograms was scanned for
};

} // namespace sc::core
