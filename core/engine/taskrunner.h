// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/activityevent.h"
#include "engine/clocks.h"
#include "network/hubclient.h"
#include "tasks/workbuffer.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <functional>
#include <optional>

namespace sc::core {

class DataFolder;
class Executor;
class HubClient;
class HubSession;
class ProgramCache;
struct TaskDescriptor;

// The life of a task on this device: fetched from the hub into the task store (as much work as
// the buffer wants), started in its slot when the engine's gate is open, its exit turned into a
// result (or a retry from its checkpoint), the result uploaded and reported, and the task
// dropped — abandon() — when its deadline passed, its program was refused or the network
// changed, and then given back to the hub. Every step is one transaction in the task store, so
// a kill -9 anywhere loses nothing.
//
// What the hub counts against this device is checked against the task store when the session
// starts and every few minutes (GET /v1/work/held): tasks whose reply was lost, or that a lost
// task store forgot, are taken up again or given back; local tasks the hub no longer counts
// are dropped. A work request whose reply never came is repeated with the same request id, so
// it gets the same tasks. Deadlines are compared with the hub's clock (HubClient::hubTime()),
// never this computer's, so a clock jump orphans nothing.
class TaskRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)
public:
    struct Limits {
        int cores = 1;
        int checkpointSeconds = 5;
        qint64 minFreeDiskBytes = 200LL * 1024 * 1024;
        int bufferMinSecondsPerCore = 120;
        int bufferMaxSecondsPerCore = 600;
        // Free space of the disk holding a folder (tests inject one; default: QStorageInfo).
        std::function<std::optional<qint64>(const QString&)> freeBytes;
    };

    TaskRunner(Limits limits, DataFolder& folder, HubClient& hub, HubSession& session, ProgramCache& programs,
        Executor& executor, WallClock wall, MonoClock mono, QObject* parent = nullptr);

    // Asks the hub for work and reports finished results when something changed, and every
    // few seconds for retries: not on every tick, so an engine that only waits costs nothing.
    void syncWithHub();
    // Starts CPU tasks up to allowedCores and, with gpuAllowed, GPU tasks up to the GPU slots:
    // unfinished ones first (they resume from their checkpoints), then the queue in arrival
    // order. mayStart vetoes a task (memory).
    void startTasks(int allowedCores, bool gpuAllowed, const std::function<bool(const QString&)>& mayStart);
    // GPU slots: how many GPU tasks run at once (0: none is asked for or started, and GPU tasks
    // on hand are given back to the hub once they are not running). Each slot keeps
    // kGpuTasksPerSlot tasks on hand, so the next one is here when one ends. Until the first
    // call (the GPU probe has not answered) GPU tasks wait.
    void setGpuSlots(int slots);
    int gpuSlots() const { return m_gpuSlots; }
    static constexpr int kGpuTasksPerSlot = 2;
    // The largest output a task may leave: a GPU task's result is a matrix (sc-matmul: 64 MiB
    // at n = 4096), a CPU task's a few lines.
    static constexpr qint64 kMaxCpuOutputBytes = 1024 * 1024;
    static constexpr qint64 kMaxGpuOutputBytes = 64LL * 1024 * 1024 + 64;
    // Work handed out by another network cannot be reported to this one: all of it goes.
    void dropAllWork();
    // A queued or running task that will never run or be reported here; the hub is told
    // (release) unless tellHub is false (the task belongs to a previous network).
    void abandon(const QString& taskId, const QString& reason, bool tellHub = true);
    void abandonUsing(const QString& programSha256, const QString& reason);
    void markDirty() { m_dirty = true; }

    // Why no work is taken (the disk is too full), empty when none.
    QString diskReason() const { return m_diskReason; }
    int queuedCount() const;
    double opsPerSecond() const { return m_buffer.opsPerSecond(); }

Q_SIGNALS:
    void changed(); // something finished in the background: look at the work again
    void reported(); // a result reached the hub: credit may follow
    void taskEnded(const QString& taskId); // finished or failed for good (not stopped)
    void taskFailed(const QString& taskId, int exitCode);
    void activity(const QString& message);
    void activityEvent(
        const sc::core::ActivityEvent& event); // tasks started, finished, failed (not QObject::event)

private:
    ActivityEvent taskEvent(ActivityEvent::Kind kind, const QString& text, const TaskDescriptor& task);
    void fetchWork();
    // The work waiting here: the CPU buffer is the queue (running CPU tasks do not count, it is
    // what comes after them); the GPU slots' work is every GPU task queued or running.
    struct OnHand {
        double cpuSeconds = 0;
        int cpuQueued = 0;
        int gpuTasks = 0;
    };
    OnHand onHand() const;
    void reportNext();
    void reconcile();
    void release(const QString& taskId);
    void onTaskExited(const QString& id, int exitCode, bool crashed, bool stopped, double cpuSeconds,
        const QString& reason);
    // The task and its program carry the network's signatures (what the hub issued, unchanged).
    bool issuedByNetwork(const TaskDescriptor& task) const;
    // A Protocol error naming the first task of a reply that is not issuedByNetwork, if any.
    // heldList: the reply is the list of held work (else a work reply).
    std::optional<HubError> unsignedTaskIn(const QList<TaskDescriptor>& tasks, bool heldList) const;

    Limits m_limits;
    int m_gpuSlots = 0;
    bool m_gpuSlotsKnown = false;
    DataFolder& m_folder;
    HubClient& m_hub;
    HubSession& m_session;
    ProgramCache& m_programs;
    Executor& m_executor;
    WallClock m_wall;
    MonoClock m_mono;
    WorkBuffer m_buffer;
    bool m_dirty = true;
    qint64 m_nextScanMs = 0;
    bool m_fetchInFlight = false;
    QString m_workRequestId; // the work request whose reply has not come yet
    bool m_reconcileInFlight = false;
    qint64 m_nextReconcileMs = 0; // 0: at the first chance
    bool m_wasReady = false;
    QSet<QString> m_releasing;
    bool m_reportInFlight = false;
    qint64 m_noWorkUntilMs = 0;
    qint64 m_noGpuWorkUntilMs = 0;
    QString m_diskReason;
    std::optional<qint64> freeBytes() const;
    // What tasks keep on disk (their slots and programs), measured at most every few seconds.
    qint64 taskDiskBytes();
    qint64 m_taskDiskBytes = 0;
    qint64 m_taskDiskMeasuredMs = -1;
    QHash<QString, qint64> m_retryAtMs; // crashed tasks wait a little before the next try
    struct ReportRetry {
        int attempts = 0;
        qint64 atMs = 0;
    };
    QHash<QString, ReportRetry> m_reportRetry; // results the hub could not take yet
    QSet<QString> m_dropOnExit; // tasks of a previous network, dropped once they have stopped
};

} // namespace sc::core
