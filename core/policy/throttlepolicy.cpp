// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/throttlepolicy.h"

#include <algorithm>
#include <cmath>

namespace sc::core {

namespace {
    PolicyDecision suspended(PolicyReason r, QString detail = {})
    {
        PolicyDecision d;
        d.reason = r;
        d.detail = std::move(detail);
        return d;
    }
} // namespace

PolicyDecision ThrottlePolicy::decide(const PolicyInputs& in, const PolicySettings& s)
{
    // Order matters: the reason shown is the first that applies, from the user's own wishes to
    // what the machine measures.
    if (s.pausedUntil > in.now)
        return suspended(PolicyReason::PausedByUser);

    if (in.onBattery.value_or(false)) {
        if (s.onBattery == PolicySettings::OnBattery::Suspend)
            return suspended(PolicyReason::OnBattery);
        if (s.onBattery == PolicySettings::OnBattery::BelowPercent
            && in.batteryPercent.value_or(0) < s.batteryMinPercent)
            return suspended(PolicyReason::BatteryLow, QString::number(in.batteryPercent.value_or(0)));
    }

    const int day = std::clamp(in.weekday, 0, 6);
    const int hour = std::clamp(in.hour, 0, 23);
    if (!(s.schedule[static_cast<size_t>(day)] & (1u << hour)))
        return suspended(PolicyReason::OutsideSchedule);

    if (!in.runningExclusive.isEmpty())
        return suspended(PolicyReason::ExclusiveProgram, in.runningExclusive.first());

    const bool ignoreIdle = s.runAlways || s.runNowUntil > in.now;
    // Unknown idle time counts as "someone is here": we never run on a guess.
    const bool userActive = !ignoreIdle && (!in.idleSeconds || *in.idleSeconds < s.idleMinutes * 60.0);

    // Other programs' load, with a grace period before suspending and a minimum suspension.
    if (s.suspendWhenOtherCpuPercent > 0) {
        if (in.otherCpuPercent > s.suspendWhenOtherCpuPercent) {
            if (m_loadHighSince < 0)
                m_loadHighSince = in.now;
            if (in.now - m_loadHighSince >= s.otherCpuGraceSeconds)
                m_loadSuspendedUntil = in.now + s.otherCpuMinSuspendSeconds;
        } else {
            m_loadHighSince = -1;
        }
    }
    if (m_loadSuspendedUntil > in.now && s.suspendWhenOtherCpuPercent > 0)
        return suspended(PolicyReason::OtherProgramsBusy, QString::number(std::lround(in.otherCpuPercent)));

    const int memLimit = userActive ? s.maxMemoryActivePercent : s.maxMemoryIdlePercent;
    if (in.taskMemoryPercent > memLimit)
        return suspended(PolicyReason::MemoryLimit, QString::number(memLimit));

    PolicyDecision d;
    d.allowedCores = std::max(1, static_cast<int>(std::floor(in.logicalCpus * std::clamp(s.maxCoresPercent, 1, 100) / 100.0)));
    d.cpuDuty = std::clamp(s.cpuSharePercent, 1, 100) / 100.0;
    if (userActive) {
        if (s.cpuWhenActive == PolicySettings::WhenActive::Suspend) {
            return suspended(in.idleSeconds ? PolicyReason::UserActive : PolicyReason::IdleUnknown);
        }
        d.cpuAllowed = true;
        d.cpuDuty = std::min(d.cpuDuty, std::clamp(s.cpuShareWhenActivePercent, 1, 100) / 100.0);
        d.gpuAllowed = s.gpuWhenActive;
        d.reason = PolicyReason::RunningReduced;
        return d;
    }
    d.cpuAllowed = true;
    d.gpuAllowed = true;
    d.reason = PolicyReason::Running;
    return d;
}

} // namespace sc::core
