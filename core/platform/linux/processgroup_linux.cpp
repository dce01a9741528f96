// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/processgroup.h"

#include <QProcess>
#include <sched.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

namespace sc::core::platform {

void prepareIdleChild(QProcess& process)
{
    // Runs in the child between fork and exec: async-signal-safe calls only.
    process.setChildProcessModifier([] {
        ::setpgid(0, 0);
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
