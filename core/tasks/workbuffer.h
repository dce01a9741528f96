// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <algorithm>

namespace sc::core {

// How much work to keep queued: between min and max seconds per core (BOINC's
// "store at least / up to an additional" days, in seconds). Pure.
class WorkBuffer final {
public:
    WorkBuffer(int minSecondsPerCore, int maxSecondsPerCore);

    // Seconds of work to ask the hub for, or 0 when the buffer is full enough.
    int secondsToRequest(double bufferedSeconds, int cores) const;
    // The most work worth holding, in seconds: more is given back to the hub.
    double maxSeconds(int cores) const { return static_cast<double>(m_max) * std::max(cores, 0); }

    // Learns this device's speed from a finished task (operations / CPU second), as an
    // exponentially weighted average so one odd task does not swing it.
    void observe(qint64 estimatedOps, double cpuSeconds);
    double opsPerSecond() const { return m_opsPerSecond; }
    void setOpsPerSecond(double v);
    double secondsFor(qint64 estimatedOps) const
    {
        return static_cast<double>(estimatedOps) / m_opsPerSecond;
    }

    int minSecondsPerCore() const { return m_min; }
    int maxSecondsPerCore() const { return m_max; }

private:
    int m_min;
    int m_max;
    double m_opsPerSecond = 1e9; // the hub's default assumption until we measured
    int m_observed = 0;
};

} // namespace sc::core
