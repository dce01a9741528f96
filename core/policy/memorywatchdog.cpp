// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/memorywatchdog.h"

#include <algorithm>

namespace sc::core {

std::optional<QString> MemoryWatchdog::update(qint64 nowMs, bool overLimit, const QList<Task>& running)
{
    for (const Task& t : running)
        m_peak[t.id] = std::max(m_peak.value(t.id), t.rssBytes);
    if (!overLimit) {
        m_overSinceMs = -1;
        return std::nullopt;
    }
    if (m_overSinceMs < 0) {
        m_overSinceMs = nowMs;
        return std::nullopt;
    }
    if (nowMs - m_overSinceMs < kStopAfterMs || running.isEmpty())
        return std::nullopt;
    const auto biggest = std::max_element(
        running.begin(), running.end(), [](const Task& a, const Task& b) { return a.rssBytes < b.rssBytes; });
    m_overSinceMs = nowMs; // the next one only after another grace time
    return biggest->id;
}

bool MemoryWatchdog::fits(const QString& taskId, qint64 usedBytes, qint64 limitBytes) const
{
    const qint64 peak = m_peak.value(taskId);
    return peak <= 0 || limitBytes <= 0 || usedBytes + peak <= limitBytes;
}

} // namespace sc::core
