// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/opencl.h"
#include "platform/temperaturesource.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sc::core {

struct CacheInfo {
    int level = 0;
    QString type; // Data, Instruction, Unified
    qint64 bytes = 0;
};

// What this computer is: what the hub needs to size work and what "This PC" shows.
struct MachineProfile {
    QString cpuModel;
    QString cpuVendor;
    int cpuFamily = -1;
    int cpuModelNumber = -1;
    QStringList isaFeatures; // sse2 sse4_2 avx avx2 avx512f neon … (as the CPU reports them)
    int logicalCpus = 0;
    int physicalCores = 0;
    int sockets = 0;
    qint64 baseFrequencyKHz = -1;
    qint64 maxFrequencyKHz = -1;
    QList<CacheInfo> caches;
    qint64 ramTotalBytes = 0;
    qint64 ramAvailableBytes = 0;
    qint64 swapTotalBytes = 0;
    qint64 diskFreeBytes = -1; // in the data folder
    QList<GpuInfo> gpus;
    QList<platform::OpenClDevice> openclDevices; // each with the index of its GPU above, if any
    QString openclError; // why there is none (no loader, no driver)
    QString os;
    QString kernel;
    QString arch;
    QString sessionType; // x11, wayland, tty, unknown
    QString desktop; // XDG_CURRENT_DESKTOP
    bool batteryPresent = false;
    std::optional<double> cpuTemperatureC;
    QString cpuTemperatureSensor;

    QJsonObject toJson() const;
    // A stable fingerprint of the hardware: the benchmark is re-run when it changes.
    QString hardwareFingerprint() const;
};

struct ProfileRoots {
    QString proc = QStringLiteral("/proc");
    QString sys = QStringLiteral("/sys");
    QString dataDir;
    QString sessionType; // from XDG_SESSION_TYPE (tests pass their own)
    QString desktop;
    bool useNvml = true; // tests turn NVML off to stay on their fixtures
    QString nvmlLibrary; // empty = the driver's libnvidia-ml.so.1; tests load a fake one
    // List the OpenCL devices. Off by default: it loads every installed OpenCL driver into the
    // process (NVIDIA's is large, some start threads or hang), which `sparecycles-cli profile`
    // may do but the long-running engine should not (it is to ask a child process, as BOINC
    // detects GPUs; issue 15).
    bool useOpenCl = false;
    QString openclLibrary; // empty = the ICD loader (libOpenCL.so.1)
};

MachineProfile readMachineProfile(const ProfileRoots& roots);
// Convenience for the real machine.
MachineProfile readMachineProfile(const QString& dataDir);
// The real machine's roots, with the session type and desktop from this session's environment.
ProfileRoots sessionProfileRoots(const QString& dataDir);

} // namespace sc::core
