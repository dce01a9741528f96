// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/win/winplatform.h"

#include "platform/nvmlabi.h"

#include <algorithm>
#include <cstddef>
#include <utility>

// <windows.h> must come before <psapi.h>, which clang-format's sorting would undo.
// clang-format off
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#include <psapi.h>
// clang-format on

namespace sc::core::platform::win {

namespace {
    // GetProcAddress returns FARPROC; going through void (*)() keeps -Wcast-function-type quiet
    // (GCC treats that type as the generic function pointer).
    template <typename F> F procAddress(HMODULE lib, const char* name)
    {
        return reinterpret_cast<F>(reinterpret_cast<void (*)()>(::GetProcAddress(lib, name)));
    }

    // Closes a HANDLE when it goes out of scope.
    class Handle final {
    public:
        explicit Handle(HANDLE h) noexcept
            : m_h(h)
        {
        }
        Handle(Handle&& other) noexcept
            : m_h(std::exchange(other.m_h, nullptr))
        {
        }
        Handle(const Handle&) = delete;
        Handle& operator=(const Handle&) = delete;
        Handle& operator=(Handle&& other) noexcept
        {
            if (this != &other) {
                if (m_h)
                    ::CloseHandle(m_h);
                m_h = std::exchange(other.m_h, nullptr);
            }
            return *this;
        }
        ~Handle()
        {
            if (m_h)
                ::CloseHandle(m_h);
        }
        HANDLE get() const { return m_h; }
        explicit operator bool() const { return m_h != nullptr; }

    private:
        HANDLE m_h;
    };

    // NtSuspendProcess / NtResumeProcess: undocumented but stable since Windows XP, and the
    // only calls that stop every thread of a process at once (what SIGSTOP does on Linux).
    using NtProcessFn = LONG(NTAPI*)(HANDLE);
    NtProcessFn ntProcessFunction(const char* name)
    {
        const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll"); // mapped into every process
        return ntdll ? procAddress<NtProcessFn>(ntdll, name) : nullptr;
    }

    std::vector<std::uint32_t> jobProcessIds(HANDLE job)
    {
        std::vector<std::uint32_t> ids;
        // The list is a header and then ULONG_PTR ids; a ULONG_PTR buffer keeps them aligned.
        constexpr std::size_t header = offsetof(JOBOBJECT_BASIC_PROCESS_ID_LIST, ProcessIdList);
        static_assert(header % sizeof(ULONG_PTR) == 0);
        constexpr std::size_t first = header / sizeof(ULONG_PTR);
        std::size_t capacity = 64;
        for (int attempt = 0; attempt < 4; ++attempt) {
            std::vector<ULONG_PTR> buf(first + capacity);
            auto* list = reinterpret_cast<JOBOBJECT_BASIC_PROCESS_ID_LIST*>(buf.data());
            const auto bytes = static_cast<DWORD>(buf.size() * sizeof(ULONG_PTR));
            if (::QueryInformationJobObject(job, JobObjectBasicProcessIdList, list, bytes, nullptr)) {
                const std::size_t n = std::min<std::size_t>(list->NumberOfProcessIdsInList, capacity);
                for (std::size_t i = 0; i < n; ++i)
                    ids.push_back(static_cast<std::uint32_t>(buf[first + i]));
                return ids;
            }
            if (::GetLastError() != ERROR_MORE_DATA)
                return ids;
            // Processes may join between two calls: leave room for more.
            capacity = std::max<std::size_t>(capacity * 2, list->NumberOfAssignedProcesses + 16u);
        }
        return ids;
    }

