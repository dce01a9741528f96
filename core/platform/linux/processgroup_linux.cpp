// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/processgroup.h"

#include <QProcess>
#include <sched.h>
#include <sys/prctl.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

namespace sc::core::platform {

void prepareIdleChild(QProcess& process)
{
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process.setChildProcessModifier([] {
        // A new session is also a new process group, and it has no controlling terminal, so a
        // task can neither be hit by the terminal's Ctrl+C nor inject input into it.
        ::setsid();
        // If the engine dies (even by kill -9), the task is asked to checkpoint and exit
        // instead of running on as an orphan; the next engine restarts it from there.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        struct sched_param param { };
        param.sched_priority = 0;
        ::sched_setscheduler(0, SCHED_IDLE, &param);
        ::setpriority(PRIO_PROCESS, 0, 19);
    });
}

bool suspendGroup(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(-pid), SIGSTOP) == 0; }

bool resumeGroup(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(-pid), SIGCONT) == 0; }

bool terminateGroup(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(-pid), SIGTERM) == 0; }

bool killGroup(qint64 pid) { return pid > 0 && ::kill(static_cast<pid_t>(-pid), SIGKILL) == 0; }

} // namespace sc::core::platform
