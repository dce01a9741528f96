// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Windows platform layer without Qt: plain C++20 over the Win32 API, so that it compiles
// with MinGW-w64 where no Qt for Windows is installed (tests/platform/tst_windows_compile). The
// Qt adapters (idle_win.*, power_win.*, temperature_win.cpp) only convert its results.
// This header does not include <windows.h>: handles are void*, process ids std::uint32_t.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sc::core::platform::win {

// --- Idle time -----------------------------------------------------------------------------

// Milliseconds from `then` to `now`, both 32-bit tick counts (GetTickCount, LASTINPUTINFO::
// dwTime), across the wrap every 49.7 days. A `then` after `now` (a difference of 2^31 ms or
// more) counts as 0: input "in the future" means the user is here, never idle for weeks.
constexpr std::uint32_t ticksSince(std::uint32_t now, std::uint32_t then)
{
    const std::uint32_t diff = now - then; // unsigned: wraps modulo 2^32
    return diff >= 0x80000000u ? 0u : diff;
}

// Seconds since the last keyboard or mouse input of this session (GetLastInputInfo), nullopt
// when it cannot be read. Only meaningful in the user's own session, not from a service.
std::optional<double> idleSeconds();

// --- Power ---------------------------------------------------------------------------------

struct RawPower {
    bool batteryPresent = false; // a system battery (not a UPS or a peripheral)
    std::optional<bool> onBattery; // nullopt = unknown
    std::optional<int> percent; // 0..100, nullopt = unknown
};

// SYSTEM_POWER_STATUS fields to RawPower. ACLineStatus: 0 offline, 1 online, 255 unknown.
// BatteryFlag: bit mask (1 high, 2 low, 4 critical, 8 charging), 128 = no system battery,
// 255 = unknown. BatteryLifePercent: 0..100, 255 = unknown. Without a battery the machine is
// never "on battery" (a desktop); with an unknown flag the AC line alone decides.
constexpr RawPower decodePowerStatus(
    unsigned char acLineStatus, unsigned char batteryFlag, unsigned char lifePercent)
{
    RawPower p;
    if (batteryFlag == 128) {
        p.onBattery = false;
        return p;
    }
    p.batteryPresent = batteryFlag != 255;
    if (acLineStatus == 0)
        p.onBattery = true;
    else if (acLineStatus == 1)
        p.onBattery = false;
    if (p.batteryPresent && lifePercent <= 100)
        p.percent = lifePercent;
    return p;
}

// GetSystemPowerStatus, decoded; all unknown when the call fails.
RawPower powerStatus();

// --- Task processes ------------------------------------------------------------------------

// Puts the calling thread at the lowest priority (THREAD_PRIORITY_IDLE): the benchmark's
// worker threads. False when Windows refuses.
bool lowerCurrentThreadPriority();

// One task's processes in a Job Object. Destroying the TaskJob (or the engine dying, even by
// TerminateProcess) closes the last handle, and JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE ends every
// process in it: the Windows counterpart of PR_SET_PDEATHSIG on Linux, but a hard kill, not a
// request to checkpoint. Children a task starts join the job automatically and cannot break
// away. Every call returns false / nullopt on failure and never throws.
//
// To leave no window in which the task can start a child outside the job, start the process
// with CREATE_SUSPENDED (QProcess::setCreateProcessArgumentsModifier), assignPid() it, then
// resume(): NtResumeProcess resumes its initial thread.
class TaskJob final {
public:
    // A new, empty job with kill-on-close and no error dialogs for crashing tasks; nullopt when
    // CreateJobObjectW or SetInformationJobObject fails.
    static std::optional<TaskJob> create();

    TaskJob(TaskJob&& other) noexcept;
    TaskJob& operator=(TaskJob&& other) noexcept;
    TaskJob(const TaskJob&) = delete;
    TaskJob& operator=(const TaskJob&) = delete;
    ~TaskJob(); // kills every process still in the job

    // Adds a process (a HANDLE with PROCESS_SET_QUOTA | PROCESS_TERMINATE, not taken over) or
    // the process with this id.
    bool assignProcess(void* processHandle);
    bool assignPid(std::uint32_t pid);

    // Ids of the processes now in the job (empty when none or on failure).
    std::vector<std::uint32_t> processIds() const;

    // Suspends / resumes every process in the job (NtSuspendProcess / NtResumeProcess from
    // ntdll). Suspending twice is the same as once. False when the job holds no process or one
    // of them could not be suspended / resumed.
    bool suspend();
    bool resume();
    bool isSuspended() const { return m_suspended; }

    // Ends every process in the job at once (TerminateJobObject).
    bool kill(std::uint32_t exitCode = 1);

    // Hard cap on the CPU the job may use, in percent of the whole machine (all CPUs). 0 or 100
    // lifts the cap; outside 0..100 is refused.
    bool setCpuRate(int percent);
    // Restricts the job to the first `cpus` CPUs this process may use; cpus <= 0 lifts it.
    // Only the processor group of this process (at most 64 CPUs) is considered.
    bool setAffinity(int cpus);
    // IDLE_PRIORITY_CLASS for every process in the job, now and later (a job limit: the task
    // cannot raise it).
    bool setIdlePriority();

    // Sum of the working sets of the job's processes now (the Linux RSS counterpart).
    std::optional<std::uint64_t> processMemoryBytes() const;
    // User + kernel CPU seconds of every process that ever ran in the job, exited ones too.
    std::optional<double> cpuSeconds() const;

private:
    explicit TaskJob(void* job) noexcept
        : m_job(job)
    {
    }
    // Reads the extended limits, lets `change` edit them, writes them back, so that one limit
    // never clears another (kill-on-close among them).
    template <typename Change> bool updateLimits(Change change);

    void* m_job = nullptr; // HANDLE
    bool m_suspended = false;
};

// --- NVIDIA GPUs (NVML) --------------------------------------------------------------------

struct GpuRaw {
    std::string name; // UTF-8, as NVML gives it
    std::uint64_t memoryBytes = 0; // 0 = unknown
    std::string driver; // NVIDIA driver version
    std::optional<double> temperature; // °C
};

// NVML loaded at run time: nvml.dll from System32 (driver 418+), else from
// %ProgramFiles%\NVIDIA Corporation\NVSMI. Empty with a reason in *why (may be null) when
// there is no driver.
std::vector<GpuRaw> nvmlGpus(std::string* why);
// The hottest NVIDIA GPU now, or nullopt. Loads and starts NVML on each call (tens of ms):
// poll it seconds apart, not in a tight loop.
std::optional<double> nvmlMaxTemperature();

} // namespace sc::core::platform::win
