// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/executor.h"

#include "platform/cgroup.h"
#include "platform/processgroup.h"
#include "platform/proctree.h"
#include "platform/sandbox.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <optional>

namespace sc::core {

Executor::Executor(QObject* parent)
    : QObject(parent)
    , m_sandboxed(platform::detectSandbox().available)
{
}

Executor::~Executor()
{
    // The engine stops tasks gracefully before it goes away; anything still here is killed so
    // that no orphan keeps burning CPU after the app is gone.
    for (auto it = m_tasks.begin(); it != m_tasks.end(); ++it) {
        QProcess* p = it->process;
        p->disconnect(this);
        platform::resumeGroup(p->processId());
        platform::killGroup(p->processId());
        p->kill();
        p->waitForFinished(2000);
        if (it->info.inCgroup)
            m_cgroups->remove(it.key());
        delete p;
    }
}

bool Executor::start(const Spec& spec, QString* error)
{
    if (m_tasks.contains(spec.taskId)) {
        *error = QStringLiteral("task %1 is already running").arg(spec.taskId);
        return false;
    }
    if (!QFileInfo(spec.program).isExecutable()) {
        *error = QStringLiteral("the task program %1 is missing or not executable").arg(spec.program);
        return false;
    }
    if (!QDir().mkpath(spec.slotDir)) {
        *error = QStringLiteral("cannot create the slot folder %1").arg(spec.slotDir);
        return false;
    }
    const QString inputPath = spec.slotDir + QStringLiteral("/input");
    if (!QFile::exists(inputPath)) {
        QSaveFile in(inputPath);
        if (!in.open(QIODevice::WriteOnly) || in.write(spec.input) != spec.input.size() || !in.commit()) {
            *error
                = QStringLiteral("cannot write the task input in %1: %2").arg(spec.slotDir, in.errorString());
            return false;
        }
    }
    platform::TaskLimits limits = taskLimits();
    limits.gpuDevices = spec.gpu;
    const QStringList args { QStringLiteral("--input"), QStringLiteral("input"), QStringLiteral("--output"),
        QStringLiteral("output"), QStringLiteral("--checkpoint"), QStringLiteral("checkpoint"),
        QStringLiteral("--checkpoint-seconds"), QString::number(spec.checkpointSeconds) };
    // The sandbox's descriptors stay open here until the child has them (end of this call).
    platform::SandboxLaunch launch;
    if (m_sandboxed) {
        QString why;
        launch = platform::sandboxedCommand(QFileInfo(spec.program).absoluteFilePath(), args,
            QFileInfo(spec.slotDir).absoluteFilePath(), limits, &why);
        if (launch.command.isEmpty()) {
            *error = QStringLiteral("cannot prepare the sandbox: %1").arg(why);
            return false;
        }
    } else {
        launch.command = QStringList { spec.program } + args;
    }
    auto* p = new QProcess(this);
    p->setWorkingDirectory(spec.slotDir);
    // stderr comes through a pipe of which only the end is kept (kStderrKeepBytes): a task
    // that writes 100 MB of it costs neither memory nor disk.
    p->setProcessChannelMode(QProcess::SeparateChannels);
    // Task programs get a minimal, fixed environment: nothing of the user's leaks in.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("HOME"), spec.slotDir);
    p->setProcessEnvironment(env);
    std::optional<QString> cgroupProcs;
    if (m_cgroups) {
        QString why;
        cgroupProcs = m_cgroups->create(spec.taskId, &why);
        if (!cgroupProcs)
            qWarning("cgroup for task %s: %s", qPrintable(spec.taskId), qPrintable(why));
        else if (m_cgroups->pidsControl())
            m_cgroups->setProcessLimit(spec.taskId, limits.processes);
    }
    platform::ChildSetup setup;
    setup.cgroupProcs = cgroupProcs.value_or(QString());
    setup.inheritedFds = launch.inheritedFds;
    setup.sandboxed = m_sandboxed;
    setup.limits = limits;
    platform::prepareIdleChild(*p, setup);
    QStringList command = launch.command;
    p->setProgram(command.takeFirst());
    p->setArguments(command);
    const QString id = spec.taskId;
    connect(p, &QProcess::readyReadStandardOutput, this, [this, id] { onReadyRead(id); });
    connect(p, &QProcess::readyReadStandardError, this, [this, id] { onStderr(id); });
    connect(p, &QProcess::finished, this, [this, id](int code, QProcess::ExitStatus status) {
        onFinished(id, code, status == QProcess::CrashExit);
    });
    p->start();
    if (!p->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(spec.program, p->errorString());
        p->disconnect(this);
        delete p;
        if (cgroupProcs)
            m_cgroups->remove(id);
        return false;
    }
    if (m_cpuLimit > 0)
        platform::limitTreeToCpus(p->processId(), m_cpuLimit);
    Running r;
    r.process = p;
    r.run = ++m_runs;
    r.info.taskId = id;
    r.info.pid = p->processId();
    r.info.gpu = spec.gpu;
    r.slotDir = spec.slotDir;
    r.limits = limits;
    r.sandboxed = m_sandboxed;
    // The child moved itself before exec; if that failed the task is still controlled, by
    // signals, and its empty group goes.
    r.info.inCgroup = cgroupProcs && m_cgroups->holds(id, r.info.pid);
    if (cgroupProcs && !r.info.inCgroup)
        m_cgroups->remove(id);
    auto& added = *m_tasks.insert(id, r);
    const Cycle& c = cycle(spec.gpu);
    if (c.suspended || c.off)
        setStopped(added, true);
    setDutyCycle(m_cpu.duty); // the share of all tasks together (cpu.max) counts this one too
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        m_watchTimer->setInterval(kWatchInterval);
        connect(m_watchTimer, &QTimer::timeout, this, &Executor::watch);
    }
    m_watchTimer->start();
    return true;
}

