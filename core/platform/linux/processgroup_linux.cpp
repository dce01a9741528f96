// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/processgroup.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace sc::core::platform {

void prepareIdleChild(QProcess& process, const QString& cgroupProcs)
{
    ChildSetup setup;
    setup.cgroupProcs = cgroupProcs;
    prepareIdleChild(process, setup);
}

void prepareIdleChild(QProcess& process, const ChildSetup& setup)
{
    // Runs in the child between fork and exec: async-signal-safe calls only (the path is
    // encoded here, before the fork).
    const QByteArray procs = QFile::encodeName(setup.cgroupProcs);
    const QList<int> fds = setup.inheritedFds;
    const bool sandboxed = setup.sandboxed;
    const TaskLimits limits = setup.limits;
    process.setChildProcessModifier([procs, fds, sandboxed, limits] {
        if (!procs.isEmpty()) {
            // "0" moves the writing process; everything it starts then stays in the group.
            const int fd = ::open(procs.constData(), O_WRONLY | O_CLOEXEC);
            if (fd >= 0) {
                [[maybe_unused]] const ssize_t n = ::write(fd, "0", 1);
                ::close(fd);
            }
        }
        // The parent made them close-on-exec, so that no other child inherits them.
        for (const int fd : fds)
            ::fcntl(fd, F_SETFD, 0);
        // A new session is also a new process group, and it has no controlling terminal, so a
        // task can neither be hit by the terminal's Ctrl+C nor inject input into it.
        ::setsid();
        if (sandboxed) {
            // Ignored dispositions survive exec: bwrap outlives a stop, the task inside (which
            // the sandbox's init starts with default dispositions) checkpoints and exits, and
            // bwrap exits with its status. bwrap's --die-with-parent sets SIGKILL again.
            struct sigaction ign { };
            ign.sa_handler = SIG_IGN;
            ::sigaction(SIGTERM, &ign, nullptr);
            ::sigaction(SIGINT, &ign, nullptr);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        } else {
            // If the engine dies (even by kill -9), the task is asked to checkpoint and exit
            // instead of running on as an orphan; the next engine restarts it from there.
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            const auto set = [](int resource, rlim_t value) {
                const struct rlimit r {
                    value, value
                };
                ::setrlimit(resource, &r);
            };
            set(RLIMIT_CORE, 0);
            if (limits.fileBytes > 0)
                set(RLIMIT_FSIZE, static_cast<rlim_t>(limits.fileBytes));
            if (limits.openFiles > 0)
                set(RLIMIT_NOFILE, static_cast<rlim_t>(limits.openFiles));
        }
        struct sched_param param { };
        param.sched_priority = 0;
        ::sched_setscheduler(0, SCHED_IDLE, &param);
        ::setpriority(PRIO_PROCESS, 0, 19);
    });
}

void lowerCurrentThreadPriority()
{
    // On Linux both apply per thread (0 = the calling thread).
    struct sched_param param { };
    ::sched_setscheduler(0, SCHED_IDLE, &param);
    ::setpriority(PRIO_PROCESS, 0, 19);
}

bool suspendGroup(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(-pid), SIGSTOP) == 0; }

bool resumeGroup(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(-pid), SIGCONT) == 0; }

bool terminateGroup(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(-pid), SIGTERM) == 0; }

bool killGroup(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(-pid), SIGKILL) == 0; }

SignalCause causeOfSignal(int signal)
{
    if (signal == SIGXFSZ)
        return SignalCause::FileTooLarge;
    if (signal == SIGSYS) // the seccomp filter's answer to a foreign architecture
        return SignalCause::ForbiddenSystemCall;
    return SignalCause::Other;
}

int signalOfSandboxExit(int exitCode)
{
    // sc-sandbox-init exits with 128 + n for a task that signal n ended; 143 (SIGTERM) is also
    // the contract's "stopped after a checkpoint" and stays an exit code.
    const int signal = exitCode - 128;
    return signal > 0 && signal < 65 && signal != SIGTERM ? signal : 0;
}

bool limitTreeToCpus(qint64 pid, int cpus)
{
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (::sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return false;
    if (cpus > 0) {
        // The first `cpus` of the CPUs we may use ourselves.
        cpu_set_t first;
        CPU_ZERO(&first);
        int taken = 0;
        for (int c = 0; c < CPU_SETSIZE && taken < cpus; ++c) {
            if (CPU_ISSET(c, &allowed)) {
                CPU_SET(c, &first);
                ++taken;
            }
        }
        allowed = first;
    }
    // Every thread of every process in the tree (a task may start helpers or threads).
    bool any = false;
    QList<qint64> todo { pid };
    for (int guard = 0; !todo.isEmpty() && guard < 4096; ++guard) {
        const qint64 p = todo.takeFirst();
        const QDir tasks(QStringLiteral("/proc/%1/task").arg(p));
        for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (::sched_setaffinity(static_cast<pid_t>(tid.toLongLong()), sizeof allowed, &allowed) == 0)
                any = true;
            QFile children(tasks.filePath(tid) + QStringLiteral("/children"));
            if (children.open(QIODevice::ReadOnly)) {
                for (const QByteArray& c : children.readAll().split(' ')) {
                    if (!c.trimmed().isEmpty())
                        todo.append(c.trimmed().toLongLong());
                }
            }
        }
    }
    return any;
}

} // namespace sc::core::platform
