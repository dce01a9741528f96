// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/sandbox.h"
#include "tasks/taskoutput.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>

class QProcess;
class QTimer;

namespace sc::core {

namespace platform {
    class TaskCgroups;
}

// Runs task programs as child processes, one per slot directory, each in its own process
// group at idle priority (docs/workloads.md is the contract). Owns nothing durable: the
// engine records state in the TaskStore from the signals below.
class Executor final : public QObject {
    Q_OBJECT
public:
    struct Spec {
        QString taskId;
        QString program; // verified program file
        QString slotDir; // created if missing; input is written there once
        QByteArray input;
        int checkpointSeconds = 5;
        // A GPU task (it computes through OpenCL): its sandbox passes the GPUs' device files and
        // the OpenCL drivers' registry in, and the GPU's own suspension and duty cycle apply.
        bool gpu = false;
    };
    struct Info {
        QString taskId;
        qint64 pid = 0;
        double progress = 0; // 0..1 as last reported by the program
        double cpuSeconds = 0; // measured from /proc for this run
        qint64 rssBytes = 0; // resident memory of the task's process tree, sampled with the CPU time
        bool suspended = false;
        bool inCgroup = false; // controlled through its own cgroup (else through signals)
        bool gpu = false; // runs in the GPU slot
    };

    explicit Executor(QObject* parent = nullptr);
    ~Executor() override;

    // Starts the task; false and *error when the slot cannot be prepared or the program
    // cannot start.
    bool start(const Spec& spec, QString* error);
    bool isRunning(const QString& taskId) const { return m_tasks.contains(taskId); }
    int runningCount() const { return static_cast<int>(m_tasks.size()); }
    // Of one kind: GPU tasks (gpu) or CPU tasks.
    int runningCount(bool gpu) const;
    QList<Info> tasks() const;

    // Whether tasks run inside the platform sandbox (on by default where one works).
    bool sandboxed() const { return m_sandboxed; }
    void setSandboxed(bool on);

    // Each task's slot folder may hold this many bytes (default 1 GiB, 0 = no quota): the
    // folders are measured every few seconds (kWatchInterval, a walk of at most kMaxSlotEntries
    // entries) and a task over its quota is ended and fails with a reason. Tasks started from
    // now on also get it as their limit for any one file (RLIMIT_FSIZE).
    void setSlotQuota(qint64 bytes) { m_slotQuota = std::max<qint64>(0, bytes); }
    qint64 slotQuota() const { return m_slotQuota; }
    // What a task started now may use (processes and threads, one file, open files).
    platform::TaskLimits taskLimits() const;
    static constexpr qint64 kDefaultSlotQuota = 1024LL * 1024 * 1024;
    static constexpr int kMaxSlotEntries = 100000;
    static constexpr std::chrono::milliseconds kWatchInterval { 2000 };
    // Of a task's stderr, the engine keeps only the end: at most this much, in memory while it
    // runs, then in <slot>/stderr.txt (the end of all runs together).
    static constexpr qsizetype kStderrKeepBytes = 64 * 1024;

    // Runs tasks in cgroups under this folder from now on (platform/cgroup.h): suspending then
    // freezes them, the duty cycle becomes cpu.max, leftovers are killed with the group.
    void setCgroups(std::shared_ptr<platform::TaskCgroups> cgroups);
    // "cgroup" or "signals": how suspension and the duty cycle are applied (for status).
    QString controlMethod() const;
    // All tasks together are held under this much memory (cgroup memory.high where there is
    // one: the kernel reclaims and slows the tasks, and kills nothing); 0 = no cap.
    void setMemoryCap(qint64 bytes);

    // Every task, CPU and GPU.
    void suspendAll();
    void resumeAll();
    bool suspended() const { return m_cpu.suspended && m_gpu.suspended; }
    // One kind only: CPU tasks (gpu false) or GPU tasks; the other kind is left as it is.
    void setSuspended(bool gpu, bool suspended);
    bool isSuspended(bool gpu) const { return gpu ? m_gpu.suspended : m_cpu.suspended; }