platform::TaskLimits Executor::taskLimits() const
{
    platform::TaskLimits l;
    // Threads count as processes: room for a thread per CPU several times over, far below a
    // fork bomb.
    l.processes = std::max(64, 4 * QThread::idealThreadCount());
    l.fileBytes = m_slotQuota;
    l.openFiles = 1024;
    return l;
}

namespace {
    // The bytes under dir (files, not following links), or -1 when it holds more than
    // maxEntries entries.
    qint64 folderBytes(const QString& dir, int maxEntries)
    {
        qint64 bytes = 0;
        int entries = 0;
        QDirIterator it(dir,
            QDir::Files | QDir::Dirs | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot | QDir::NoSymLinks,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            if (++entries > maxEntries)
                return -1;
            const QFileInfo fi = it.fileInfo();
            if (fi.isFile())
                bytes += fi.size();
        }
        return bytes;
    }

    QString megabytes(qint64 bytes) { return QString::number((bytes + 512 * 1024) / (1024 * 1024)); }
} // namespace

void Executor::watch()
{
    if (m_tasks.isEmpty()) {
        m_watchTimer->stop();
        return;
    }
    for (Running& r : m_tasks) {
        if (!r.violation.isEmpty())
            continue;
        if (m_slotQuota > 0) {
            const qint64 bytes = folderBytes(r.slotDir, kMaxSlotEntries);
            if (bytes < 0) {
                violate(r, tr("it created more than %1 files in its folder").arg(kMaxSlotEntries));
                continue;
            }
            if (bytes > m_slotQuota) {
                violate(r,
                    tr("it wrote more than %1 MB into its folder, the most one task may use")
                        .arg(megabytes(m_slotQuota)));
                continue;
            }
        }
        // Processes and threads: the sandbox's own limit refuses the fork beyond it (the pids
        // cgroup too, where there is one); a task that sits at the limit is ended. Outside the
        // sandbox this count is the only limit.
        const int limit = r.limits.processes;
        const int outer = r.sandboxed ? 1 : 0; // bwrap itself, outside the sandbox
        const int count = platform::treeTaskCount(r.info.pid, limit + outer + 1) - outer;
        if (limit > 0 && (count >= limit || (r.info.inCgroup && m_cgroups->hitProcessLimit(r.info.taskId))))
            violate(r, tr("it started more processes and threads than the %1 one task may have").arg(limit));
    }
}

