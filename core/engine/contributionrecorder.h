// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clocks.h"
#include "ledger/ledger.h"

#include <QHash>
#include <QList>
#include <optional>

namespace sc::core {

// Turns what the tasks used, sampled every tick, into the ledger's contribution history: CPU
// seconds per (UTC) minute with the hottest CPU reading and the mean duty cycle, and the same
// seconds per day. A minute is written once it is over, and the one in progress on stop
// (finish()), so the charts never count a second twice or lose one.
class ContributionRecorder final {
public:
    struct TaskCpu {
        QString taskId;
        double cpuSeconds = 0; // this run's total so far (each run's counter starts at zero)
    };

    ContributionRecorder(Ledger& ledger, WallClock wall, MonoClock mono);

    // One tick: the running tasks' CPU counters, the computer's logical CPUs, the CPU
    // temperature (nullopt: no sensor) and the duty cycle tasks were allowed.
    void sample(const QList<TaskCpu>& tasks, int logicalCpus, std::optional<double> cpuTempC, double duty);
    // A task's run ended: its last CPU seconds since the previous tick count in this minute.
    void taskExited(const QString& taskId, double cpuSeconds);
    // Writes the minute in progress, if anything was used in it (the engine stops).
    void finish();

    // The tasks' measured CPU use over the last tick, as % of the whole computer.
    double tasksCpuPercent() const { return m_tasksCpuPercent; }

private:
    void writeMinute();

    Ledger& m_ledger;
    WallClock m_wall;
    MonoClock m_mono;
    QHash<QString, double> m_lastTaskCpu;
    double m_tasksCpuPercent = 0;
    qint64 m_lastSampleMs = -1;
    qint64 m_minuteStart = 0;
    Ledger::Sample m_minute;
    double m_minuteDutySum = 0;
    int m_minuteTicks = 0;
};

} // namespace sc::core
