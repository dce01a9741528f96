// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace sc::core {

// What this computer is, as far as the hub and the user need to know. Basic for now: the
// profile issue adds GPUs, ISA features, caches, sensors and the benchmark.
struct MachineProfile {
    QString cpuModel;
    QString cpuVendor;
    int logicalCpus = 0;
    int physicalCores = 0;
    qint64 ramTotalBytes = 0;
    qint64 ramAvailableBytes = 0;
    qint64 diskFreeBytes = -1; // in the data folder
    QString os;
    QString kernel;
    QString arch;

    QJsonObject toJson() const;
};

// Reads the profile from procfs rooted at procRoot ("/proc" normally; a fixture tree in tests).
MachineProfile readMachineProfile(const QString& procRoot, const QString& dataDir);

} // namespace sc::core