void Executor::violate(Running& r, const QString& reason)
{
    if (!r.violation.isEmpty())
        return;
    r.violation = reason;
    qWarning("task %s ended: %s", qPrintable(r.info.taskId), qPrintable(reason));
    forceExit(r);
}

void Executor::setCpuLimit(int cpus)
{
    if (cpus == m_cpuLimit)
        return;
    m_cpuLimit = cpus;
    for (const Running& r : m_tasks)
        platform::limitTreeToCpus(r.info.pid, m_cpuLimit);
    if (useCpuMax())
        applyCpuShare();
}

void Executor::setSandboxed(bool on) { m_sandboxed = on && platform::detectSandbox().available; }

QList<Executor::Info> Executor::tasks() const
{
    QList<Info> out;
    for (const Running& r : m_tasks)
        out.append(r.info);
    return out;
}

void Executor::setCgroups(std::shared_ptr<platform::TaskCgroups> cgroups) { m_cgroups = std::move(cgroups); }

QString Executor::controlMethod() const
{
    if (!m_cgroups)
        return QStringLiteral("signals");
    return m_cgroups->cpuControl() ? QStringLiteral("cgroup-cpu.max") : QStringLiteral("cgroup-freeze");
}

void Executor::setMemoryCap(qint64 bytes)
{
    if (m_cgroups)
        m_cgroups->setMemoryHigh(bytes);
}

void Executor::setStopped(Running& r, bool stopped)
{
    if (r.info.inCgroup) {
        // The freezer stops the whole group, forks in flight included; the kernel finishes
        // it asynchronously (cgroup.events says "frozen 1"), within milliseconds.
        if (m_cgroups->setFrozen(r.info.taskId, stopped)) {
            r.info.suspended = stopped;
            return;
        }
        // The group could not be frozen or thawed: signals still stop the task.
    }
    if (stopped)
        r.info.suspended = platform::suspendGroup(r.info.pid);
    else if (platform::resumeGroup(r.info.pid) || !r.info.suspended)
        r.info.suspended = false;
}

void Executor::applyStopped(bool gpu)
{
    const Cycle& c = cycle(gpu);
    for (Running& r : m_tasks) {
        if (r.stopping || r.info.gpu != gpu)
            continue; // a task asked to exit must stay able to run its checkpoint
        setStopped(r, c.suspended || c.off);
    }
}

void Executor::suspendAll()
{
    setSuspended(false, true);
    setSuspended(true, true);
}

void Executor::resumeAll()
{
    setSuspended(false, false);
    setSuspended(true, false);
}

void Executor::setSuspended(bool gpu, bool suspended)
{
    cycle(gpu).suspended = suspended;
    applyStopped(gpu);
}

int Executor::runningCount(bool gpu) const
{
    return static_cast<int>(std::count_if(
        m_tasks.cbegin(), m_tasks.cend(), [gpu](const Running& r) { return r.info.gpu == gpu; }));
}

QList<qint64> Executor::pids() const
{
    QList<qint64> out;
    for (const Running& r : m_tasks)
        out.append(r.info.pid);
    return out;
}

bool Executor::useCpuMax() const
{
    if (!m_cgroups || !m_cgroups->cpuControl())
        return false;
    return std::all_of(m_tasks.cbegin(), m_tasks.cend(), [](const Running& r) { return r.info.inCgroup; });
}

void Executor::applyCpuShare()
{
    // cpu.max caps all tasks together: duty × (CPUs they may use), which is what stopping each
    // single-threaded task for (1 − duty) of the time gives, and it bounds threaded ones too.
    int cpus = std::max(1, static_cast<int>(m_tasks.size()));
    if (m_cpuLimit > 0)
        cpus = std::min(cpus, m_cpuLimit);
    m_cgroups->setCpuShare(m_cpu.duty, cpus);
}

void Executor::stopCycling(bool gpu)
{
    Cycle& c = cycle(gpu);
    if (c.timer)
        c.timer->stop();
    if (c.off) {
        c.off = false;
        applyStopped(gpu);
    }
}

