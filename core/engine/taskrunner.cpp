// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/taskrunner.h"

#include "crypto/devicekey.h"
#include "engine/datafolder.h"
#include "engine/hubsession.h"
#include "engine/programcache.h"
#include "ledger/ledger.h"
#include "network/hubclient.h"
#include "settings/settings.h"
#include "tasks/executor.h"
#include "tasks/taskstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <algorithm>
#include <optional>
#include <utility>

namespace sc::core {

namespace {
    constexpr int kMaxTaskFailures = 3;
    constexpr qint64 kNoWorkRetryMs = 30'000;
    constexpr qint64 kCrashRetryMs = 5'000;
    constexpr qint64 kStorageRetryMs = 30'000;
    constexpr qint64 kStoreScanMs = 5'000;
    constexpr int kMaxQueuedTasksPerCore = 16;
    constexpr auto kStopGrace = std::chrono::seconds(10);
    constexpr qint64 kReportRetryFirstMs = 2'000;
    constexpr qint64 kReportRetryMaxMs = 10 * 60'000;
    constexpr qint64 kReconcileMs = 10 * 60'000;
    constexpr qint64 kReconcileRetryMs = 60'000;

    QString newRequestId()
    {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(words), sizeof(words)).toHex());
    }

    QByteArray sha256Hex(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    bool isGpu(const TaskDescriptor& t) { return t.resource == TaskDescriptor::Resource::Gpu; }

    // The task's output: a plain file of at most its kind's limit. A link is never followed:
    // the task could point it at any file of the user's, to have it uploaded as its result.
    std::optional<QByteArray> readOutput(const QString& slotDir, const TaskDescriptor& task)
    {
        const qint64 limit = isGpu(task) ? TaskRunner::kMaxGpuOutputBytes : TaskRunner::kMaxCpuOutputBytes;
        const QString path = slotDir + QStringLiteral("/output");
        const QFileInfo fi(path);
        if (fi.isSymLink() || !fi.isFile() || fi.size() > limit)
            return std::nullopt;
        QFile out(path);
        if (!out.open(QIODevice::ReadOnly))
            return std::nullopt;
        return out.read(limit);
    }
} // namespace

