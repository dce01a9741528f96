// SPDX-License-Identifier: GPL-3.0-or-later
// A real sc-primes task for executor tests (SC_PRIMES_BIN comes from the test's CMake target).
#pragma once

#include "tasks/executor.h"

#include <QTemporaryDir>

namespace sc::test {

inline core::Executor::Spec primesTask(const QTemporaryDir& dir, const QString& id, const QByteArray& input)
{
    core::Executor::Spec s;
    s.taskId = id;
    s.program = QStringLiteral(SC_PRIMES_BIN);
    s.slotDir = dir.filePath(id);
    s.input = input;
    s.checkpointSeconds = 1;
    return s;
}

} // namespace sc::test