void Executor::startCycling(bool gpu)
{
    Cycle& c = cycle(gpu);
    if (!c.timer) {
        c.timer = new QTimer(this);
        c.timer->setSingleShot(true);
        c.timer->setTimerType(Qt::PreciseTimer);
        connect(c.timer, &QTimer::timeout, this, [this, gpu] { dutyPhase(gpu); });
    }
    if (!c.timer->isActive())
        dutyPhase(gpu);
}

void Executor::setDutyCycle(double duty)
{
    m_cpu.duty = std::clamp(duty, 0.0, 1.0);
    if (useCpuMax() && m_cpu.duty > 0.001) {
        // The kernel's bandwidth control does the cycling: no timer, no signals.
        stopCycling(false);
        applyCpuShare();
        return;
    }
    if (m_cgroups && m_cgroups->cpuControl())
        m_cgroups->setCpuShare(1.0, 0);
    if (m_cpu.duty >= 0.999)
        stopCycling(false);
    else
        startCycling(false);
}

void Executor::setGpuDutyCycle(double duty)
{
    m_gpu.duty = std::clamp(duty, 0.0, 1.0);
    if (m_gpu.duty >= 0.999)
        stopCycling(true);
    else
        startCycling(true);
}

void Executor::dutyPhase(bool gpu)
{
    // CPU: one period is 100 ms, run for duty × 100 ms, stop for the rest. Short enough that a
    // die's temperature sees the average (docs/thermal.md: about 0.2 °C ripple on a desktop,
    // against 2.3 °C with 1 s periods), long enough that the signals cost next to nothing.
    // GPU: 1 s, so the kernels queued before a stop are a small part of the period.
    Cycle& c = cycle(gpu);
    const int periodMs = gpu ? 1000 : 100;
    if (c.duty >= 0.999)
        return;
    c.off = !c.off;
    if (c.duty <= 0.001)
        c.off = true;
    applyStopped(gpu);
    const int ms = static_cast<int>(std::lround(periodMs * (c.off ? 1.0 - c.duty : c.duty)));
    c.timer->start(std::max(10, ms));
}

void Executor::askToExit(Running& r)
{
    r.stopping = true;
    if (r.info.inCgroup)
        m_cgroups->setFrozen(r.info.taskId, false);
    // Where the platform cannot signal the group (dummy/processgroup_dummy.cpp), at least the
    // task's own process is asked.
    if (!platform::terminateGroup(r.info.pid))
        r.process->terminate();
    platform::resumeGroup(r.info.pid); // a stopped process only sees SIGTERM once continued
    r.info.suspended = false;
}

void Executor::forceExit(Running& r)
{
    if (!platform::killGroup(r.info.pid))
        r.process->kill();
    if (r.info.inCgroup)
        m_cgroups->kill(r.info.taskId);
}

void Executor::stopTask(const QString& taskId, std::chrono::milliseconds grace)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end() || it->stopping)
        return;
    askToExit(*it);
    const quint64 run = it->run;
    QTimer::singleShot(grace, this, [this, taskId, run] {
        auto found = m_tasks.find(taskId);
        if (found != m_tasks.end() && found->run == run)
            forceExit(*found);
    });
}

void Executor::stopAll(std::chrono::milliseconds grace, std::function<void()> done)
{
    if (m_tasks.isEmpty()) {
        QTimer::singleShot(0, this, std::move(done));
        return;
    }
    for (Running& r : m_tasks)
        askToExit(r);
    auto* killTimer = new QTimer(this);
    killTimer->setSingleShot(true);
    connect(killTimer, &QTimer::timeout, this, [this] {
        for (Running& r : m_tasks)
            forceExit(r);
    });
    killTimer->start(grace);
    auto shared = std::make_shared<std::function<void()>>(std::move(done));
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(this, &Executor::taskExited, this, [this, shared, conn, killTimer] {
        if (!m_tasks.isEmpty())
            return;
        disconnect(*conn);
        killTimer->stop();
        killTimer->deleteLater();
        (*shared)();
    });
}

