// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/systemprobe.h"

#include "platform/idlesource.h"
#include "platform/powersource.h"
#include "platform/proctree.h"
#include "platform/temperaturesource.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QThread>
#include <algorithm>

namespace sc::core {

namespace {
    QByteArray readAll(const QString& path, qint64 max = 1 << 20)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.read(max) : QByteArray();
    }
} // namespace

SystemProbe::SystemProbe(IdleSource* idle, QString sysRoot, QString procRoot)
    : m_idle(idle)
    , m_sys(std::move(sysRoot))
    , m_proc(std::move(procRoot))
{
}

SystemProbe::~SystemProbe() = default;

void SystemProbe::setNvmlLibrary(const QString& library)
{
    setTemperatureSource(createPlatformTemperatureSource(library));
}

void SystemProbe::setTemperatureSource(std::unique_ptr<TemperatureSource> temps)
{
    m_gpuTemps = temps && temps->isValid() ? std::move(temps) : nullptr;
}

double SystemProbe::otherCpuPercent(const QList<qint64>& taskPids)
{
    // /proc/stat "cpu" line: user nice system idle iowait irq softirq steal ...
    const QByteArray stat = readAll(m_proc + QStringLiteral("/stat"), 8192);
    const QList<QByteArray> f = stat.left(stat.indexOf('\n')).simplified().split(' ');
    if (f.size() < 8 || f[0] != "cpu")
        return 0;
    double total = 0;
    for (int i = 1; i < std::min<qsizetype>(f.size(), 9); ++i)
        total += f[i].toDouble();
    const double idle = f[4].toDouble() + f[5].toDouble();
    const double busy = total - idle;
    double taskTicks = 0;
    for (qint64 pid : taskPids)
        taskTicks += std::max(0.0, platform::treeCpuSeconds(pid, m_proc)) * platform::clockTicksPerSecond();
    double percent = 0;
    if (m_lastTotal >= 0 && total > m_lastTotal) {
        // Our tasks run at idle priority and count as busy in /proc/stat: take them out.
        const double taskDelta = std::max(0.0, taskTicks - m_lastTaskTicks);
        percent = std::clamp((busy - m_lastBusy - taskDelta) / (total - m_lastTotal) * 100.0, 0.0, 100.0);
    }
    m_lastTotal = total;
    m_lastBusy = busy;
    m_lastTaskTicks = taskTicks;
    return percent;
}

QStringList SystemProbe::runningPrograms(const QStringList& names) const
{
    QStringList found;
    if (names.isEmpty())
        return found;
    const QDir proc(m_proc);
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!entry.at(0).isDigit())
            continue;
        const QString comm
            = QString::fromUtf8(readAll(proc.filePath(entry) + QStringLiteral("/comm"), 64)).trimmed();
        for (const QString& n : names) {
            // comm is cut at 15 characters by the kernel.
            if (!comm.isEmpty()
                && (comm.compare(n, Qt::CaseInsensitive) == 0
                    || (comm.size() == 15 && n.startsWith(comm, Qt::CaseInsensitive)))) {
                if (!found.contains(n))
                    found.append(n);
            }
        }
    }
    return found;
}

void SystemProbe::setPowerBus(const QDBusConnection& bus) { setPowerSource(createPlatformPowerSource(bus)); }

void SystemProbe::setPowerSource(std::unique_ptr<PowerSource> power) { m_power = std::move(power); }

SystemProbe::Sample SystemProbe::sample(
    qint64 nowUnix, const QList<qint64>& taskPids, qint64 taskRssBytes, const QStringList& exclusivePrograms)
{
    Sample s;
    PolicyInputs& in = s.inputs;
    in.now = nowUnix;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(nowUnix);
    in.weekday = local.date().dayOfWeek() - 1;
    in.hour = local.time().hour();
    if (m_idle) {
        in.idleSeconds = m_idle->idleSeconds();
        s.idleSource = m_idle->name();
    } else {
        s.idleSource = QStringLiteral("unknown");
    }
    const QList<TempReading> temps = readTemperatures(m_sys);
    if (const auto cpu = cpuTemperature(temps)) {
        s.cpuTempC = cpu->celsius;
        s.cpuSensor = cpu->driver + QLatin1Char(' ') + cpu->label;
    }
    if (const auto gpu = gpuTemperature(temps))
        s.gpuTempC = gpu->celsius;
    if (m_gpuTemps) {
        if (const auto t = m_gpuTemps->hottestTemperatureC())
            s.gpuTempC = std::max(s.gpuTempC.value_or(*t), *t);
    }
    in.gpuTempC = s.gpuTempC;
    std::optional<PowerState> platformPower;
    if (m_power)
        platformPower = m_power->read();
    m_powerSource = platformPower ? m_power->name() : QStringLiteral("sysfs");
    const PowerState power = platformPower ? *platformPower : readPowerSupply(m_sys);
    in.onBattery = power.onBattery;
    in.batteryPercent = power.batteryPercent;
    in.otherCpuPercent = otherCpuPercent(taskPids);
    qint64 ram = 0;
    for (const QByteArray& line : readAll(m_proc + QStringLiteral("/meminfo"), 8192).split('\n')) {
        if (line.startsWith("MemTotal:"))
            ram = line.mid(9).trimmed().split(' ').first().toLongLong() * 1024;
    }
    s.ramBytes = ram;
    in.taskMemoryPercent
        = ram > 0 ? static_cast<double>(taskRssBytes) / static_cast<double>(ram) * 100.0 : 0.0;
    // Scanning every process costs a few milliseconds: every 5 s is enough for games. A changed
    // list is scanned at once, so a program the user takes off it stops holding work back now.
    if (exclusivePrograms != m_lastProgramsList || m_lastProgramsScan < 0 || nowUnix - m_lastProgramsScan >= 5
        || nowUnix < m_lastProgramsScan) {
        m_lastPrograms = exclusivePrograms.isEmpty() ? QStringList() : runningPrograms(exclusivePrograms);
        m_lastProgramsList = exclusivePrograms;
        m_lastProgramsScan = nowUnix;
    }
    in.runningExclusive = m_lastPrograms;
    in.logicalCpus = QThread::idealThreadCount();
    return s;
}

} // namespace sc::core
