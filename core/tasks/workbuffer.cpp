// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/workbuffer.h"

#include <algorithm>
#include <cmath>

namespace sc::core {

WorkBuffer::WorkBuffer(int minSecondsPerCore, int maxSecondsPerCore)
    : m_min(std::max(1, minSecondsPerCore))
    , m_max(std::max(m_min, maxSecondsPerCore))
{
}

int WorkBuffer::secondsToRequest(double bufferedSeconds, int cores) const
{
    if (cores <= 0)
        return 0;
    const double low = static_cast<double>(m_min) * cores;
    if (bufferedSeconds >= low)
        return 0;
    const double want = static_cast<double>(m_max) * cores - std::max(0.0, bufferedSeconds);
    return static_cast<int>(std::clamp(std::ceil(want), 1.0, 86400.0));
}

void WorkBuffer::observe(qint64 estimatedOps, double cpuSeconds)
{
    // Tasks shorter than a tenth of a second say more about process start-up than speed.
    if (estimatedOps <= 0 || cpuSeconds < 0.1)
        return;
    const double rate = static_cast<double>(estimatedOps) / cpuSeconds;
    if (!std::isfinite(rate))
        return;
    m_opsPerSecond = m_observed == 0 ? rate : 0.8 * m_opsPerSecond + 0.2 * rate;
    ++m_observed;
}

void WorkBuffer::setOpsPerSecond(double v)
{
    if (std::isfinite(v) && v > 0)
        m_opsPerSecond = v;
}

} // namespace sc::core