void Executor::sampleCpu()
{
    for (Running& r : m_tasks) {
        const double s = platform::treeCpuSeconds(r.info.pid);
        if (s >= 0)
            r.info.cpuSeconds = s;
        r.info.rssBytes = platform::treeRssKb(r.info.pid) * 1024;
    }
}

void Executor::onReadyRead(const QString& taskId)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end())
        return;
    // A task program may print anything; only whole "progress x" and "resumed" lines count.
    it->output.append(it->process->readAllStandardOutput());
    while (const auto line = it->output.next()) {
        if (line->kind == TaskOutputReader::Line::Kind::Resumed) {
            Q_EMIT resumedFromCheckpoint(taskId);
        } else if (line->progress != it->info.progress) {
            it->info.progress = line->progress;
            Q_EMIT progressChanged(taskId, line->progress);
        }
    }
}

void Executor::onStderr(const QString& taskId)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end())
        return;
    // Read as it comes (at most a pipe's worth, 64 KiB, at a time): never more than twice the
    // kept end in memory.
    it->stderrTail += it->process->readAllStandardError();
    if (it->stderrTail.size() > kStderrKeepBytes)
        it->stderrTail = it->stderrTail.right(kStderrKeepBytes);
}

void Executor::keepStderrTail(const Running& r)
{
    const QString path = r.slotDir + QStringLiteral("/stderr.txt");
    // The task may have put a link there (to a file of the user's, for the engine to write
    // into): it goes, unread. The task's processes are gone by now.
    if (QFileInfo(path).isSymLink())
        QFile::remove(path);
    QByteArray all;
    QFile old(path);
    if (QFileInfo(path).isFile() && old.open(QIODevice::ReadOnly)) {
        // Only the end of what earlier runs kept (a file from before this limit may be large).
        old.seek(std::max<qint64>(0, old.size() - kStderrKeepBytes));
        all = old.read(kStderrKeepBytes);
        old.close();
    }
    if (r.stderrTail.isEmpty() && all.size() < kStderrKeepBytes)
        return;
    all += r.stderrTail;
    QSaveFile out(path);
    if (out.open(QIODevice::WriteOnly)) {
        out.write(all.right(kStderrKeepBytes));
        out.commit();
    }
}

void Executor::onFinished(const QString& taskId, int exitCode, bool crashed)
{
    auto it = m_tasks.find(taskId);
    if (it == m_tasks.end())
        return;
    onStderr(taskId);
    Running r = *it;
    m_tasks.erase(it);
    keepStderrTail(r);
    r.process->deleteLater();
    // Whatever the program left behind (a daemonised child outside its process group) goes
    // with its cgroup.
    if (r.info.inCgroup)
        m_cgroups->remove(taskId);
    if (!m_tasks.isEmpty())
        setDutyCycle(m_cpu.duty);
    // In the sandbox a signal's end arrives as bwrap's exit status (128 + n).
    const int sandboxSignal = r.sandboxed && !crashed ? platform::signalOfSandboxExit(exitCode) : 0;
    const int signal = crashed ? exitCode : sandboxSignal;
    QString reason = r.violation;
    if (reason.isEmpty() && signal > 0) {
        switch (platform::causeOfSignal(signal)) {
        case platform::SignalCause::FileTooLarge:
            reason = tr("it tried to write a file larger than %1 MB, the most one file may hold")
                         .arg(megabytes(r.limits.fileBytes));
            break;
        case platform::SignalCause::ForbiddenSystemCall:
            reason = tr("it made a system call that the sandbox forbids");
            break;
        case platform::SignalCause::Other:
            break;
        }
    }
    if (!reason.isEmpty() && sandboxSignal > 0) {
        crashed = true;
        exitCode = sandboxSignal;
    }
    // A process that exited on our SIGTERM (143) or was killed by us after the grace period
    // is "stopped", not failed: it resumes from its checkpoint next time. One that broke a
    // limit failed, whatever it did next.
    const bool stopped = r.stopping && (crashed || exitCode == 143) && reason.isEmpty();
    Q_EMIT taskExited(taskId, exitCode, (crashed || !r.violation.isEmpty()) && !stopped, stopped,
        r.info.cpuSeconds, reason);
}

} // namespace sc::core