    // Share of wall time the CPU tasks may run (0..1): cpu.max where every task is in a cgroup,
    // else stopping and continuing their groups over a 100 ms period; 1 = no cycling.
    void setDutyCycle(double duty);
    double dutyCycle() const { return m_cpu.duty; }
    // The same for GPU tasks, always by stopping them (the freezer or signals) over a 1 s
    // period: a GPU computes in kernels the engine cannot slow, so a GPU task holds the card
    // at its temperature limit by how long it may queue them (its kernels are short: sc-matmul's
    // row blocks take tens of milliseconds). The host thread's CPU time stays under cpu.max too.
    void setGpuDutyCycle(double duty);
    double gpuDutyCycle() const { return m_gpu.duty; }
    QList<qint64> pids() const;

    // Tasks (and every thread they start) may use only this many CPUs; 0 = no limit. This is
    // what makes "max cores" hold for a task that runs several threads.
    void setCpuLimit(int cpus);
    int cpuLimit() const { return m_cpuLimit; }

    // Asks one task to checkpoint and exit (killed after grace); taskExited follows with
    // stopped = true.
    void stopTask(const QString& taskId, std::chrono::milliseconds grace);

    // Asks every task to checkpoint and exit (SIGTERM to its group, continued first if it was
    // stopped); kills what is left after grace. done() runs when all are gone.
    void stopAll(std::chrono::milliseconds grace, std::function<void()> done);

    // Re-reads CPU time and memory of the running tasks from /proc (call about once a second).
    void sampleCpu();

Q_SIGNALS:
    // exitCode is the program's exit status; crashed is true for a signal death (not our stop).
    // stopped is true when the engine asked it to stop (it will resume from its checkpoint).
    // reason is set, for the user, when the task broke a limit of its sandbox (its slot quota,
    // the size of one file, its process count, a forbidden system call): it failed for good.
    void taskExited(const QString& taskId, int exitCode, bool crashed, bool stopped, double cpuSeconds,
        const QString& reason);
    void progressChanged(const QString& taskId, double progress);
    void resumedFromCheckpoint(const QString& taskId);

private:
    struct Running {
        QProcess* process = nullptr;
        Info info;
        TaskOutputReader output; // the program's stdout, read line by line
        QByteArray stderrTail; // the last kStderrKeepBytes of this run
        QString slotDir;
        platform::TaskLimits limits;
        bool sandboxed = false;
        QString violation; // why the engine ended it, for the user
        bool stopping = false;
        quint64 run = 0; // this run's number: a timer of an earlier run never touches it
    };
    void onReadyRead(const QString& taskId);
    void onStderr(const QString& taskId);
    void keepStderrTail(const Running& r);
    void watch();
    void violate(Running& r, const QString& reason);
    void onFinished(const QString& taskId, int exitCode, bool crashed);

    QHash<QString, Running> m_tasks;
    // Suspension and duty cycle of one kind of task (CPU or GPU).
    struct Cycle {
        bool suspended = false;
        double duty = 1.0;
        bool off = false; // inside the "stopped" part of a duty period
        QTimer* timer = nullptr;
    };
    Cycle& cycle(bool gpu) { return gpu ? m_gpu : m_cpu; }
    void dutyPhase(bool gpu);
    // Stops or continues every task of the kind as its cycle says.
    void applyStopped(bool gpu);
    void applyCpuShare();
    bool useCpuMax() const;
    void setStopped(Running& r, bool stopped);
    void askToExit(Running& r);
    void forceExit(Running& r);
    void startCycling(bool gpu);
    void stopCycling(bool gpu);

    Cycle m_cpu;
    Cycle m_gpu;
    bool m_sandboxed = false;
    int m_cpuLimit = 0;
    QTimer* m_watchTimer = nullptr;
    qint64 m_slotQuota = kDefaultSlotQuota;
    std::shared_ptr<platform::TaskCgroups> m_cgroups;
    quint64 m_runs = 0;
};

} // namespace sc::core
