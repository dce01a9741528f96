// SPDX-License-Identifier: GPL-3.0-or-later
// No process tree can be read on this platform: CPU time unknown (-1, as for a pid that is
// gone) and no resident memory, so the watchdogs see nothing to act on.
#include "platform/proctree.h"

namespace sc::core::platform {

double treeCpuSeconds(qint64, const QString&) { return -1; }

qint64 treeRssKb(qint64, const QString&) { return 0; }

int treeTaskCount(qint64, int, const QString&) { return 0; }

// Only a divisor for CPU times, which are never read here: the usual USER_HZ.
long clockTicksPerSecond() { return 100; }

} // namespace sc::core::platform