    // Opens a process of `job` by id and checks that it is still in the job: the id may have
    // been reused by an unrelated process since the list was read.
    Handle openJobProcess(HANDLE job, std::uint32_t pid, DWORD access)
    {
        // Full query rights first: Wine 8's IsProcessInJob refuses a handle with only the
        // limited right (which Windows documents as enough), and our own children grant both.
        Handle p(::OpenProcess(access | PROCESS_QUERY_INFORMATION, FALSE, pid));
        if (!p)
            p = Handle(::OpenProcess(access | PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid));
        BOOL inJob = FALSE;
        if (!p || !::IsProcessInJob(p.get(), job, &inJob) || !inJob)
            return Handle(nullptr);
        return p;
    }

    // Runs `fn` (NtSuspendProcess or NtResumeProcess) on every process of the job. A process
    // started just before the list was read may join after it, so the list is read again until
    // it shows no new id. Returns how many processes `fn` succeeded on.
    int forEachJobProcess(HANDLE job, NtProcessFn fn)
    {
        std::vector<std::uint32_t> seen;
        int done = 0;
        for (int round = 0; round < 8; ++round) {
            bool fresh = false;
            for (const std::uint32_t pid : jobProcessIds(job)) {
                if (std::find(seen.begin(), seen.end(), pid) != seen.end())
                    continue;
                fresh = true;
                seen.push_back(pid);
                const Handle p = openJobProcess(job, pid, PROCESS_SUSPEND_RESUME);
                if (p && fn(p.get()) >= 0) // NTSTATUS: negative = error
                    ++done;
            }
            if (!fresh)
                break;
        }
        return done;
    }

    // --- NVML --------------------------------------------------------------------------------

    using nvmlReturn_t = nvml::Return;
    using nvmlDevice_t = nvml::Device;
    using NvmlMemory = nvml::Memory;
    constexpr auto kNvmlSuccess = nvml::kSuccess;
    constexpr auto kNvmlTemperatureGpu = nvml::kTemperatureGpu;

    void setWhy(std::string* why, const char* text)
    {
        if (why)
            *why = text;
    }

    HMODULE loadNvml()
    {
        // Full paths only: never the current directory or PATH (DLL planting). Dependencies are
        // looked up next to nvml.dll first.
        wchar_t dir[MAX_PATH] = {};
        const UINT n = ::GetSystemDirectoryW(dir, MAX_PATH);
        if (n > 0 && n < MAX_PATH) {
            const std::wstring path = std::wstring(dir, n) + L"\\nvml.dll";
            if (const HMODULE lib = ::LoadLibraryExW(path.c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH))
                return lib;
        }
        wchar_t programs[MAX_PATH] = {};
        const DWORD m = ::GetEnvironmentVariableW(L"ProgramFiles", programs, MAX_PATH);
        if (m > 0 && m < MAX_PATH) {
            const std::wstring path = std::wstring(programs, m) + L"\\NVIDIA Corporation\\NVSMI\\nvml.dll";
            return ::LoadLibraryExW(path.c_str(), nullptr, LOAD_WITH_ALTERED_SEARCH_PATH);
        }
        return nullptr;
    }

