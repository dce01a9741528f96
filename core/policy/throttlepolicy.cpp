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

    // The user's disk comes first: below the reserve tasks pause (they resume from their
    // checkpoints), and they run again once a little more than the reserve is free, so a task
    // writing near the line does not flap.
    if (in.diskFreeBytes && s.diskReserveBytes > 0) {
        const qint64 margin = std::max<qint64>(s.diskReserveBytes / 20, 64LL * 1024 * 1024);
        if (*in.diskFreeBytes < s.diskReserveBytes)
            m_diskLow = true;
        else if (*in.diskFreeBytes >= s.diskReserveBytes + margin)
            m_diskLow = false;
    } else {
        m_diskLow = false;
    }
    if (m_diskLow) {
        PolicyDecision low = suspended(PolicyReason::DiskLow, in.dataFolder);
        low.diskFreeBytes = in.diskFreeBytes.value_or(0);
        return low;
    }

    const bool ignoreIdle = s.runAlways || s.runNowUntil > in.now;
    // Unknown idle time counts as "someone is here": we never run on a guess.
    const double threshold = s.idleThresholdSeconds();
    const bool userActive = !ignoreIdle && (!in.idleSeconds || *in.idleSeconds < threshold);

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
    if (in.taskMemoryPercent > memLimit) {
        PolicyDecision over = suspended(PolicyReason::MemoryLimit, QString::number(memLimit));
        over.memoryLimitPercent = memLimit;
        return over;
    }

    PolicyDecision d;
    d.memoryLimitPercent = memLimit;
    d.allowedCores = std::max(
        1, static_cast<int>(std::floor(in.logicalCpus * std::clamp(s.maxCoresPercent, 1, 100) / 100.0)));
    d.cpuDuty = std::clamp(s.cpuSharePercent, 1, 100) / 100.0;
    if (userActive) {
        if (s.cpuWhenActive == PolicySettings::WhenActive::Suspend) {
            // "GPU work while I use the computer" is the user's own choice, apart from the CPU's.
            PolicyDecision active
                = suspended(in.idleSeconds ? PolicyReason::UserActive : PolicyReason::IdleUnknown);
            active.gpuAllowed = s.gpuWhenActive;
            active.memoryLimitPercent = memLimit;
            return active;
        }
        d.cpuAllowed = true;
        d.cpuDuty = std::min(d.cpuDuty, std::clamp(s.cpuShareWhenActivePercent, 1, 100) / 100.0);
        d.gpuAllowed = s.gpuWhenActive;
        d.reason = PolicyReason::RunningReduced;
    } else {
        d.cpuAllowed = true;
        d.gpuAllowed = true;
        d.reason = PolicyReason::Running;
    }
    return d;
}

} // namespace sc::core

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sc::core {

QString describeDecision(const PolicyDecision& d, const PolicySettings& s)
{
    // One context, "Policy", named where each sentence is (lupdate reads QT_TRANSLATE_NOOP; a lambda
    // called tr would file them under the namespace, and the lookup here would never find them).
    auto text = [](const char* sentence) { return QCoreApplication::translate("Policy", sentence); };
    switch (d.reason) {
    case PolicyReason::Running:
        if (d.cpuDuty < 0.999)
            return text(
                QT_TRANSLATE_NOOP("Policy", "Running %1 % of the time, as set in Settings (CPU share)"))
                .arg(std::lround(d.cpuDuty * 100));
        return text(QT_TRANSLATE_NOOP("Policy", "Running"));
    case PolicyReason::RunningReduced:
        return text(QT_TRANSLATE_NOOP("Policy", "Running at %1 % while you use the computer"))
            .arg(std::lround(d.cpuDuty * 100));
    case PolicyReason::PausedByUser:
        if (s.pausedUntil >= PolicySettings::kPausedIndefinitely)
            return text(QT_TRANSLATE_NOOP("Policy", "Paused by you until you resume"));
        return text(QT_TRANSLATE_NOOP("Policy", "Paused by you until %1"))
            .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(s.pausedUntil), QLocale::ShortFormat));
    case PolicyReason::OnBattery:
        return text(QT_TRANSLATE_NOOP("Policy", "Suspended: running on battery"));
    case PolicyReason::BatteryLow:
        return text(QT_TRANSLATE_NOOP("Policy", "Suspended: battery at %1 %, below %2 %"))
            .arg(d.detail)
            .arg(s.batteryMinPercent);
    case PolicyReason::OutsideSchedule:
        return text(QT_TRANSLATE_NOOP("Policy", "Suspended: outside the hours you allowed"));
    case PolicyReason::ExclusiveProgram:
        return text(QT_TRANSLATE_NOOP("Policy", "Suspended: %1 is running")).arg(d.detail);
    case PolicyReason::UserActive:
        return QCoreApplication::translate(
            "Policy", "Waiting until the computer has been idle for %n minutes", nullptr, s.idleMinutes);
    case PolicyReason::IdleUnknown:
        return text(QT_TRANSLATE_NOOP("Policy",
            "Waiting: this computer does not say when you are away from it. To run anyway, choose "
            "to run always in Settings, under “When to run”."));
    case PolicyReason::OtherProgramsBusy:
        return text(QT_TRANSLATE_NOOP("Policy", "Suspended: other programs use %1 % of the CPU (limit %2 %)"))
            .arg(d.detail)
            .arg(s.suspendWhenOtherCpuPercent);
    case PolicyReason::MemoryLimit:
        return text(QT_TRANSLATE_NOOP("Policy", "Suspended: tasks use more than %1 % of memory"))
            .arg(d.detail);
    case PolicyReason::DiskLow: {
        const QLocale locale;
        return text(
            QT_TRANSLATE_NOOP("Policy",
                "Suspended: only %1 free on the disk holding %2; tasks pause while less than %3 is free "
                "(Settings). Free some space and they resume."))
            .arg(locale.formattedDataSize(d.diskFreeBytes, 1, QLocale::DataSizeSIFormat), d.detail,
                locale.formattedDataSize(s.diskReserveBytes, 1, QLocale::DataSizeSIFormat));
    }
    }
    return {};
}

QString reasonName(PolicyReason r)
{
    switch (r) {
    case PolicyReason::Running:
        return QStringLiteral("running");
    case PolicyReason::RunningReduced:
        return QStringLiteral("running_reduced");
    case PolicyReason::PausedByUser:
        return QStringLiteral("paused_by_user");
    case PolicyReason::OnBattery:
        return QStringLiteral("on_battery");
    case PolicyReason::BatteryLow:
        return QStringLiteral("battery_low");
    case PolicyReason::OutsideSchedule:
        return QStringLiteral("outside_schedule");
    case PolicyReason::ExclusiveProgram:
        return QStringLiteral("exclusive_program");
    case PolicyReason::UserActive:
        return QStringLiteral("user_active");
    case PolicyReason::IdleUnknown:
        return QStringLiteral("idle_unknown");
    case PolicyReason::OtherProgramsBusy:
        return QStringLiteral("other_programs_busy");
    case PolicyReason::MemoryLimit:
        return QStringLiteral("memory_limit");
    case PolicyReason::DiskLow:
        return QStringLiteral("disk_low");
    }
    return QStringLiteral("unknown");
}

} // namespace sc::core
