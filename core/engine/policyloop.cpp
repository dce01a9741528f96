// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/policyloop.h"

#include "platform/idlesource.h"
#include "platform/nvml.h"
#include "settings/settings.h"
#include "tasks/executor.h"

#include <QDBusConnection>
#include <QStorageInfo>
#include <cmath>

namespace sc::core {

namespace {
    constexpr auto kMemoryStopGrace = std::chrono::seconds(10);
}

PolicyLoop::PolicyLoop(Options options, Settings& settings, Executor& executor, IdleSource* idle,
    WallClock wall, MonoClock mono, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_settings(settings)
    , m_executor(executor)
    , m_idle(idle)
    , m_wall(std::move(wall))
    , m_mono(std::move(mono))
    , m_probe(std::make_unique<SystemProbe>(idle, m_options.sysRoot, m_options.procRoot))
    , m_allowedCores(m_options.cores)
{
    m_reason = tr("Starting");
    const bool realSys = m_options.sysRoot == QLatin1String("/sys");
    // The platform's power source (UPower over the system bus on Linux, which falls back to
    // /sys/class/power_supply when the bus does not answer; the OS's own call elsewhere).
    if (realSys)
        m_probe->setPowerBus(QDBusConnection::systemBus());
    if (!m_options.nvmlLibrary.isEmpty())
        m_probe->setNvmlLibrary(m_options.nvmlLibrary);
    else if (realSys)
        m_probe->setNvmlLibrary(platform::Nvml::defaultLibrary());
    if (m_idle) {
        connect(m_idle, &IdleSource::userActive, this, &PolicyLoop::onUserActive);
        connect(m_idle, &IdleSource::userIdle, this, &PolicyLoop::userAway);
    }
    // 50 ms: the user's return must stop every task within 100 ms (BOINC checks once a second).
    m_fastPoll.setInterval(50);
    m_fastPoll.setTimerType(Qt::PreciseTimer);
    connect(&m_fastPoll, &QTimer::timeout, this, [this] {
        const auto seconds = m_idle ? m_idle->idleSeconds() : std::nullopt;
        // Any input resets the idle clock: a drop (or losing the source) means someone is here.
        if (!seconds || (m_lastIdle && *seconds + 0.001 < *m_lastIdle)) {
            onUserActive();
            return;
        }
        m_lastIdle = seconds;
    });
}

PolicyLoop::~PolicyLoop() = default;

void PolicyLoop::evaluate(bool blocked)
{
    PolicySettings ps = m_settings.policy();
    if (m_options.alwaysRun) {
        // --always-run: run whatever the user or other programs do (servers, scripts, tests).
        ps.runAlways = true;
        ps.suspendWhenOtherCpuPercent = 0;
    }
    ps.idleSecondsOverride = m_options.idleSecondsOverride;
    qint64 taskRss = 0;
    for (const auto& info : m_executor.tasks())
        taskRss += info.rssBytes;
    m_sample = m_probe->sample(m_wall(), m_executor.pids(), taskRss, ps.exclusivePrograms);
    if (!m_options.dataDir.isEmpty()) {
        m_sample.inputs.dataFolder = m_options.dataDir;
        if (m_options.freeBytes) {
            m_sample.inputs.diskFreeBytes = m_options.freeBytes(m_options.dataDir);
        } else {
            const QStorageInfo disk(m_options.dataDir);
            if (disk.isValid() && disk.isReady())
                m_sample.inputs.diskFreeBytes = disk.bytesAvailable();
        }
    }
    m_decision = m_policy.decide(m_sample.inputs, ps);
    m_lastIdle = m_sample.inputs.idleSeconds;
    m_reason = describeDecision(m_decision, ps);
    bool allowed = m_decision.cpuAllowed && !blocked;
    double duty = m_decision.cpuDuty;
    applyThermal(ps, allowed, duty);
    m_effectiveDuty = allowed ? duty : 0.0;
    m_allowedCores = std::min(m_options.cores, std::max(1, m_decision.allowedCores));
    // Below 100 % of the cores, tasks are also pinned to that many CPUs, so a task with
    // several threads cannot use more than the user allowed.
    m_executor.setCpuLimit(ps.maxCoresPercent < 100 ? m_allowedCores : 0);
    m_executor.setDutyCycle(allowed ? duty : 1.0);
    if (allowed == m_executor.isSuspended(false))
        m_executor.setSuspended(false, !allowed);
    m_runAllowed = allowed;
    // The CPU's hard stop holds GPU tasks too: their host threads run on the CPU (and, with PoCL,
    // their kernels).
    bool gpuAllowed = m_decision.gpuAllowed && !blocked && !m_thermalOut.hardStop;
    double gpuDuty = 1.0;
    applyGpuThermal(ps, gpuAllowed, gpuDuty);
    if (gpuAllowed && !allowed && m_gpuReason.isEmpty() && m_decision.reason == PolicyReason::UserActive)
        m_gpuReason = tr("Graphics card work goes on while you use the computer, as set in Settings");
    m_executor.setGpuDutyCycle(gpuAllowed ? gpuDuty : 1.0);
    if (gpuAllowed == m_executor.isSuspended(true))
        m_executor.setSuspended(true, !gpuAllowed);
    m_gpuAllowed = gpuAllowed;
    m_gpuDuty = gpuDuty;
    watchMemory(ps);
    const bool idleMatters = !ps.runAlways && ps.runNowUntil <= m_sample.inputs.now;
    m_stopOnReturn = allowed && idleMatters && ps.cpuWhenActive == PolicySettings::WhenActive::Suspend;
    m_gpuStopOnReturn = gpuAllowed && idleMatters && !ps.gpuWhenActive;
    m_watchIdle = (allowed || gpuAllowed) && idleMatters && m_idle && !m_idle->pushesActivity();
    watchIdle();
    // Sources that push it say the moment the user has been away long enough, so tasks start
    // then and not at the next tick.
    if (m_idle)
        m_idle->setIdleAlarm(idleMatters ? ps.idleThresholdSeconds() : -1);
}

double PolicyLoop::secondsSince(qint64& lastMs) const
{
    // A controller's first update counts as one second (its sample period).
    const qint64 now = m_mono();
    const double dt = lastMs < 0 ? 1.0 : static_cast<double>(now - lastMs) / 1000.0;
    lastMs = now;
    return dt;
}

void PolicyLoop::applyThermal(const PolicySettings& ps, bool& allowed, double& duty)
{
    // The controller holds the hottest CPU sensor at the user's limit. A machine with no
    // readable CPU sensor at all relies on the other limits (and says so in status); a sensor
    // that stops answering is the controller's business (it holds, then stops).
    m_hadCpuTemperature = m_hadCpuTemperature || m_sample.cpuTempC.has_value();
    if (!m_hadCpuTemperature)
        return;
    const double dt = secondsSince(m_lastThermalMs);
    m_thermal.setLimitC(ps.cpuTempLimitC);
    m_thermal.setMaxDuty(allowed ? duty : 1.0);
    m_thermalOut = m_thermal.update(m_sample.cpuTempC.value_or(std::nan("")), dt);
    if (m_thermalOut.hardStop && !m_inThermalStop && m_sample.cpuTempC)
        Q_EMIT thermalStop(*m_sample.cpuTempC, ps.cpuTempLimitC);
    m_inThermalStop = m_thermalOut.hardStop;
    if (!allowed || m_thermalOut.duty >= duty - 1e-6)
        return;
    duty = m_thermalOut.duty;
    const QString t = m_sample.cpuTempC ? QString::number(*m_sample.cpuTempC, 'f', 0) : tr("unknown");
    if (duty <= 0) {
        allowed = false;
        m_reason = m_thermalOut.hardStop
            ? tr("Paused: CPU at %1 °C, limit %2 °C").arg(t).arg(ps.cpuTempLimitC)
            : tr("Paused to cool down: CPU at %1 °C, limit %2 °C").arg(t).arg(ps.cpuTempLimitC);
    } else {
        m_reason = tr("Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)")
                       .arg(std::lround(duty * 100))
                       .arg(ps.cpuTempLimitC)
                       .arg(t);
    }
}

void PolicyLoop::applyGpuThermal(const PolicySettings& ps, bool& allowed, double& duty)
{
    m_gpuTooHot = false;
    m_gpuReason.clear();
    // Held back by the user's rules while CPU work runs: only "while I use the computer" can
    // do that (every other rule holds both), and the main sentence speaks of the CPU.
    if (!allowed && m_runAllowed)
        m_gpuReason = tr("Graphics card work is paused while you use the computer (Settings)");
    // As for the CPU: once a GPU temperature was read, the controller is in charge (a reading
    // that goes missing then holds, then stops); a computer without one relies on the rest.
    m_hadGpuTemperature = m_hadGpuTemperature || m_sample.inputs.gpuTempC.has_value();
    if (!m_hadGpuTemperature)
        return;
    const double dt = secondsSince(m_lastGpuThermalMs);
    m_gpuThermal.setLimitC(ps.gpuTempLimitC);
    m_gpuThermal.setMaxDuty(1.0);
    const ThermalController::Output out
        = m_gpuThermal.update(m_sample.inputs.gpuTempC.value_or(std::nan("")), dt);
    if (!allowed || out.duty >= 1.0 - 1e-6)
        return;
    duty = out.duty;
    const QString t
        = m_sample.inputs.gpuTempC ? QString::number(*m_sample.inputs.gpuTempC, 'f', 0) : tr("unknown");
    if (duty <= 0) {
        allowed = false;
        m_gpuTooHot = true;
        m_gpuReason = tr("Graphics card work is paused to cool down: graphics card at %1 °C, limit %2 °C")
                          .arg(t)
                          .arg(ps.gpuTempLimitC);
    } else {
        m_gpuReason = tr("Graphics card work is slowed to %1 % to keep the card under %2 °C (now %3 °C)")
                          .arg(std::lround(duty * 100))
                          .arg(ps.gpuTempLimitC)
                          .arg(t);
    }
}

void PolicyLoop::watchMemory(const PolicySettings& ps)
{
    if (m_sample.ramBytes <= 0)
        return;
    // A hard cap for the tasks together where a cgroup allows one: the highest limit the user
    // set, so even a task that grows between two samples cannot push the desktop into swap.
    const qint64 cap = m_sample.ramBytes / 100 * std::max(ps.maxMemoryIdlePercent, ps.maxMemoryActivePercent);
    if (cap != m_memoryCapBytes) {
        m_executor.setMemoryCap(cap);
        m_memoryCapBytes = cap;
    }
    QList<MemoryWatchdog::Task> running;
    for (const auto& info : m_executor.tasks())
        running.append({ info.taskId, info.rssBytes });
    const auto stop
        = m_memoryWatchdog.update(m_mono(), m_decision.reason == PolicyReason::MemoryLimit, running);
    if (!stop)
        return;
    Q_EMIT activity(
        tr("Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint "
           "and waits until there is room.")
            .arg(*stop)
            .arg(m_memoryWatchdog.peak(*stop) / (1024 * 1024))
            .arg(m_decision.memoryLimitPercent));
    m_executor.stopTask(*stop, kMemoryStopGrace);
}

bool PolicyLoop::fitsInMemory(const QString& taskId) const
{
    qint64 used = 0;
    for (const auto& info : m_executor.tasks())
        used += info.rssBytes;
    return m_memoryWatchdog.fits(taskId, used, m_sample.ramBytes / 100 * m_decision.memoryLimitPercent);
}

void PolicyLoop::onUserActive()
{
    // The tasks stop first, the whole evaluation (which reads every sensor) comes after: it
    // would decide the same, a few milliseconds later.
    if (m_stopOnReturn && !m_executor.isSuspended(false))
        m_executor.setSuspended(false, true);
    if (m_gpuStopOnReturn && !m_executor.isSuspended(true))
        m_executor.setSuspended(true, true);
    Q_EMIT userReturned();
}

void PolicyLoop::stopWatching()
{
    m_watchIdle = false;
    m_fastPoll.stop();
}

void PolicyLoop::watchIdle()
{
    // Watch the keyboard closely whenever tasks may run (not only while one runs: a task that
    // starts between two ticks must be covered from its first moment).
    if (m_watchIdle && !m_fastPoll.isActive())
        m_fastPoll.start();
    else if (!m_watchIdle && m_fastPoll.isActive())
        m_fastPoll.stop();
}

} // namespace sc::core
