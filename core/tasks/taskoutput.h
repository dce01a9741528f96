// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>

namespace sc::core {

// What a task program says on stdout (docs/workloads.md): whole lines "progress x" (x from 0 to
// 1) and "resumed …"; anything else is ignored. Pure: the Executor feeds it what it read from
// the process, and the fuzz target (fuzz/fuzz_taskoutput.cpp) what the fuzzer makes up.
class TaskOutputReader final {
public:
    // Output beyond this without a newline is cut to its last kKeepBytes, so a program that
    // floods stdout cannot grow the engine's memory.
    static constexpr qsizetype kMaxPendingBytes = 64 * 1024;
    static constexpr qsizetype kKeepBytes = 4096;

    struct Line {
        enum class Kind { Progress, Resumed };
        Kind kind = Kind::Progress;
        double progress = 0; // Progress: 0..1
    };

    void append(const QByteArray& bytes);
    // The next line that means something, consumed; nullopt when no whole line is left.
    std::optional<Line> next();
    // Bytes read but not yet a whole line.
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    QByteArray m_pending;
};

} // namespace sc::core
