// SPDX-License-Identifier: GPL-3.0-or-later
// No process-group control on this platform: the child starts at the default priority, and
// every "stop / continue / end the task's tree" answers false (nothing was done), so the
// executor never believes a task is suspended or pinned when it is not.
#include "platform/processgroup.h"

namespace sc::core::platform {

void prepareIdleChild(QProcess&, const QString&) { }

void prepareIdleChild(QProcess&, const ChildSetup&) { }

void lowerCurrentThreadPriority() { }

bool suspendGroup(qint64) { return false; }

bool resumeGroup(qint64) { return false; }

bool terminateGroup(qint64) { return false; }

bool killGroup(qint64) { return false; }

bool limitTreeToCpus(qint64, int) { return false; }

SignalCause causeOfSignal(int) { return SignalCause::Other; }

int signalOfSandboxExit(int) { return 0; }

} // namespace sc::core::platform