    // nvml.dll loaded and started for the lifetime of the object.
    class NvmlSession final {
    public:
        explicit NvmlSession(std::string* why)
        {
            m_lib = loadNvml();
            if (!m_lib) {
                setWhy(why, "NVML not found (no NVIDIA driver)");
                return;
            }
            const auto init = procAddress<nvmlReturn_t (*)()>(m_lib, "nvmlInit_v2");
            m_shutdown = procAddress<nvmlReturn_t (*)()>(m_lib, "nvmlShutdown");
            count = procAddress<nvmlReturn_t (*)(unsigned*)>(m_lib, "nvmlDeviceGetCount_v2");
            handle = procAddress<nvmlReturn_t (*)(unsigned, nvmlDevice_t*)>(
                m_lib, "nvmlDeviceGetHandleByIndex_v2");
            name = procAddress<nvmlReturn_t (*)(nvmlDevice_t, char*, unsigned)>(m_lib, "nvmlDeviceGetName");
            memory
                = procAddress<nvmlReturn_t (*)(nvmlDevice_t, NvmlMemory*)>(m_lib, "nvmlDeviceGetMemoryInfo");
            temperature = procAddress<nvmlReturn_t (*)(nvmlDevice_t, int, unsigned*)>(
                m_lib, "nvmlDeviceGetTemperature");
            driver = procAddress<nvmlReturn_t (*)(char*, unsigned)>(m_lib, "nvmlSystemGetDriverVersion");
            if (!init || !m_shutdown || !count || !handle || !name) {
                setWhy(why, "NVML is too old");
                return;
            }
            if (init() != kNvmlSuccess) {
                setWhy(why, "NVML could not start (driver not loaded?)");
                return;
            }
            m_started = true;
        }
        NvmlSession(const NvmlSession&) = delete;
        NvmlSession& operator=(const NvmlSession&) = delete;
        ~NvmlSession()
        {
            if (m_started)
                m_shutdown();
            if (m_lib)
                ::FreeLibrary(m_lib);
        }
        bool started() const { return m_started; }
        unsigned deviceCount() const
        {
            unsigned n = 0;
            return count(&n) == kNvmlSuccess ? std::min(n, 64u) : 0u;
        }
        std::optional<double> temperatureOf(nvmlDevice_t dev) const
        {
            unsigned t = 0;
            if (temperature && temperature(dev, kNvmlTemperatureGpu, &t) == kNvmlSuccess)
                return static_cast<double>(t);
            return std::nullopt;
        }

        nvmlReturn_t (*count)(unsigned*) = nullptr;
        nvmlReturn_t (*handle)(unsigned, nvmlDevice_t*) = nullptr;
        nvmlReturn_t (*name)(nvmlDevice_t, char*, unsigned) = nullptr;
        nvmlReturn_t (*memory)(nvmlDevice_t, NvmlMemory*) = nullptr;
        nvmlReturn_t (*temperature)(nvmlDevice_t, int, unsigned*) = nullptr;
        nvmlReturn_t (*driver)(char*, unsigned) = nullptr;

    private:
        HMODULE m_lib = nullptr;
        nvmlReturn_t (*m_shutdown)() = nullptr;
        bool m_started = false;
    };
} // namespace

// --- Idle time and power -------------------------------------------------------------------

std::optional<double> idleSeconds()
{
    LASTINPUTINFO info {};
    info.cbSize = sizeof info;
    if (!::GetLastInputInfo(&info))
        return std::nullopt;
    // Read after the input time, so `now` is not before it; the low 32 bits are GetTickCount().
    const auto now = static_cast<std::uint32_t>(::GetTickCount64());
    return static_cast<double>(ticksSince(now, info.dwTime)) / 1000.0;
}

RawPower powerStatus()
{
    SYSTEM_POWER_STATUS s {};
    if (!::GetSystemPowerStatus(&s))
        return RawPower {};
    return decodePowerStatus(s.ACLineStatus, s.BatteryFlag, s.BatteryLifePercent);
}

bool lowerCurrentThreadPriority()
{
    return ::SetThreadPriority(::GetCurrentThread(), THREAD_PRIORITY_IDLE) != FALSE;
}

// --- TaskJob -------------------------------------------------------------------------------

std::optional<TaskJob> TaskJob::create()
{
    // Not inheritable (no security attributes): a task must not hold its own job open.
    const HANDLE job = ::CreateJobObjectW(nullptr, nullptr);
    if (!job)
        return std::nullopt;
    TaskJob t(job);
    // A crashing task exits instead of waiting behind a Windows Error Reporting dialog.
    const bool ok = t.updateLimits([](JOBOBJECT_EXTENDED_LIMIT_INFORMATION& l) {
        l.BasicLimitInformation.LimitFlags
            |= JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE | JOB_OBJECT_LIMIT_DIE_ON_UNHANDLED_EXCEPTION;
    });
    if (!ok)
        return std::nullopt;
    return std::optional<TaskJob>(std::move(t));
}

TaskJob::TaskJob(TaskJob&& other) noexcept
    : m_job(std::exchange(other.m_job, nullptr))
    , m_suspended(std::exchange(other.m_suspended, false))
{
}

TaskJob& TaskJob::operator=(TaskJob&& other) noexcept
{
    if (this != &other) {
        if (m_job)
            ::CloseHandle(m_job);
        m_job = std::exchange(other.m_job, nullptr);
        m_suspended = std::exchange(other.m_suspended, false);
    }
    return *this;
}

TaskJob::~TaskJob()
{
    if (m_job)
        ::CloseHandle(m_job);
}

template <typename Change> bool TaskJob::updateLimits(Change change)
{
    if (!m_job)
        return false;
    JOBOBJECT_EXTENDED_LIMIT_INFORMATION l {};
    if (!::QueryInformationJobObject(m_job, JobObjectExtendedLimitInformation, &l, sizeof l, nullptr))
        return false;
    change(l);
    return ::SetInformationJobObject(m_job, JobObjectExtendedLimitInformation, &l, sizeof l) != FALSE;
}

bool TaskJob::assignProcess(void* processHandle)
{
    return m_job && processHandle && ::AssignProcessToJobObject(m_job, processHandle) != FALSE;
}

bool TaskJob::assignPid(std::uint32_t pid)
{
    if (!m_job || pid == 0)
        return false;
    const Handle p(::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, pid));
    return p && assignProcess(p.get());
}

