// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/sandbox.h"

#include <QList>
#include <QString>
#include <QtGlobal>

class QProcess;

namespace sc::core::platform {

// Task control by process id, kept as free functions (the executor holds only a QProcess and
// its pid). Defined once per OS: platform/{linux,dummy}/processgroup_<os>.cpp; the dummy does
// nothing and answers false. Windows needs a Job Object per task (win/winplatform.h TaskJob),
// which a pid alone does not give: docs/sensors.md, "What a full port still needs".

// Makes a QProcess start its child in a new process group at the lowest CPU priority the OS
// offers (Linux: SCHED_IDLE and nice 19). Call before QProcess::start(). With cgroupProcs
// (a cgroup.procs path), the child moves itself into that cgroup before it runs the program.
void prepareIdleChild(QProcess& process, const QString& cgroupProcs = {});

// How a task's child starts, beyond priority and its cgroup.
struct ChildSetup {
    QString cgroupProcs;
    // Descriptors the child keeps (close-on-exec cleared there only): the sandbox's files.
    QList<int> inheritedFds;
    // The child is bubblewrap: it ignores SIGTERM and SIGINT, so that a stop reaches the task
    // inside (through the process group) instead of ending bwrap and, with it, the sandbox,
    // and it gets SIGKILL when the engine dies (the init inside turns that into a stop).
    bool sandboxed = false;
    // Applied to an unsandboxed child itself (file size, open files, no core dumps); in the
    // sandbox its init applies them. The process count is never set here: outside a user
    // namespace RLIMIT_NPROC counts all of the user's processes.
    TaskLimits limits;
};
void prepareIdleChild(QProcess& process, const ChildSetup& setup);
// Puts the calling thread at that same lowest priority (the benchmark's worker threads).
void lowerCurrentThreadPriority();

// Stops / continues every process in the child's group. Returns false when the group is gone.
bool suspendGroup(qint64 pid);
bool resumeGroup(qint64 pid);
// Asks the group to exit (SIGTERM), or ends it at once (SIGKILL).
bool terminateGroup(qint64 pid);
bool killGroup(qint64 pid);
// What a signal that ended a task says about it (SIGXFSZ, SIGSYS), for the failure's reason.
enum class SignalCause { Other, FileTooLarge, ForbiddenSystemCall };
SignalCause causeOfSignal(int signal);
// The exit status bwrap reports for a task that a signal ended (128 + signal), or 0.
int signalOfSandboxExit(int exitCode);

// Restricts the process and all its descendants (threads included) to the first `cpus` CPUs
// this process may use; cpus <= 0 lifts the restriction. Returns false when pid is gone.
bool limitTreeToCpus(qint64 pid, int cpus);

} // namespace sc::core::platform
