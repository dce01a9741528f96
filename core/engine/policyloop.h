// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clocks.h"
#include "policy/memorywatchdog.h"
#include "policy/thermalcontroller.h"
#include "policy/throttlepolicy.h"
#include "sensors/systemprobe.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace sc::core {

class Executor;
class IdleSource;
class Settings;

// The one gate in front of the tasks. Each evaluation reads the machine (idle time,
// temperatures, battery, other programs, memory), asks ThrottlePolicy with the user's settings,
// lets ThermalController lower the duty cycle to hold the CPU temperature limit, lets the
// memory watchdog stop the biggest task when suspension does not free memory, and applies the
// result to the executor: suspended or running, at which duty cycle, on how many CPUs. GPU
// tasks get their own gate: the user's rules for GPU work (gpu_when_active, battery, schedule,
// …) and a second ThermalController holding the hottest GPU at gpu_temp_limit.
// While tasks may run and the idle source cannot push the user's return, it watches the idle
// time every 50 ms, so every task stops within 100 ms of a key press; sources that push it
// (X11 SYNC alarms, Mutter, ext-idle-notify) are not polled at all.
class PolicyLoop final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyLoop)
public:
    struct Options {
        int cores = 1;
        bool alwaysRun = false;
        int idleSecondsOverride = -1;
        QString sysRoot = QStringLiteral("/sys");
        QString procRoot = QStringLiteral("/proc");
        QString nvmlLibrary; // empty: the driver's when reading the real /sys
        // The data folder, whose disk's free space the policy watches (disk_reserve); empty =
        // not watched. freeBytes reads it (tests inject one; default: the file system's word).
        QString dataDir;
        std::function<std::optional<qint64>(const QString&)> freeBytes;
    };

    PolicyLoop(Options options, Settings& settings, Executor& executor, IdleSource* idle, WallClock wall,
        MonoClock mono, QObject* parent = nullptr);
    ~PolicyLoop() override;

    // Decides and applies. blocked: the engine cannot run anything (a fatal error).
    void evaluate(bool blocked);
    // No more watching (the engine stops).
    void stopWatching();

    bool runAllowed() const { return m_runAllowed; }
    int allowedCores() const { return m_allowedCores; }
    double effectiveDuty() const { return m_effectiveDuty; } // 0 when suspended
    // GPU tasks may run, at this share of the time (the GPU thermal controller's duty).
    bool gpuRunAllowed() const { return m_gpuAllowed; }
    double gpuDuty() const { return m_gpuAllowed ? m_gpuDuty : 0.0; }
    // GPU work is held back because the hottest GPU is at its limit.
    bool gpuTooHot() const { return m_gpuTooHot; }
    // Why GPU work is held back or slowed while the main sentence (reason()) does not say it;
    // empty when it runs as the CPU work does.
    QString gpuReason() const { return m_gpuReason; }
    bool hasGpuTemperature() const { return m_hadGpuTemperature; }
    QString reason() const { return m_reason; } // the sentence for the user
    const PolicyDecision& decision() const { return m_decision; }
    const SystemProbe::Sample& sample() const { return m_sample; }
    const ThermalController::Output& thermal() const { return m_thermalOut; }
    // True once any CPU temperature was read: the thermal controller is in charge.
    bool hasCpuTemperature() const { return m_hadCpuTemperature; }
    // True when the task's last peak memory fits beside the running tasks under the limit.
    bool fitsInMemory(const QString& taskId) const;
    void forgetTask(const QString& taskId) { m_memoryWatchdog.forget(taskId); }
    QString powerSource() const { return m_probe->powerSource(); }

Q_SIGNALS:
    // The user came back (pushed by the idle source or seen by the 50 ms watch).
    void userReturned();
    // The user has been away for the idle threshold (pushed by sources that can).
    void userAway();
    void thermalStop(double temperatureC, double limitC);
    void activity(const QString& message);

private:
    void applyThermal(const PolicySettings& ps, bool& allowed, double& duty);
    void applyGpuThermal(const PolicySettings& ps, bool& allowed, double& duty);
    // Seconds since *lastMs (1 the first time), which becomes now.
    double secondsSince(qint64& lastMs) const;
    void watchMemory(const PolicySettings& ps);
    void watchIdle();
    void onUserActive();

    Options m_options;
    Settings& m_settings;
    Executor& m_executor;
    IdleSource* m_idle;
    WallClock m_wall;
    MonoClock m_mono;
    std::unique_ptr<SystemProbe> m_probe;
    ThrottlePolicy m_policy;
    PolicyDecision m_decision;
    SystemProbe::Sample m_sample;
    std::optional<double> m_lastIdle;
    ThermalController m_thermal;
    ThermalController::Output m_thermalOut;
    ThermalController m_gpuThermal;
    qint64 m_lastGpuThermalMs = -1;
    bool m_hadGpuTemperature = false;
    bool m_gpuAllowed = false;
    bool m_gpuTooHot = false;
    double m_gpuDuty = 1.0;
    bool m_gpuStopOnReturn = false; // GPU tasks run only because nobody is here
    QString m_gpuReason;
    MemoryWatchdog m_memoryWatchdog;
    QTimer m_fastPoll;
    bool m_hadCpuTemperature = false;
    bool m_inThermalStop = false;
    bool m_watchIdle = false;
    bool m_stopOnReturn = false; // tasks run only because nobody is here: stop them on input
    bool m_runAllowed = false;
    qint64 m_lastThermalMs = -1;
    qint64 m_memoryCapBytes = -1;
    int m_allowedCores = 1;
    double m_effectiveDuty = 0;
    QString m_reason;
};

} // namespace sc::core
