// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sc::core::platform {

// A task is a tree of processes (the sandbox puts the program below bwrap); these read the
// whole tree. procRoot is "/proc" outside tests. Defined once per OS:
// platform/{linux,dummy}/proctree_<os>.cpp; the dummy reads nothing (-1 and 0, as for a pid
// that is gone).

// CPU seconds used by pid and its descendants, live or reaped (utime + stime + cutime +
// cstime), or -1 when pid is gone.
double treeCpuSeconds(qint64 pid, const QString& procRoot = QStringLiteral("/proc"));
// Resident memory of pid and its descendants in KiB (0 when gone).
qint64 treeRssKb(qint64 pid, const QString& procRoot = QStringLiteral("/proc"));
// Processes and threads of pid and its descendants together (what RLIMIT_NPROC counts), found
// through every thread's children; counting stops at `cap` (0 when pid is gone).
int treeTaskCount(qint64 pid, int cap, const QString& procRoot = QStringLiteral("/proc"));
// Clock ticks per second of the CPU times in /proc (USER_HZ).
long clockTicksPerSecond();

} // namespace sc::core::platform
