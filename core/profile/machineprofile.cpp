// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/machineprofile.h"

#include <QFile>
#include <QSet>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

namespace sc::core {

namespace {
    QByteArray readSmallFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(4 * 1024 * 1024) : QByteArray();
    }
} // namespace

QJsonObject MachineProfile::toJson() const
{
    return QJsonObject { { QStringLiteral("cpu_model"), cpuModel }, { QStringLiteral("cpu_vendor"), cpuVendor },
        { QStringLiteral("logical_cpus"), logicalCpus }, { QStringLiteral("physical_cores"), physicalCores },
        { QStringLiteral("ram_total_bytes"), ramTotalBytes }, { QStringLiteral("ram_available_bytes"), ramAvailableBytes },
        { QStringLiteral("disk_free_bytes"), diskFreeBytes }, { QStringLiteral("os"), os },
        { QStringLiteral("kernel"), kernel }, { QStringLiteral("arch"), arch } };
}

MachineProfile readMachineProfile(const QString& procRoot, const QString& dataDir)
{
    MachineProfile p;
    // /proc/cpuinfo: one block per logical CPU; (physical id, core id) pairs count real cores.
    QSet<QPair<int, int>> cores;
    int physicalId = 0;
    for (const QByteArray& line : readSmallFile(procRoot + QStringLiteral("/cpuinfo")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "processor")
            ++p.logicalCpus;
        else if (key == "model name" && p.cpuModel.isEmpty())
            p.cpuModel = QString::fromUtf8(value);
        else if (key == "vendor_id" && p.cpuVendor.isEmpty())
            p.cpuVendor = QString::fromUtf8(value);
        else if (key == "physical id")
            physicalId = value.toInt();
        else if (key == "core id")
            cores.insert({ physicalId, value.toInt() });
    }
    p.physicalCores = cores.isEmpty() ? p.logicalCpus : static_cast<int>(cores.size());
    for (const QByteArray& line : readSmallFile(procRoot + QStringLiteral("/meminfo")).split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 2 && f[0] == "MemTotal:")
            p.ramTotalBytes = f[1].toLongLong() * 1024;
        else if (f.size() >= 2 && f[0] == "MemAvailable:")
            p.ramAvailableBytes = f[1].toLongLong() * 1024;
    }
    if (p.logicalCpus == 0)
        p.logicalCpus = QThread::idealThreadCount();
    if (!dataDir.isEmpty()) {
        const QStorageInfo disk(dataDir);
        if (disk.isValid())
            p.diskFreeBytes = disk.bytesAvailable();
    }
    p.os = QSysInfo::prettyProductName();
    p.kernel = QSysInfo::kernelVersion();
    p.arch = QSysInfo::currentCpuArchitecture();
    return p;
}

} // namespace sc::core
