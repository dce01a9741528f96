// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/machineprofile.h"

#include "platform/temperaturesource.h"
#include "sensors/hwsensors.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcessEnvironment>
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

    QString readLine(const QString& path) { return QString::fromUtf8(readSmallFile(path)).trimmed(); }

    qint64 parseCacheSize(const QString& s)
    {
        // "32K", "1024K", "8M"
        if (s.isEmpty())
            return 0;
        const QChar unit = s.back().toUpper();
        const qint64 n = (unit.isDigit() ? s : s.chopped(1)).toLongLong();
        return unit == QLatin1Char('K') ? n * 1024 : unit == QLatin1Char('M') ? n * 1024 * 1024 : n;
    }

    // ISA features the hub and the user care about, in a stable order.
    const char* const kFeatures[] = { "sse2", "sse4_1", "sse4_2", "avx", "avx2", "fma", "avx512f", "avx512bw",
        "avx512vl", "sha_ni", "aes", "neon", "asimd", "sve" };

    QString pciVendorName(const QString& id)
    {
        if (id == QLatin1String("0x10de"))
            return QStringLiteral("NVIDIA");
        if (id == QLatin1String("0x1002"))
            return QStringLiteral("AMD");
        if (id == QLatin1String("0x8086"))
            return QStringLiteral("Intel");
        return id;
    }
} // namespace

QJsonObject MachineProfile::toJson() const
{
    QJsonArray gpuArray;
    for (const GpuInfo& g : gpus) {
        QJsonObject o { { QStringLiteral("vendor"), g.vendor }, { QStringLiteral("model"), g.model },
            { QStringLiteral("memory_bytes"), g.memoryBytes }, { QStringLiteral("driver"), g.driver },
            { QStringLiteral("source"), g.source }, { QStringLiteral("pci_bus_id"), g.pciBusId } };
        o.insert(
            QStringLiteral("temperature_c"), g.temperatureC ? QJsonValue(*g.temperatureC) : QJsonValue());
        gpuArray.append(o);
    }
    QJsonArray openclArray;
    for (const platform::OpenClDevice& d : openclDevices)
        openclArray.append(platform::toJson(d));
    QJsonArray cacheArray;
    for (const CacheInfo& c : caches) {
        cacheArray.append(QJsonObject { { QStringLiteral("level"), c.level },
            { QStringLiteral("type"), c.type }, { QStringLiteral("bytes"), c.bytes } });
    }
    QJsonObject o { { QStringLiteral("cpu_model"), cpuModel }, { QStringLiteral("cpu_vendor"), cpuVendor },
        { QStringLiteral("cpu_family"), cpuFamily }, { QStringLiteral("cpu_model_number"), cpuModelNumber },
        { QStringLiteral("isa_features"), QJsonArray::fromStringList(isaFeatures) },
        { QStringLiteral("logical_cpus"), logicalCpus }, { QStringLiteral("physical_cores"), physicalCores },
        { QStringLiteral("sockets"), sockets }, { QStringLiteral("base_frequency_khz"), baseFrequencyKHz },
        { QStringLiteral("max_frequency_khz"), maxFrequencyKHz }, { QStringLiteral("caches"), cacheArray },
        { QStringLiteral("ram_total_bytes"), ramTotalBytes },
        { QStringLiteral("ram_available_bytes"), ramAvailableBytes },
        { QStringLiteral("swap_total_bytes"), swapTotalBytes },
        { QStringLiteral("disk_free_bytes"), diskFreeBytes }, { QStringLiteral("gpus"), gpuArray },
        { QStringLiteral("opencl_devices"), openclArray }, { QStringLiteral("opencl_error"), openclError },
        { QStringLiteral("os"), os }, { QStringLiteral("kernel"), kernel }, { QStringLiteral("arch"), arch },
        { QStringLiteral("session_type"), sessionType }, { QStringLiteral("desktop"), desktop },
        { QStringLiteral("battery_present"), batteryPresent },
        { QStringLiteral("cpu_temperature_sensor"), cpuTemperatureSensor } };
    o.insert(
        QStringLiteral("cpu_temperature_c"), cpuTemperatureC ? QJsonValue(*cpuTemperatureC) : QJsonValue());
    return o;
}