std::vector<std::uint32_t> TaskJob::processIds() const
{
    return m_job ? jobProcessIds(m_job) : std::vector<std::uint32_t> {};
}

bool TaskJob::suspend()
{
    const NtProcessFn fn = ntProcessFunction("NtSuspendProcess");
    if (!m_job || !fn)
        return false;
    // NtSuspendProcess counts: suspending twice would need two resumes.
    if (m_suspended)
        return !processIds().empty();
    const int done = forEachJobProcess(m_job, fn);
    m_suspended = done > 0;
    return done > 0;
}

bool TaskJob::resume()
{
    const NtProcessFn fn = ntProcessFunction("NtResumeProcess");
    if (!m_job || !fn)
        return false;
    // Also right for a process started with CREATE_SUSPENDED: its first thread starts.
    const int done = forEachJobProcess(m_job, fn);
    m_suspended = false;
    return done > 0;
}

bool TaskJob::kill(std::uint32_t exitCode)
{
    if (!m_job || !::TerminateJobObject(m_job, exitCode))
        return false;
    m_suspended = false;
    return true;
}

bool TaskJob::setCpuRate(int percent)
{
    if (!m_job || percent < 0 || percent > 100)
        return false;
    JOBOBJECT_CPU_RATE_CONTROL_INFORMATION info {};
    if (percent > 0 && percent < 100) {
        info.ControlFlags = JOB_OBJECT_CPU_RATE_CONTROL_ENABLE | JOB_OBJECT_CPU_RATE_CONTROL_HARD_CAP;
        info.CpuRate = static_cast<DWORD>(percent) * 100; // in 1/100 of a percent
    } // ControlFlags 0 turns rate control off
    return ::SetInformationJobObject(m_job, JobObjectCpuRateControlInformation, &info, sizeof info) != FALSE;
}

