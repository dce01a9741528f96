// SPDX-License-Identifier: GPL-3.0-or-later
// Calls every function of the Qt-free Windows layer (core/platform/win/winplatform.*), so
// that linking this program proves each symbol exists against MinGW-w64's import libraries
// (tests/platform/CMakeLists.txt: tst_windows_compile only builds it). Run on Windows or under
// Wine, it also exercises them: a copy of itself is started suspended, put in a TaskJob,
// resumed, suspended, measured and killed. Prints what it saw; exits 1 when a step that must
// work fails.
#include "platform/win/winplatform.h"

#include <cstdio>
#include <cstring>
#include <string>
#include <windows.h>

using namespace sc::core::platform::win;

// The pure helpers, checked where they are compiled.
static_assert(ticksSince(5000, 2000) == 3000);
static_assert(ticksSince(100, 0xFFFFFF00u) == 356); // across the 49.7-day wrap
static_assert(ticksSince(2000, 2500) == 0); // input "after now": not idle
static_assert(!decodePowerStatus(1, 128, 255).batteryPresent);
static_assert(decodePowerStatus(0, 128, 255).onBattery == false); // no battery: never on battery
static_assert(*decodePowerStatus(0, 2, 17).onBattery && *decodePowerStatus(0, 2, 17).percent == 17);
static_assert(!*decodePowerStatus(1, 8, 80).onBattery);
static_assert(!decodePowerStatus(255, 1, 255).onBattery && !decodePowerStatus(255, 1, 255).percent);
static_assert(!decodePowerStatus(0, 255, 50).batteryPresent && *decodePowerStatus(0, 255, 50).onBattery);

namespace {
int failures = 0;

void check(bool ok, const char* what)
{
    std::printf("%-34s %s\n", what, ok ? "ok" : "FAILED");
    if (!ok)
        ++failures;
}

void report(bool ok, const char* what) { std::printf("%-34s %s\n", what, ok ? "ok" : "refused"); }

// CPU seconds (user + kernel) the process has used, from its own times.
double processCpuSeconds(HANDLE process)
{
    FILETIME created {}, exited {}, kernel {}, user {};
    if (!::GetProcessTimes(process, &created, &exited, &kernel, &user))
        return -1;
    const auto ticks = [](FILETIME f) {
        return (static_cast<unsigned long long>(f.dwHighDateTime) << 32) | f.dwLowDateTime;
    };
    return static_cast<double>(ticks(kernel) + ticks(user)) / 1e7;
}

int childMain()
{
    // Burn CPU for up to 30 s so the job has CPU time to account; the parent kills us sooner.
    const ULONGLONG end = ::GetTickCount64() + 30000;
    volatile unsigned long long x = 0;
    while (::GetTickCount64() < end)
        x = x + 1;
    return 0;
}
} // namespace

int main(int argc, char** argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--child") == 0)
        return childMain();

    const auto idle = idleSeconds();
    std::printf("idleSeconds                        %s %.1f\n", idle ? "ok" : "unknown", idle ? *idle : -1.0);
    const RawPower power = powerStatus();
    std::printf("powerStatus                        battery=%d onBattery=%d percent=%d\n",
        power.batteryPresent ? 1 : 0, power.onBattery ? (*power.onBattery ? 1 : 0) : -1,
        power.percent ? *power.percent : -1);
    std::string why;
    const auto gpus = nvmlGpus(&why);
    std::printf("nvmlGpus                           %zu %s\n", gpus.size(), why.c_str());
    for (const GpuRaw& g : gpus)
        std::printf("  %s %llu bytes, driver %s, %.0f C\n", g.name.c_str(),
            static_cast<unsigned long long>(g.memoryBytes), g.driver.c_str(),
            g.temperature ? *g.temperature : -1.0);
    const auto hottest = nvmlMaxTemperature();
    std::printf("nvmlMaxTemperature                 %.0f\n", hottest ? *hottest : -1.0);

    auto created = TaskJob::create();
    check(created.has_value(), "TaskJob::create");
    if (!created)
        return 1;
    TaskJob job = std::move(*created); // move construction
    report(job.setIdlePriority(), "setIdlePriority");
    report(job.setAffinity(1), "setAffinity(1)");
    report(job.setCpuRate(50), "setCpuRate(50)");

    wchar_t self[MAX_PATH] = {};
    const DWORD len = ::GetModuleFileNameW(nullptr, self, MAX_PATH);
    std::wstring cmd = L"\"" + std::wstring(self, len) + L"\" --child";
    STARTUPINFOW si {};
    si.cb = sizeof si;
    PROCESS_INFORMATION pi {};
    const bool started = ::CreateProcessW(nullptr, cmd.data(), nullptr, nullptr, FALSE, CREATE_SUSPENDED,
                             nullptr, nullptr, &si, &pi)
        != FALSE;
    check(started, "CreateProcessW(CREATE_SUSPENDED)");
    if (!started)
        return 1;
    check(job.assignProcess(pi.hProcess), "assignProcess");
    report(job.assignPid(pi.dwProcessId), "assignPid (again, same job)");
    const auto ids = job.processIds();
    check(ids.size() == 1 && ids[0] == pi.dwProcessId, "processIds == { child }");
    check(job.resume(), "resume (first start)");
    const double own0 = processCpuSeconds(pi.hProcess);
    ::Sleep(500);
    // Wine 8 does not update another process's times: then suspension cannot be told this way.
    const bool timesMove = processCpuSeconds(pi.hProcess) - own0 > 0.05;
    const auto mem = job.processMemoryBytes();
    std::printf(
        "processMemoryBytes                 %llu\n", mem ? static_cast<unsigned long long>(*mem) : 0ull);
    check(job.suspend() && job.isSuspended(), "suspend");
    check(job.suspend(), "suspend again (no double count)");
    const auto cpu1 = job.cpuSeconds();
    const double own1 = processCpuSeconds(pi.hProcess);
    ::Sleep(300);
    const auto cpu2 = job.cpuSeconds();
    const double own2 = processCpuSeconds(pi.hProcess);
    std::printf(
        "cpuSeconds while suspended         %.3f -> %.3f\n", cpu1 ? *cpu1 : -1.0, cpu2 ? *cpu2 : -1.0);
    std::printf("child's own CPU while suspended    %.3f -> %.3f\n", own1, own2);
    if (timesMove)
        check(own2 - own1 < 0.05, "suspended child burns no CPU");
    else
        std::printf("%-34s %s\n", "suspended child burns no CPU", "cannot tell (times do not move)");
    check(job.resume() && !job.isSuspended(), "resume");
    ::Sleep(300);
    const double own3 = processCpuSeconds(pi.hProcess);
    std::printf("child's own CPU after resume       %.3f\n", own3);
    if (timesMove)
        check(own3 - own2 > 0.05, "resumed child burns CPU again");
    report(job.setCpuRate(0), "setCpuRate(0) lifts");
    report(job.setAffinity(0), "setAffinity(0) lifts");
    report(lowerCurrentThreadPriority(), "lowerCurrentThreadPriority");
    check(job.kill(7), "kill");
    DWORD code = 0;
    check(::WaitForSingleObject(pi.hProcess, 5000) == WAIT_OBJECT_0
            && ::GetExitCodeProcess(pi.hProcess, &code) && code == 7,
        "child ended with code 7");
    check(!job.suspend(), "suspend on an empty job is false");
    ::CloseHandle(pi.hThread);
    ::CloseHandle(pi.hProcess);
    std::printf("%d failure(s)\n", failures);
    return failures == 0 ? 0 : 1;
}