QString MachineProfile::hardwareFingerprint() const
{
    QStringList parts { cpuModel, QString::number(logicalCpus), QString::number(physicalCores),
        QString::number(ramTotalBytes / (256 * 1024 * 1024)) };
    for (const GpuInfo& g : gpus)
        parts << g.model;
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QLatin1Char('|')).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

MachineProfile readMachineProfile(const ProfileRoots& roots)
{
    MachineProfile p;
    // /proc/cpuinfo: one block per logical CPU; (physical id, core id) pairs count real cores.
    QSet<QPair<int, int>> cores;
    QSet<int> sockets;
    QSet<QString> flags;
    int physicalId = 0;
    for (const QByteArray& line : readSmallFile(roots.proc + QStringLiteral("/cpuinfo")).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (key == "processor") {
            ++p.logicalCpus;
        } else if ((key == "model name" || key == "Model") && p.cpuModel.isEmpty()) {
            p.cpuModel = QString::fromUtf8(value);
        } else if ((key == "vendor_id" || key == "CPU implementer") && p.cpuVendor.isEmpty()) {
            p.cpuVendor = QString::fromUtf8(value);
        } else if (key == "cpu family" && p.cpuFamily < 0) {
            p.cpuFamily = value.toInt();
        } else if (key == "model" && p.cpuModelNumber < 0) {
            p.cpuModelNumber = value.toInt();
        } else if (key == "physical id") {
            physicalId = value.toInt();
            sockets.insert(physicalId);
        } else if (key == "core id") {
            cores.insert({ physicalId, value.toInt() });
        } else if ((key == "flags" || key == "Features") && flags.isEmpty()) {
            for (const QByteArray& f : value.split(' '))
                flags.insert(QString::fromLatin1(f));
        }
    }
    for (const char* f : kFeatures) {
        if (flags.contains(QLatin1String(f)))
            p.isaFeatures.append(QLatin1String(f));
    }
    p.physicalCores = cores.isEmpty() ? p.logicalCpus : static_cast<int>(cores.size());
    p.sockets = sockets.isEmpty() ? 1 : static_cast<int>(sockets.size());
    const QString cpu0 = roots.sys + QStringLiteral("/devices/system/cpu/cpu0");
    bool ok = false;
    qint64 v = readLine(cpu0 + QStringLiteral("/cpufreq/cpuinfo_max_freq")).toLongLong(&ok);
    if (ok)
        p.maxFrequencyKHz = v;
    v = readLine(cpu0 + QStringLiteral("/cpufreq/base_frequency")).toLongLong(&ok);
    if (ok)
        p.baseFrequencyKHz = v;
    const QDir cacheDir(cpu0 + QStringLiteral("/cache"));
    for (const QString& idx : cacheDir.entryList({ QStringLiteral("index*") }, QDir::Dirs, QDir::Name)) {
        CacheInfo c;
        c.level = readLine(cacheDir.filePath(idx) + QStringLiteral("/level")).toInt();
        c.type = readLine(cacheDir.filePath(idx) + QStringLiteral("/type"));
        c.bytes = parseCacheSize(readLine(cacheDir.filePath(idx) + QStringLiteral("/size")));
        if (c.level > 0 && c.bytes > 0)
            p.caches.append(c);
    }
    for (const QByteArray& line : readSmallFile(roots.proc + QStringLiteral("/meminfo")).split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 2)
            continue;
        if (f[0] == "MemTotal:")
            p.ramTotalBytes = f[1].toLongLong() * 1024;
        else if (f[0] == "MemAvailable:")
            p.ramAvailableBytes = f[1].toLongLong() * 1024;
        else if (f[0] == "SwapTotal:")
            p.swapTotalBytes = f[1].toLongLong() * 1024;
    }
    if (p.logicalCpus == 0)
        p.logicalCpus = QThread::idealThreadCount();
    if (!roots.dataDir.isEmpty()) {
        const QStorageInfo disk(roots.dataDir);
        if (disk.isValid())
            p.diskFreeBytes = disk.bytesAvailable();
    }
    // GPUs: NVML for NVIDIA (names, memory, temperature); DRM sysfs for the others.
    if (roots.useNvml) {
        const auto nvml = createPlatformTemperatureSource(roots.nvmlLibrary);
        p.gpus = nvml->gpus();
    }
    const bool haveNvidia = !p.gpus.isEmpty();
    const QList<TempReading> temps = readTemperatures(roots.sys);
    const QDir drm(roots.sys + QStringLiteral("/class/drm"));
    for (const QString& card : drm.entryList({ QStringLiteral("card[0-9]*") }, QDir::Dirs, QDir::Name)) {
        if (card.contains(QLatin1Char('-')))
            continue; // connectors such as card0-HDMI-A-1
        const QString dev = drm.filePath(card) + QStringLiteral("/device");
        const QString vendorId = readLine(dev + QStringLiteral("/vendor"));
        if (vendorId.isEmpty() || (haveNvidia && vendorId == QLatin1String("0x10de")))
            continue;
        GpuInfo g;
        g.vendor = pciVendorName(vendorId);
        g.model = readLine(dev + QStringLiteral("/product_name"));
        if (g.model.isEmpty())
            g.model = g.vendor + QStringLiteral(" GPU ") + readLine(dev + QStringLiteral("/device"));
        bool memOk = false;
        const qint64 vram = readLine(dev + QStringLiteral("/mem_info_vram_total")).toLongLong(&memOk);
        if (memOk)
            g.memoryBytes = vram;
        g.driver = QFileInfo(dev + QStringLiteral("/driver")).symLinkTarget().section(QLatin1Char('/'), -1);
        if (g.driver.isEmpty())
            g.driver = readLine(dev + QStringLiteral("/driver_name"));
        g.source = QStringLiteral("drm");
        g.pciBusId = platform::normalPciBusId(QFileInfo(dev).symLinkTarget().section(QLatin1Char('/'), -1));
        if (const auto t = gpuTemperature(temps))
            g.temperatureC = t->celsius;
        p.gpus.append(g);
    }
    // OpenCL devices (what GPU tasks can run on), matched to the GPUs above.
    if (roots.useOpenCl) {
        p.openclDevices = platform::listOpenClDevices(&p.openclError, roots.openclLibrary);
        platform::matchOpenClToGpus(p.openclDevices, p.gpus);
    }
    if (const auto t = cpuTemperature(temps)) {
        p.cpuTemperatureC = t->celsius;
        p.cpuTemperatureSensor = t->driver + QLatin1Char(' ') + t->label;
    }
    p.batteryPresent = readPowerSupply(roots.sys).batteryPresent;
    p.os = QSysInfo::prettyProductName();
    p.kernel = QSysInfo::kernelVersion();
    p.arch = QSysInfo::currentCpuArchitecture();
    p.sessionType = roots.sessionType.isEmpty() ? QStringLiteral("unknown") : roots.sessionType;
    p.desktop = roots.desktop;
    return p;
}

MachineProfile readMachineProfile(const QString& dataDir)
{
    return readMachineProfile(sessionProfileRoots(dataDir));
}

ProfileRoots sessionProfileRoots(const QString& dataDir)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    ProfileRoots roots;
    roots.dataDir = dataDir;
    roots.sessionType = env.value(QStringLiteral("XDG_SESSION_TYPE"));
    if (roots.sessionType.isEmpty())
        roots.sessionType = env.contains(QStringLiteral("WAYLAND_DISPLAY")) ? QStringLiteral("wayland")
            : env.contains(QStringLiteral("DISPLAY"))                       ? QStringLiteral("x11")
                                                                            : QStringLiteral("tty");
    roots.desktop = env.value(QStringLiteral("XDG_CURRENT_DESKTOP"));
    return roots;
}

} // namespace sc::core