TaskRunner::TaskRunner(Limits limits, DataFolder& folder, HubClient& hub, HubSession& session,
    ProgramCache& programs, Executor& executor, WallClock wall, MonoClock mono, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
    , m_folder(folder)
    , m_hub(hub)
    , m_session(session)
    , m_programs(programs)
    , m_executor(executor)
    , m_wall(std::move(wall))
    , m_mono(std::move(mono))
    , m_buffer(limits.bufferMinSecondsPerCore, limits.bufferMaxSecondsPerCore)
{
    if (const auto speed = m_folder.ledger().meta(QStringLiteral("ops_per_second")))
        m_buffer.setOpsPerSecond(speed->toDouble());
    connect(&m_executor, &Executor::taskExited, this, &TaskRunner::onTaskExited);
}

int TaskRunner::queuedCount() const { return m_folder.tasks().count(TaskStore::State::Queued); }

void TaskRunner::syncWithHub()
{
    // Scans wait for a change or the next periodic look, except when the hub has just come
    // back in reach: a retry is due the moment its backoff ends, not up to a scan later.
    const bool backInReach = m_session.ready() && !m_wasReady;
    if (!m_dirty && !backInReach && m_mono() < m_nextScanMs)
        return;
    m_dirty = false;
    m_nextScanMs = m_mono() + kStoreScanMs;
    // Each time the hub is back in reach, the held list is looked at first.
    if (!m_session.ready())
        m_wasReady = false;
    else if (!std::exchange(m_wasReady, true))
        m_nextReconcileMs = 0;
    if (m_session.ready() && !m_fetchInFlight && !m_reconcileInFlight && m_mono() >= m_nextReconcileMs)
        reconcile(); // work is fetched once the held list is in
    else
        fetchWork();
    reportNext();
}

bool TaskRunner::issuedByNetwork(const TaskDescriptor& task) const
{
    return !m_session.codeSigningKey().isEmpty()
        && verifyEd25519(m_session.codeSigningKey(), taskSigningText(task), task.signature)
        && m_programs.signedByNetwork(task);
}

std::optional<HubError> TaskRunner::unsignedTaskIn(const QList<TaskDescriptor>& tasks, bool heldList) const
{
    for (const TaskDescriptor& t : tasks) {
        if (issuedByNetwork(t))
            continue;
        HubError e;
        e.kind = HubError::Kind::Protocol;
        e.code = QStringLiteral("bad_reply");
        e.message
            = (heldList ? tr("The hub's list of held work arrived damaged: task %1 in it does not carry "
                             "the network's signature. Nothing of it is used; asking again.")
                        : tr("The hub's answer with new work arrived damaged: task %1 in it does not carry "
                             "the network's signature. Nothing of it is used; asking again."))
                  .arg(t.id.left(80));
        return e;
    }
    return std::nullopt;
}

void TaskRunner::abandon(const QString& taskId, const QString& reason, bool tellHub)
{
    m_folder.tasks().markAbandoned(taskId, reason);
    QDir(m_folder.slotDir(taskId)).removeRecursively();
    m_dirty = true;
    if (tellHub)
        release(taskId);
}

void TaskRunner::release(const QString& taskId)
{
    if (!m_session.ready() || m_releasing.contains(taskId))
        return; // the next look at the held list gives it back
    m_releasing.insert(taskId);
    m_hub.releaseTask(taskId, [this, taskId](const QJsonObject&, const std::optional<HubError>&) {
        // Any answer will do: released, or already gone (expired, reported). When the hub
        // was out of reach, the next look at the held list tries again.
        m_releasing.remove(taskId);
    });
}

void TaskRunner::reconcile()
{
    m_reconcileInFlight = true;
    m_hub.heldWork([this](const QList<TaskDescriptor>& held, qint64 hubTime,
                       const std::optional<HubError>& err) {
        m_reconcileInFlight = false;
        m_dirty = true;
        // The held list decides what is dropped here and what is taken up: a list with one
        // descriptor the network did not sign was damaged on the way and is not acted on.
        if (const auto damaged = err ? std::nullopt : unsignedTaskIn(held, true)) {
            m_nextReconcileMs = m_mono() + kReconcileRetryMs;
            m_session.failed(*damaged);
            Q_EMIT changed();
            return;
        }
        if (err) {
            m_nextReconcileMs = m_mono() + kReconcileRetryMs;
            if (err->kind == HubError::Kind::Transport || !err->retryable())
                m_session.failed(*err);
            Q_EMIT changed();
            return;
        }
        m_session.succeeded();
        m_nextReconcileMs = m_mono() + kReconcileMs;
        TaskStore& store = m_folder.tasks();
        const OnHand hand = onHand();
        double buffered = hand.cpuSeconds;
        int gpuOnHand = hand.gpuTasks;
        QSet<QString> heldIds;
        QList<TaskDescriptor> adopt;
        int givenBack = 0;
        for (const TaskDescriptor& t : held) {
            heldIds.insert(t.id);
            const auto row = store.find(t.id);
            if (row) {
                // Dropped here (its program refused, its deadline passed) but the hub did not
                // hear of it: give it back now.
                if (row->state == TaskStore::State::Abandoned) {
                    release(t.id);
                    ++givenBack;
                }
                continue;
            }
            // A task this device never got (a lost reply, a lost task store): taken up while
            // the buffer has room, else given back so another device can do it.
            const bool room = isGpu(t) ? gpuOnHand < kGpuTasksPerSlot * m_gpuSlots
                                       : buffered < m_buffer.maxSeconds(m_limits.cores);
            if (t.deadline > hubTime && room) {
                adopt.append(t);
                if (isGpu(t))
                    ++gpuOnHand;
                else
                    buffered += m_buffer.secondsFor(t.estimatedOps);
            } else {
                release(t.id);
                ++givenBack;
            }
        }
        const int adopted = adopt.isEmpty() ? 0 : store.addQueued(adopt);
        if (adopted > 0)
            Q_EMIT activity(
                tr("Took up %n tasks the hub had given this computer that never arrived.", nullptr, adopted));
        if (givenBack > 0)
            Q_EMIT activity(tr("Gave %n tasks back to the hub for other computers.", nullptr, givenBack));
        // Local work the hub no longer counts (it expired there, or was given to another
        // device) would earn nothing: it goes.
        int dropped = 0;
        for (const auto state : { TaskStore::State::Queued, TaskStore::State::Running }) {
            for (const TaskStore::Row& row : store.inState(state)) {
                if (heldIds.contains(row.task.id))
                    continue;
                ++dropped;
                if (m_executor.isRunning(row.task.id)) {
                    m_dropOnExit.insert(row.task.id);
                    m_executor.stopTask(row.task.id, kStopGrace);
                } else {
                    abandon(row.task.id, QStringLiteral("the hub no longer counts it"), false);
                }
            }
        }
        if (dropped > 0)
            Q_EMIT activity(
                tr("Dropped %n tasks that the hub no longer expects from this computer.", nullptr, dropped));
        fetchWork();
        Q_EMIT changed();
    });
}

void TaskRunner::abandonUsing(const QString& programSha256, const QString& reason)
{
    for (const auto& row : m_folder.tasks().inState(TaskStore::State::Queued)) {
        if (row.task.appSha256 == programSha256)
            abandon(row.task.id, reason);
    }
}

std::optional<qint64> TaskRunner::freeBytes() const
{
    if (m_limits.freeBytes)
        return m_limits.freeBytes(m_folder.path());
    const QStorageInfo disk(m_folder.path());
    if (!disk.isValid() || !disk.isReady())
        return std::nullopt;
    return disk.bytesAvailable();
}

qint64 TaskRunner::taskDiskBytes()
{
    constexpr qint64 kMeasureEveryMs = 10'000;
    constexpr int kMaxEntries = 200'000; // a task that makes millions of files is stopped by its quota
    const qint64 now = m_mono();
    if (m_taskDiskMeasuredMs >= 0 && now - m_taskDiskMeasuredMs < kMeasureEveryMs)
        return m_taskDiskBytes;
    qint64 total = 0;
    int entries = 0;
    for (const char* sub : { "slots", "programs" }) {
        QDirIterator it(m_folder.path() + QLatin1Char('/') + QLatin1String(sub),
            QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext() && entries++ < kMaxEntries) {
            it.next();
            total += it.fileInfo().size();
        }
    }
    m_taskDiskBytes = total;
    m_taskDiskMeasuredMs = now;
    return total;
}

void TaskRunner::fetchWork()
{
    if (m_fetchInFlight || !m_session.ready() || m_mono() < m_noWorkUntilMs)
        return;
    // Below the user's reserve no new work comes (the policy pauses what runs, PolicyReason::
    // DiskLow); over "use at most" what runs may finish, nothing more is fetched.
    const QLocale locale;
    const auto size
        = [&locale](qint64 bytes) { return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat); };
    const qint64 reserve = std::max(
        m_limits.minFreeDiskBytes, qint64(m_folder.settings().get<setting::DiskReserve>()) * 1'000'000'000);
    if (const auto free = freeBytes(); free && *free < reserve) {
        m_diskReason
            = tr("Only %1 free on the disk holding %2; SpareCycles takes no new work while less than %3 "
                 "is free. Free some space.")
                  .arg(size(*free), m_folder.path(), size(reserve));
        return;
    }
    const qint64 cap = qint64(m_folder.settings().get<setting::MaxDisk>()) * 1'000'000'000;
    if (const qint64 used = taskDiskBytes(); used >= cap) {
        m_diskReason = tr("Tasks keep %1 in %2, the most they may use (Settings); new work waits until some "
                          "finish.")
                           .arg(size(used), m_folder.path());
        return;
    }
    m_diskReason.clear();
    const OnHand hand = onHand();
    int seconds = m_buffer.secondsToRequest(hand.cpuSeconds, m_limits.cores);
    // Tiny tasks must not let one device hoard a hub's whole queue until the deadlines.
    if (hand.cpuQueued >= kMaxQueuedTasksPerCore * m_limits.cores)
        seconds = 0;
    const int gpus
        = hand.gpuTasks < kGpuTasksPerSlot * m_gpuSlots && m_mono() >= m_noGpuWorkUntilMs ? m_gpuSlots : 0;
    if (seconds <= 0 && gpus == 0)
        return;
    // Only the GPU wants work: a request for GPU work alone (seconds 0), never a CPU task more.
    seconds = std::max(seconds, 0);
    m_fetchInFlight = true;
    // A request whose reply never came is asked again with its id: the hub then answers with
    // the tasks it gave that request, instead of counting them against this device unseen.
    if (m_workRequestId.isEmpty())
        m_workRequestId = newRequestId();
    m_hub.requestWork(
        m_limits.cores, seconds, m_workRequestId,
        [this, gpus](const QList<TaskDescriptor>& tasks, const std::optional<HubError>& hubError) {
            m_fetchInFlight = false;
            m_dirty = true;
            // A reply with a task the network did not sign was damaged on the way: none of it
            // is stored (a stored one would be refused at its start and given back, and the hub
            // never hands a workunit to a device that gave it back).
            const std::optional<HubError> err = hubError ? hubError : unsignedTaskIn(tasks, false);
            // A definite answer ends this request. A lost or damaged reply, or an error from a
            // gateway or a busy hub (5xx: the hub may have handed the tasks out before it), is
            // asked again with the same id, so the hub answers with the same tasks.
            if (!err || (err->kind == HubError::Kind::Http && !err->retryable()))
                m_workRequestId.clear(); // answered: the next request is a new one
            if (err) {
                m_session.failed(*err);
            } else {
                m_session.succeeded();
                QList<TaskDescriptor> fresh;
                const qint64 now = m_hub.hubTime().value_or(m_wall());
                for (const TaskDescriptor& t : tasks) {
                    if (t.deadline > now)
                        fresh.append(t);
                }
                const int added = m_folder.tasks().addQueued(fresh);
                // No GPU work to be had (none queued, or none this card can hold): the GPU
                // waits a while before it asks again, as an empty reply waits.
                if (gpus > 0 && std::none_of(tasks.cbegin(), tasks.cend(), isGpu))
                    m_noGpuWorkUntilMs = m_mono() + kNoWorkRetryMs;
                if (added > 0)
                    Q_EMIT activity(tr("Received %n tasks from the hub.", nullptr, added));
                else
                    m_noWorkUntilMs = m_mono() + kNoWorkRetryMs;
            }
            Q_EMIT changed();
        },
        gpus);
}

TaskRunner::OnHand TaskRunner::onHand() const
{
    OnHand hand;
    const TaskStore& store = m_folder.tasks();
    for (const auto& row : store.inState(TaskStore::State::Queued)) {
        if (isGpu(row.task)) {
            ++hand.gpuTasks;
        } else {
            hand.cpuSeconds += m_buffer.secondsFor(row.task.estimatedOps);
            ++hand.cpuQueued;
        }
    }
    for (const auto& row : store.inState(TaskStore::State::Running))
        hand.gpuTasks += isGpu(row.task) ? 1 : 0;
    return hand;
}

void TaskRunner::setGpuSlots(int slots)
{
    if (slots == m_gpuSlots && m_gpuSlotsKnown)
        return;
    m_gpuSlotsKnown = true;
    m_gpuSlots = std::max(0, slots);
    m_dirty = true;
    m_noWorkUntilMs = 0; // ask for GPU work now
    m_noGpuWorkUntilMs = 0;
}

void TaskRunner::startTasks(
    int allowedCores, bool gpuAllowed, const std::function<bool(const QString&)>& mayStart)
{
    TaskStore& store = m_folder.tasks();
    QList<TaskStore::Row> candidates = store.inState(TaskStore::State::Running);
    candidates += store.inState(TaskStore::State::Queued);
    // The hub's clock decides deadlines; before it was heard from (an engine started
    // offline), none is judged here, so a computer clock a day ahead drops nothing.
    const std::optional<qint64> now = m_hub.hubTime();
    int cpuFree = allowedCores - m_executor.runningCount(false);
    int gpuFree = gpuAllowed ? m_gpuSlots - m_executor.runningCount(true) : 0;
    for (const TaskStore::Row& row : candidates) {
        if (cpuFree <= 0 && gpuFree <= 0)
            break;
        const QString& id = row.task.id;
        if (m_executor.isRunning(id))
            continue;
        // GPU work turned off (or no card for it any more): what is here goes back to the hub.
        if (isGpu(row.task) && m_gpuSlotsKnown && m_gpuSlots == 0) {
            abandon(id, QStringLiteral("GPU work is off on this computer"));
            Q_EMIT activity(tr("Gave a GPU task back to the network: tasks may not use the graphics card."));
            continue;
        }
        if ((isGpu(row.task) ? gpuFree : cpuFree) <= 0)
            continue;
        if (m_retryAtMs.value(id, 0) > m_mono() || !mayStart(id))
            continue;
        if (now && row.task.deadline <= *now) {
            abandon(id, QStringLiteral("deadline passed before it could run"));
            Q_EMIT activity(tr("Dropped a task: its deadline passed before it could finish."));
            continue;
        }
        // Only a task the network signed runs: a row planted in the task database, or one whose
        // input was changed there, is dropped. Before the network's key is known, nothing runs.
        if (m_session.codeSigningKey().isEmpty())
            continue;
        if (!verifyEd25519(m_session.codeSigningKey(), taskSigningText(row.task), row.task.signature)) {
            abandon(id, QStringLiteral("not signed by the network"));
            Q_EMIT activity(tr("Refused to start a task: the network did not sign it (it is not as the hub "
                               "issued it). The task is dropped."));
            continue;
        }
        if (!m_programs.ensure(row.task))
            continue;
        if (row.state == TaskStore::State::Queued && !store.markRunning(id))
            continue;
        Executor::Spec spec;
        spec.taskId = id;
        spec.program = m_programs.pathOf(row.task);
        spec.slotDir = m_folder.slotDir(id);
        spec.input = row.task.input;
        spec.checkpointSeconds = m_limits.checkpointSeconds;
        spec.gpu = isGpu(row.task);
        QString err;
        if (!m_executor.start(spec, &err)) {
            Q_EMIT activity(tr("Cannot start a task: %1").arg(err));
            m_retryAtMs.insert(id, m_mono() + kCrashRetryMs);
            continue;
        }
        --(spec.gpu ? gpuFree : cpuFree);
        Q_EMIT activityEvent(taskEvent(ActivityEvent::Kind::TaskStarted, tr("Task started"), row.task));
    }
}

void TaskRunner::onTaskExited(
    const QString& id, int exitCode, bool crashed, bool stopped, double cpuSeconds, const QString& reason)
{
    m_dirty = true;
    TaskStore& store = m_folder.tasks();
    const auto row = store.find(id);
    if (!row) {
        Q_EMIT changed();
        return;
    }
    if (m_dropOnExit.remove(id)) {
        abandon(id, QStringLiteral("dropped while it ran"), false);
        Q_EMIT changed();
        return;
    }
    if (stopped) {
        store.addCpuSeconds(id, cpuSeconds);
        Q_EMIT changed();
        return;
    }
    Q_EMIT taskEnded(id);
    const QString dir = m_folder.slotDir(id);
    if (!reason.isEmpty()) {
        // It broke a limit of its sandbox (its folder's quota, one file's size, its processes,
        // a forbidden system call): no retry would do better. What it wrote goes now, and the
        // failure is reported.
        ActivityEvent e = taskEvent(ActivityEvent::Kind::TaskFailed,
            tr("A task was stopped because it broke a limit of its sandbox; the network is told"), row->task);
        e.detail = reason;
        e.problem = true;
        Q_EMIT activityEvent(e);
        Q_EMIT taskFailed(id, -1);
        QDir(dir).removeRecursively();
        store.markFinished(id, sha256Hex({}), -1, cpuSeconds);
        Q_EMIT changed();
        return;
    }
    if (exitCode == 0 && !crashed) {
        const std::optional<QByteArray> output = readOutput(dir, row->task);
        const bool readable = output.has_value();
        const QByteArray bytes = output.value_or(QByteArray());
        if (readable) {
            store.markFinished(id, sha256Hex(bytes), 0, cpuSeconds);
            m_folder.ledger().addContribution(QDateTime::fromSecsSinceEpoch(m_wall(), Qt::UTC).date(), 0, 1);
            // The CPU's speed, for sizing CPU work: a GPU task's CPU time says nothing of it.
            if (!isGpu(row->task)) {
                m_buffer.observe(row->task.estimatedOps, row->cpuSeconds + cpuSeconds);
                m_folder.ledger().setMeta(
                    QStringLiteral("ops_per_second"), QString::number(m_buffer.opsPerSecond()));
            }
            Q_EMIT activityEvent(
                taskEvent(ActivityEvent::Kind::TaskFinished, tr("Task finished"), row->task));
            Q_EMIT changed();
            return;
        }
        exitCode = 5; // contract broken: no output, or an output over the limit
    }
    // A task that failed while the disk is full most likely failed to write: not its fault. It
    // runs again from its checkpoint once there is space (the policy pauses work until then).
    const auto free = freeBytes();
    const bool diskFull = free && *free < m_limits.minFreeDiskBytes;
    const int failures = diskFull ? -1 : store.recordFailure(id);
    if (failures < 0) {
        // The task database could not record the failure (a full disk, most often): that is
        // not the task's fault, so it is tried again later from its checkpoint, never reported
        // as failed for good.
        const auto nowFree = freeBytes();
        Q_EMIT activity(nowFree && *nowFree < m_limits.minFreeDiskBytes
                ? tr("A task stopped: the disk holding %1 is full (%2 free). It runs again from its "
                     "checkpoint once there is space.")
                      .arg(m_folder.path(),
                          QLocale().formattedDataSize(*nowFree, 1, QLocale::DataSizeSIFormat))
                : tr("A task stopped and could not be recorded in the task database in %1; trying again "
                     "later.")
                      .arg(m_folder.path()));
        store.addCpuSeconds(id, cpuSeconds);
        m_retryAtMs.insert(id, m_mono() + kStorageRetryMs);
        Q_EMIT changed();
        return;
    }
    if (failures < kMaxTaskFailures) {
        ActivityEvent e = taskEvent(ActivityEvent::Kind::Info,
            tr("A task stopped unexpectedly; it runs again from its last checkpoint"), row->task);
        e.detail = tr("Exit code %1.").arg(crashed ? -1 : exitCode);
        Q_EMIT activityEvent(e);
        store.addCpuSeconds(id, cpuSeconds);
        m_retryAtMs.insert(id, m_mono() + kCrashRetryMs);
    } else {
        ActivityEvent e = taskEvent(ActivityEvent::Kind::TaskFailed,
            tr("A task failed %n times and was given up; the network is told", nullptr, kMaxTaskFailures),
            row->task);
        e.problem = true;
        e.detail = tr("Nothing to do: the network gives it to another computer.");
        Q_EMIT activityEvent(e);
        Q_EMIT taskFailed(id, crashed ? -1 : exitCode);
        QFile::remove(dir + QStringLiteral("/output"));
        store.markFinished(id, sha256Hex({}), crashed ? -1 : exitCode, cpuSeconds);
    }
    Q_EMIT changed();
}

void TaskRunner::reportNext()
{
    if (m_reportInFlight || !m_session.ready())
        return;
    // Each result waits on its own backoff: one the hub cannot take now never holds back the
    // results behind it.
    const qint64 nowMs = m_mono();
    std::optional<TaskStore::Row> next;
    for (const TaskStore::Row& row : m_folder.tasks().inState(TaskStore::State::Finished)) {
        if (m_reportRetry.value(row.task.id).atMs <= nowMs) {
            next = row;
            break;
        }
    }
    if (!next)
        return;
    const TaskStore::Row row = *next;
    const QString id = row.task.id;
    const QString dir = m_folder.slotDir(id);
    QByteArray output = readOutput(dir, row.task).value_or(QByteArray());
    if (sha256Hex(output) != row.outputHash) {
        // The slot was damaged or removed after the task finished: report an empty failure so
        // the hub reissues the work, rather than an output we cannot vouch for.
        output.clear();
    }
    m_reportInFlight = true;
    auto done = [this, id, dir](const QString& outcome) {
        m_reportInFlight = false;
        m_dirty = true;
        m_reportRetry.remove(id);
        if (m_folder.tasks().markReported(id, outcome))
            QDir(dir).removeRecursively();
        Q_EMIT reported();
        Q_EMIT changed();
    };
    auto onError = [this, id, done](const HubError& err) {
        if (err.kind == HubError::Kind::Http && err.code == QLatin1String("already_reported"))
            return done(QStringLiteral("pending"));
        const bool refused = err.code == QLatin1String("expired") || err.code == QLatin1String("not_found")
            || err.code == QLatin1String("conflict") || err.code == QLatin1String("bad_request")
            || err.code == QLatin1String("too_large");
        if (err.kind == HubError::Kind::Http && refused) {
            // A definite no for this result (expired, unknown task, conflicting output, …):
            // it is dropped, and Activity says why.
            Q_EMIT activity(tr("The hub did not accept the result of a task: %1").arg(err.message));
            return done(err.code);
        }
        m_reportInFlight = false;
        m_dirty = true;
        if (err.kind == HubError::Kind::Transport || (err.kind == HubError::Kind::Http && !err.retryable())) {
            m_session.failed(err); // out of reach, or about this device (unknown, flagged, its key)
        } else {
            // The hub answered but could not take this result now (its storage, a damaged
            // reply): this result waits, the others go on.
            ReportRetry& retry = m_reportRetry[id];
            ++retry.attempts;
            const qint64 delayMs = std::min<qint64>(
                kReportRetryMaxMs, kReportRetryFirstMs << std::min(retry.attempts - 1, 16));
            retry.atMs = m_mono() + delayMs;
            if (retry.attempts == 1)
                Q_EMIT activity(
                    tr("The hub could not take the result of a task now (%1); trying again later.")
                        .arg(err.message));
        }
        Q_EMIT changed();
    };
    const QByteArray hash = sha256Hex(output);
    const int exitCode = output.isEmpty() && row.exitCode == 0 ? 5 : row.exitCode;
    const double cpu = row.cpuSeconds;
    m_hub.uploadOutput(id, output,
        [this, id, hash, exitCode, cpu, done, onError](
            const QJsonObject&, const std::optional<HubError>& err) {
            if (err)
                return onError(*err);
            m_hub.reportResult(id, exitCode, cpu, hash,
                [this, id, done, onError](const QJsonObject& reply, const std::optional<HubError>& err2) {
                    if (err2)
                        return onError(*err2);
                    m_session.succeeded();
                    // No line of its own: the credit that follows says it.
                    done(reply.value(QLatin1String("status")).toString(QStringLiteral("pending")));
                });
        });
}

void TaskRunner::dropAllWork()
{
    // Earnings already credited stay in the ledger; this network hands out its own work.
    TaskStore& store = m_folder.tasks();
    int dropped = 0;
    for (const auto state : { TaskStore::State::Queued, TaskStore::State::Running }) {
        for (const TaskStore::Row& row : store.inState(state)) {
            ++dropped;
            if (m_executor.isRunning(row.task.id)) {
                m_dropOnExit.insert(row.task.id);
                m_executor.stopTask(row.task.id, kStopGrace);
                continue;
            }
            abandon(row.task.id, QStringLiteral("the network changed"), false);
        }
    }
    // Finished results belong to the previous network too: they are not sent to this one.
    for (const TaskStore::Row& row : store.inState(TaskStore::State::Finished)) {
        ++dropped;
        store.markReported(row.task.id, QStringLiteral("dropped: the network changed"));
        QDir(m_folder.slotDir(row.task.id)).removeRecursively();
    }
    m_dirty = true;
    m_workRequestId.clear();
    m_nextReconcileMs = 0;
    if (dropped > 0)
        Q_EMIT activity(
            tr("The network changed: %n tasks from the previous network were dropped.", nullptr, dropped));
}

ActivityEvent TaskRunner::taskEvent(ActivityEvent::Kind kind, const QString& text, const TaskDescriptor& task)
{
    ActivityEvent e;
    e.kind = kind;
    e.time = m_wall();
    e.text = text;
    e.taskId = task.id;
    e.app = task.app;
    e.input = task.input;
    return e;
}

} // namespace sc::core
