// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/contributionrecorder.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace sc::core {

ContributionRecorder::ContributionRecorder(Ledger& ledger, WallClock wall, MonoClock mono)
    : m_ledger(ledger)
    , m_wall(std::move(wall))
    , m_mono(std::move(mono))
{
}

void ContributionRecorder::sample(
    const QList<TaskCpu>& tasks, int logicalCpus, std::optional<double> cpuTempC, double duty)
{
    double cpu = 0;
    QHash<QString, double> seen;
    for (const TaskCpu& t : tasks) {
        cpu += std::max(0.0, t.cpuSeconds - m_lastTaskCpu.value(t.taskId, 0.0));
        seen.insert(t.taskId, t.cpuSeconds);
    }
    m_lastTaskCpu = seen;
    const qint64 nowMono = m_mono();
    if (m_lastSampleMs >= 0 && nowMono > m_lastSampleMs) {
        const double wall = static_cast<double>(nowMono - m_lastSampleMs) / 1000.0;
        m_tasksCpuPercent = std::clamp(cpu / (wall * std::max(1, logicalCpus)) * 100.0, 0.0, 100.0);
    }
    m_lastSampleMs = nowMono;
    const qint64 now = m_wall();
    const qint64 minute = now - now % 60;
    if (m_minuteStart == 0)
        m_minuteStart = minute;
    m_minute.cpuSeconds += cpu;
    if (cpuTempC)
        m_minute.maxTempC
            = std::isnan(m_minute.maxTempC) ? *cpuTempC : std::max(m_minute.maxTempC, *cpuTempC);
    m_minuteDutySum += duty;
    ++m_minuteTicks;
    if (minute != m_minuteStart) {
        writeMinute();
        m_minute = Ledger::Sample {};
        m_minuteDutySum = 0;
        m_minuteTicks = 0;
        m_minuteStart = minute;
    }
}

void ContributionRecorder::taskExited(const QString& taskId, double cpuSeconds)
{
    m_minute.cpuSeconds += std::max(0.0, cpuSeconds - m_lastTaskCpu.value(taskId, 0.0));
    m_lastTaskCpu.remove(taskId);
}

void ContributionRecorder::finish()
{
    if (m_minuteStart > 0 && m_minute.cpuSeconds > 0)
        writeMinute();
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
    m_ledger.addContribution(QDateTime::fromSecsSinceEpoch(m_minuteStart, Qt::UTC).date(), s.cpuSeconds, 0);
}

} // namespace sc::core
