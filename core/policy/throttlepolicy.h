// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <array>
#include <optional>

namespace sc::core {

// What the user decided (Settings page, `sparecycles-cli config`). Defaults favour the person
// at the keyboard: nothing runs while they use the computer. docs/policy.md explains each.
struct PolicySettings {
    enum class WhenActive { Suspend, ReducedShare };
    enum class OnBattery { Suspend, BelowPercent, Run };

    bool runAlways = false; // ignore idle time
    int idleMinutes = 3; // idle this long before tasks run
    int idleSecondsOverride = -1; // benchmarks and tests only: threshold in seconds when >= 0
    // How long the user must be away before tasks run, in seconds.
    double idleThresholdSeconds() const
    {
        return idleSecondsOverride >= 0 ? idleSecondsOverride : idleMinutes * 60.0;
    }
    WhenActive cpuWhenActive = WhenActive::Suspend;
    int cpuShareWhenActivePercent = 25; // with ReducedShare
    bool gpuWhenActive = false; // GPU work while the user is active (BOINC: suspended)
    int cpuSharePercent = 100; // CPU time share while running
    int maxCoresPercent = 100;
    int maxMemoryActivePercent = 50; // of RAM, tasks together, while the user is active
    int maxMemoryIdlePercent = 90;
    qint64 diskReserveBytes = 1'000'000'000; // tasks pause while less is free; 0 = never
    int suspendWhenOtherCpuPercent = 25; // other programs' load above this suspends; 0 = never
    int otherCpuGraceSeconds = 10; // load must stay above the limit this long
    int otherCpuMinSuspendSeconds = 60; // and then tasks stay suspended at least this long
    QStringList exclusivePrograms; // pause while any of these runs (e.g. a game)
    OnBattery onBattery = OnBattery::Suspend;
    int batteryMinPercent = 80; // with BelowPercent: run on battery only above this
    // Weekly schedule: bit h of day[d] set = may run in hour h of weekday d (0 = Monday).
    std::array<quint32, 7> schedule { 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF, 0xFFFFFF };
    double cpuTempLimitC = 80;
    double gpuTempLimitC = 80;
    qint64 pausedUntil = 0; // unix seconds; kPausedIndefinitely = until the user resumes
    qint64 runNowUntil = 0; // unix seconds: "Run now" ignores idle time until then

    static constexpr qint64 kPausedIndefinitely = 0x7FFFFFFFFFFF;
};

// What the sensors and the system say right now. Unknown values are nullopt, never guessed.
struct PolicyInputs {
    qint64 now = 0; // unix seconds (user pauses and schedule)
    int weekday = 0; // 0 = Monday, local time
    int hour = 0; // 0..23, local time
    std::optional<double> idleSeconds;
    std::optional<bool> onBattery;
    std::optional<int> batteryPercent;
    double otherCpuPercent = 0; // other programs' CPU load, % of the whole machine
    double taskMemoryPercent = 0; // our tasks' RSS, % of RAM
    std::optional<double> gpuTempC; // the hottest GPU, nullopt when none is readable (the
                                    // PolicyLoop's GPU thermal controller reads it)
    QStringList runningExclusive; // exclusive programs seen running
    std::optional<qint64> diskFreeBytes; // on the disk holding the data folder
    QString dataFolder; // that folder, for the sentence
    int logicalCpus = 1;
};

enum class PolicyReason {
    Running,
    RunningReduced, // user active, CPU at reduced share
    PausedByUser,
    OnBattery,
    BatteryLow,
    OutsideSchedule,
    ExclusiveProgram,
    UserActive,
    IdleUnknown,
    OtherProgramsBusy,
    MemoryLimit,
    DiskLow, // less free disk space than the user leaves free
};

struct PolicyDecision {
    bool cpuAllowed = false;
    // The user's rules let GPU work run (idle or gpu_when_active, battery, schedule, …); the
    // GPU temperature limit is PolicyLoop's, held by its own ThermalController.
    bool gpuAllowed = false;
    double cpuDuty = 0; // 0..1 of each allowed core, before the thermal controller
    int allowedCores = 0;
    PolicyReason reason = PolicyReason::UserActive;
    QString detail; // program name, percentages — the UI builds the sentence
    int memoryLimitPercent = 0; // of RAM, for all tasks together, as it applies now (0 = not decided)
    qint64 diskFreeBytes = 0; // with DiskLow (detail: the data folder)
};

// Pure decision with a little memory (grace period and minimum suspension for other programs'
// load, so tasks do not flap). Same inputs and history give the same decision.
class ThrottlePolicy final {
public:
    PolicyDecision decide(const PolicyInputs& in, const PolicySettings& s);

private:
    qint64 m_loadHighSince = -1;
    qint64 m_loadSuspendedUntil = -1;
    bool m_diskLow = false; // until a little more than the reserve is free again
};

} // namespace sc::core

namespace sc::core {
// The sentence the tray and `status` show for a decision, e.g. "Paused: Steam is running".
QString describeDecision(const PolicyDecision& d, const PolicySettings& s);
// Stable machine-readable name of a reason ("user_active", "on_battery", …).
QString reasonName(PolicyReason r);
} // namespace sc::core
