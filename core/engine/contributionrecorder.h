// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clocks.h"
#include "ledger/ledger.h"

#include <QHash>
#include <QList>
#include <optional>

namespace sc::core {

// Turns what the tasks used, sampled every tick, into the ledger's contribution history: CPU
// and GPU seconds per (UTC) minute with the hottest CPU and GPU readings and the mean duty
// cycle, and the same seconds per day. A minute is written once it is over, and the one in
// progress on stop (finish()), so the charts never count a second twice or lose one.
//
// GPU seconds are wall time, not a device counter: a GPU-hour is an hour of wall time a task in
// the GPU slot ran (not suspended). Each tick adds its monotonic length for every GPU task that
// was running at it; a task seen for the first time counts the whole tick (the engine starts
// tasks right after a tick), or from the exit of an earlier run of the same task within the
// tick; a task that exits between ticks counts up to its exit (taskExited). The host thread of
// a GPU task still counts its CPU seconds as CPU seconds (docs/ui.md, "Processor and graphics
// card time").
class ContributionRecorder final {
public:
    struct TaskCpu {
        QString taskId;
        double cpuSeconds = 0; // this run's total so far (each run's counter starts at zero)
        bool gpu = false; // the task runs in the GPU slot
        bool running = true; // not suspended (or frozen) during the tick
        // The part of the time a running GPU task may compute: the GPU duty cycle (the
        // executor stops it for the rest of each 1 s period to hold the card's temperature).
        double share = 1.0;
    };

    ContributionRecorder(Ledger& ledger, WallClock wall, MonoClock mono);

    // One tick: the running tasks' CPU counters, the computer's logical CPUs, the CPU
    // temperature (nullopt: no sensor), the duty cycle tasks were allowed and the hottest GPU
    // temperature (nullopt: no GPU sensor).
    void sample(const QList<TaskCpu>& tasks, int logicalCpus, std::optional<double> cpuTempC, double duty,
        std::optional<double> gpuTempC);
    // A task's run ended: its last CPU seconds since the previous tick count in this minute, and
    // for a GPU task that was running at the last tick, the wall time from that tick to now.
    void taskExited(const QString& taskId, double cpuSeconds);
    // Writes the minute in progress, if anything was used in it (the engine stops).
    void finish();

    // The tasks' measured CPU use over the last tick, as % of the whole computer.
    double tasksCpuPercent() const { return m_tasksCpuPercent; }

private:
    void writeMinute();
    void resetMinute();

    struct Seen {
        double cpuSeconds = 0;
        bool gpuRunning = false; // a GPU task, running at the tick
        double share = 1.0;
    };

    Ledger& m_ledger;
    WallClock m_wall;
    MonoClock m_mono;
    QHash<QString, Seen> m_lastTasks; // as of the last tick
    QHash<QString, qint64> m_exitedAtMs; // GPU runs that ended since the last tick (monotonic)
    double m_tasksCpuPercent = 0;
    qint64 m_lastSampleMs = -1;
    qint64 m_minuteStart = 0;
    Ledger::Sample m_minute;
    double m_minuteDutySum = 0;
    int m_minuteTicks = 0;
};

} // namespace sc::core
