// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/contributionrecorder.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace sc::core {

namespace {
    // The hotter of a minute's reading so far (NaN: none yet) and a new one.
    void keepHottest(double& minuteMax, std::optional<double> reading)
    {
        if (reading)
            minuteMax = std::isnan(minuteMax) ? *reading : std::max(minuteMax, *reading);
    }
} // namespace

ContributionRecorder::ContributionRecorder(Ledger& ledger, WallClock wall, MonoClock mono)
    : m_ledger(ledger)
    , m_wall(std::move(wall))
    , m_mono(std::move(mono))
{
}

void ContributionRecorder::sample(const QList<TaskCpu>& tasks, int logicalCpus,
    std::optional<double> cpuTempC, double duty, std::optional<double> gpuTempC)
{
    const qint64 nowMono = m_mono();
    const bool haveLast = m_lastSampleMs >= 0 && nowMono > m_lastSampleMs;
    double cpu = 0;
    double gpu = 0;
    QHash<QString, Seen> seen;
    for (const TaskCpu& t : tasks) {
        const auto last = m_lastTasks.constFind(t.taskId);
        cpu += std::max(0.0, t.cpuSeconds - (last == m_lastTasks.cend() ? 0.0 : last->cpuSeconds));
        const bool gpuRunning = t.gpu && t.running;
        // A GPU task counts the tick's wall time when it ran through it: from the last tick, or
        // from the end of its earlier run within this tick (no second twice).
        if (gpuRunning && haveLast) {
            const qint64 from = std::max(m_lastSampleMs, m_exitedAtMs.value(t.taskId, m_lastSampleMs));
            gpu += std::clamp(t.share, 0.0, 1.0) * static_cast<double>(std::max<qint64>(0, nowMono - from))
                / 1000.0;
        }
        seen.insert(t.taskId, Seen { t.cpuSeconds, gpuRunning, t.share });
    }
    m_lastTasks = seen;
    m_exitedAtMs.clear();
    if (haveLast) {
        const double wall = static_cast<double>(nowMono - m_lastSampleMs) / 1000.0;
        m_tasksCpuPercent = std::clamp(cpu / (wall * std::max(1, logicalCpus)) * 100.0, 0.0, 100.0);
    }
    m_lastSampleMs = nowMono;
    const qint64 now = m_wall();
    const qint64 minute = now - now % 60;
    if (m_minuteStart == 0)
        m_minuteStart = minute;
    m_minute.cpuSeconds += cpu;
    m_minute.gpuSeconds += gpu;
    keepHottest(m_minute.maxTempC, cpuTempC);
    keepHottest(m_minute.maxGpuTempC, gpuTempC);
    m_minuteDutySum += duty;
    ++m_minuteTicks;
    if (minute != m_minuteStart) {
        writeMinute();
        resetMinute();
        m_minuteStart = minute;
    }
}

void ContributionRecorder::taskExited(const QString& taskId, double cpuSeconds)
{
    const auto last = m_lastTasks.constFind(taskId);
    const bool known = last != m_lastTasks.cend();
    m_minute.cpuSeconds += std::max(0.0, cpuSeconds - (known ? last->cpuSeconds : 0.0));
    if (known && last->gpuRunning && m_lastSampleMs >= 0) {
        const qint64 nowMono = m_mono();
        m_minute.gpuSeconds += std::clamp(last->share, 0.0, 1.0)
            * static_cast<double>(std::max<qint64>(0, nowMono - m_lastSampleMs)) / 1000.0;
        m_exitedAtMs.insert(taskId, nowMono);
    }
    m_lastTasks.remove(taskId);
}

void ContributionRecorder::finish()
{
    if (m_minuteStart > 0 && (m_minute.cpuSeconds > 0 || m_minute.gpuSeconds > 0))
        writeMinute();
    resetMinute();
}

void ContributionRecorder::resetMinute()
{
    m_minute = Ledger::Sample {};
    m_minuteDutySum = 0;
    m_minuteTicks = 0;
}

void ContributionRecorder::writeMinute()
{
    Ledger::Sample s = m_minute;
    s.time = m_minuteStart;
    s.duty = m_minuteTicks > 0 ? m_minuteDutySum / m_minuteTicks : 0;
    m_ledger.addSamples({ s });
    m_ledger.addContribution(
        QDateTime::fromSecsSinceEpoch(m_minuteStart, Qt::UTC).date(), s.cpuSeconds, 0, s.gpuSeconds);
}

} // namespace sc::core
