// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
// Puts the calling thread at that same lowest priority (the benchmark's worker threads).
void lowerCurrentThreadPriority();

// Stops / continues every process in the child's group. Returns false when the group is gone.
bool suspendGroup(qint64 pid);
bool resumeGroup(qint64 pid);
// Asks the group to exit (SIGTERM), or ends it at once (SIGKILL).
bool terminateGroup(qint64 pid);
bool killGroup(qint64 pid);
// Restricts the process and all its descendants (threads included) to the first `cpus` CPUs
// this process may use; cpus <= 0 lifts the restriction. Returns false when pid is gone.
bool limitTreeToCpus(qint64 pid, int cpus);

} // namespace sc::core::platform