bool TaskJob::setAffinity(int cpus)
{
    if (!m_job)
        return false;
    ULONG_PTR mask = 0;
    if (cpus > 0) {
        DWORD_PTR process = 0, system = 0;
        // Both masks are 0 when this process spans several processor groups.
        if (!::GetProcessAffinityMask(::GetCurrentProcess(), &process, &system) || process == 0)
            return false;
        int taken = 0;
        for (unsigned bit = 0; bit < sizeof(DWORD_PTR) * 8 && taken < cpus; ++bit) {
            const DWORD_PTR cpu = DWORD_PTR { 1 } << bit;
            if (process & cpu) {
                mask |= cpu;
                ++taken;
            }
        }
    }
    return updateLimits([mask](JOBOBJECT_EXTENDED_LIMIT_INFORMATION& l) {
        auto& basic = l.BasicLimitInformation;
        if (mask != 0) {
            basic.LimitFlags |= JOB_OBJECT_LIMIT_AFFINITY;
            basic.Affinity = mask;
        } else {
            basic.LimitFlags &= ~static_cast<DWORD>(JOB_OBJECT_LIMIT_AFFINITY);
            basic.Affinity = 0;
        }
    });
}

bool TaskJob::setIdlePriority()
{
    return updateLimits([](JOBOBJECT_EXTENDED_LIMIT_INFORMATION& l) {
        l.BasicLimitInformation.LimitFlags |= JOB_OBJECT_LIMIT_PRIORITY_CLASS;
        l.BasicLimitInformation.PriorityClass = IDLE_PRIORITY_CLASS;
    });
}

std::optional<std::uint64_t> TaskJob::processMemoryBytes() const
{
    if (!m_job)
        return std::nullopt;
    const std::vector<std::uint32_t> ids = jobProcessIds(m_job);
    std::uint64_t sum = 0;
    bool any = false;
    for (const std::uint32_t pid : ids) {
        const Handle p = openJobProcess(m_job, pid, PROCESS_VM_READ);
        PROCESS_MEMORY_COUNTERS c {};
        c.cb = sizeof c;
        if (p && ::GetProcessMemoryInfo(p.get(), &c, sizeof c)) {
            sum += c.WorkingSetSize;
            any = true;
        }
    }
    if (!any && !ids.empty())
        return std::nullopt; // processes there, none readable
    return sum;
}

std::optional<double> TaskJob::cpuSeconds() const
{
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION a {};
    if (!m_job
        || !::QueryInformationJobObject(m_job, JobObjectBasicAccountingInformation, &a, sizeof a, nullptr))
        return std::nullopt;
    // 100 ns units.
    return static_cast<double>(a.TotalUserTime.QuadPart + a.TotalKernelTime.QuadPart) / 1e7;
}

// --- NVML ----------------------------------------------------------------------------------

std::vector<GpuRaw> nvmlGpus(std::string* why)
{
    std::vector<GpuRaw> out;
    const NvmlSession nvml(why);
    if (!nvml.started())
        return out;
    char version[96] = {};
    if (nvml.driver && nvml.driver(version, sizeof version) != kNvmlSuccess)
        version[0] = '\0';
    const unsigned n = nvml.deviceCount();
    for (unsigned i = 0; i < n; ++i) {
        nvmlDevice_t dev = nullptr;
        if (nvml.handle(i, &dev) != kNvmlSuccess)
            continue;
        GpuRaw g;
        g.driver = version;
        char buf[96] = {};
        if (nvml.name(dev, buf, sizeof buf) == kNvmlSuccess)
            g.name = buf;
        NvmlMemory mem {};
        if (nvml.memory && nvml.memory(dev, &mem) == kNvmlSuccess)
            g.memoryBytes = mem.total;
        g.temperature = nvml.temperatureOf(dev);
        out.push_back(std::move(g));
    }
    return out;
}

std::optional<double> nvmlMaxTemperature()
{
    const NvmlSession nvml(nullptr);
    if (!nvml.started())
        return std::nullopt;
    std::optional<double> hottest;
    const unsigned n = nvml.deviceCount();
    for (unsigned i = 0; i < n; ++i) {
        nvmlDevice_t dev = nullptr;
        if (nvml.handle(i, &dev) != kNvmlSuccess)
            continue;
        if (const auto t = nvml.temperatureOf(dev); t && (!hottest || *t > *hottest))
            hottest = t;
    }
    return hottest;
}

} // namespace sc::core::platform::win
