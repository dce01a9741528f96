// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/memorywatchdog.h"
#include "policy/throttlepolicy.h"

#include <QTest>

using namespace sc::core;
using R = PolicyReason;

namespace {
PolicyInputs idleMachine(qint64 now = 1000)
{
    PolicyInputs in;
    in.now = now;
    in.weekday = 2;
    in.hour = 14;
    in.idleSeconds = 3600;
    in.onBattery = false;
    in.logicalCpus = 8;
    return in;
}
} // namespace

class TestThrottlePolicy final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Issue 17: below the disk reserve tasks pause, naming the folder and the free space, and
    // run again only once a little more than the reserve is free.
    void aDiskBelowTheReservePausesTasksWithAMargin()
    {
        ThrottlePolicy p;
        PolicySettings s;
        s.diskReserveBytes = 1'000'000'000;
        PolicyInputs in = idleMachine();
        in.dataFolder = QStringLiteral("/home/ann/.local/share/SpareCycles");
        in.diskFreeBytes = 5'000'000'000;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        in.diskFreeBytes = 400'000'000;
        PolicyDecision d = p.decide(in, s);
        QVERIFY(!d.cpuAllowed);
        QCOMPARE(d.reason, R::DiskLow);
        const QString sentence = describeDecision(d, s);
        QVERIFY2(sentence.contains(QLatin1String("400.0 MB")), qPrintable(sentence));
        QVERIFY2(sentence.contains(in.dataFolder), qPrintable(sentence));
        QVERIFY2(sentence.contains(QLatin1String("1.0 GB")), qPrintable(sentence));
        QCOMPARE(reasonName(d.reason), QStringLiteral("disk_low"));
        in.diskFreeBytes = 1'010'000'000; // above the reserve, not yet above the margin
        QCOMPARE(p.decide(in, s).reason, R::DiskLow);
        in.diskFreeBytes = 1'100'000'000;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        // 0 = never; an unknown free space is not guessed.
        in.diskFreeBytes = 1;
        s.diskReserveBytes = 0;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        s.diskReserveBytes = 1'000'000'000;
        in.diskFreeBytes.reset();
        QCOMPARE(p.decide(in, s).reason, R::Running);
    }

    void idleMachineRunsEverything()
    {
        ThrottlePolicy p;
        const PolicyDecision d = p.decide(idleMachine(), PolicySettings {});
        QVERIFY(d.cpuAllowed);
        QVERIFY(d.gpuAllowed);
        QCOMPARE(d.cpuDuty, 1.0);
        QCOMPARE(d.allowedCores, 8);
        QCOMPARE(d.reason, R::Running);
    }
    void unknownIdleTimeCountsAsActive()
    {
        ThrottlePolicy p;
        PolicyInputs in = idleMachine();
        in.idleSeconds.reset();
        const PolicyDecision d = p.decide(in, PolicySettings {});
        QVERIFY(!d.cpuAllowed);
        QCOMPARE(d.reason, R::IdleUnknown);
        PolicySettings always;
        always.runAlways = true;
        QVERIFY(p.decide(in, always).cpuAllowed);
    }
    void idleThresholdAndRunNow()
    {
        ThrottlePolicy p;
        PolicySettings s;
        PolicyInputs in = idleMachine();
        in.idleSeconds = 179;
        QCOMPARE(p.decide(in, s).reason, R::UserActive);
        in.idleSeconds = 180;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        in.idleSeconds = 5;
        s.runNowUntil = in.now + 3600;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        in.now += 3600;
        QCOMPARE(p.decide(in, s).reason, R::UserActive);
    }
    void reducedShareWhileActiveKeepsGpuOff()
    {
        ThrottlePolicy p;
        PolicySettings s;
        s.cpuWhenActive = PolicySettings::WhenActive::ReducedShare;
        s.cpuShareWhenActivePercent = 30;
        PolicyInputs in = idleMachine();
        in.idleSeconds = 1;
        const PolicyDecision d = p.decide(in, s);
        QVERIFY(d.cpuAllowed);
        QVERIFY(!d.gpuAllowed);
        QCOMPARE(d.cpuDuty, 0.3);
        QCOMPARE(d.reason, R::RunningReduced);
    }
    void userPauseWinsAndExpires()
    {
        ThrottlePolicy p;
        PolicySettings s;
        s.runAlways = true;
        s.pausedUntil = 2000;
        QCOMPARE(p.decide(idleMachine(1999), s).reason, R::PausedByUser);
        QCOMPARE(p.decide(idleMachine(2000), s).reason, R::Running);
        s.pausedUntil = PolicySettings::kPausedIndefinitely;
        QCOMPARE(p.decide(idleMachine(1'900'000'000), s).reason, R::PausedByUser);
    }
    void battery()
    {
        ThrottlePolicy p;
        PolicySettings s;
        PolicyInputs in = idleMachine();
        in.onBattery = true;
        in.batteryPercent = 90;
        QCOMPARE(p.decide(in, s).reason, R::OnBattery);
        s.onBattery = PolicySettings::OnBattery::BelowPercent;
        s.batteryMinPercent = 80;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        in.batteryPercent = 79;
        QCOMPARE(p.decide(in, s).reason, R::BatteryLow);
        in.onBattery.reset(); // no battery information: a desktop
        QCOMPARE(p.decide(in, s).reason, R::Running);
    }
    void weeklySchedule()
    {
        ThrottlePolicy p;
        PolicySettings s;
        s.schedule[2] = 0xFFFFFF & ~(1u << 14); // Wednesday 14:00-15:00 off
        QCOMPARE(p.decide(idleMachine(), s).reason, R::OutsideSchedule);
        PolicyInputs in = idleMachine();
        in.hour = 15;
        QCOMPARE(p.decide(in, s).reason, R::Running);
    }
    void exclusiveProgram()
    {
        ThrottlePolicy p;
        PolicyInputs in = idleMachine();
        in.runningExclusive = QStringList { QStringLiteral("steam") };
        const PolicyDecision d = p.decide(in, PolicySettings {});
        QCOMPARE(d.reason, R::ExclusiveProgram);
        QCOMPARE(d.detail, QStringLiteral("steam"));
    }
    void otherLoadHasGraceAndMinimumSuspension()
    {
        ThrottlePolicy p;
        PolicySettings s; // 25 %, 10 s grace, 60 s minimum
        PolicyInputs in = idleMachine(0);
        in.otherCpuPercent = 50;
        QCOMPARE(p.decide(in, s).reason, R::Running); // t=0: grace starts
        in.now = 9;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        in.now = 10;
        QCOMPARE(p.decide(in, s).reason, R::OtherProgramsBusy);
        in.otherCpuPercent = 5; // load gone at once, but no flapping
        in.now = 30;
        QCOMPARE(p.decide(in, s).reason, R::OtherProgramsBusy);
        in.now = 70;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        // A short spike shorter than the grace period never suspends.
        in.otherCpuPercent = 90;
        in.now = 71;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        in.otherCpuPercent = 1;
        in.now = 75;
        QCOMPARE(p.decide(in, s).reason, R::Running);
        in.otherCpuPercent = 90;
        in.now = 80;
        QCOMPARE(p.decide(in, s).reason, R::Running);
    }
    void memoryAndCores()
    {
        ThrottlePolicy p;
        PolicySettings s;
        s.maxCoresPercent = 50;
        s.cpuSharePercent = 40;
        PolicyInputs in = idleMachine();
        in.taskMemoryPercent = 85;
        PolicyDecision d = p.decide(in, s);
        QCOMPARE(d.allowedCores, 4);
        QCOMPARE(d.cpuDuty, 0.4);
        in.taskMemoryPercent = 91;
        QCOMPARE(p.decide(in, s).reason, R::MemoryLimit);
        s.maxCoresPercent = 1;
        in.taskMemoryPercent = 0;
        QCOMPARE(p.decide(in, s).allowedCores, 1); // never zero while running
        // The limit that applies travels with the decision (idle here: the idle limit).
        QCOMPARE(p.decide(in, s).memoryLimitPercent, 90);
        in.idleSeconds = 5;
        s.cpuWhenActive = PolicySettings::WhenActive::ReducedShare;
        QCOMPARE(p.decide(in, s).memoryLimitPercent, 50);
    }
    void reasonsSayWhyTasksRunSlower()
    {
        ThrottlePolicy p;
        PolicySettings s;
        PolicyDecision d = p.decide(idleMachine(), s);
        QCOMPARE(sc::core::describeDecision(d, s), QStringLiteral("Running"));
        s.cpuSharePercent = 60;
        d = p.decide(idleMachine(), s);
        QCOMPARE(sc::core::describeDecision(d, s),
            QStringLiteral("Running 60 % of the time, as set in Settings (CPU share)"));
    }
    void gpuWorkFollowsTheUsersRules()
    {
        ThrottlePolicy p;
        PolicySettings s;
        PolicyInputs in = idleMachine();
        in.gpuTempC = 95; // the temperature is the GPU thermal controller's (PolicyLoop), not this
        QVERIFY(p.decide(in, s).gpuAllowed);
        // The user is here: CPU work stops, and GPU work too unless they allowed it.
        in.idleSeconds = 1;
        PolicyDecision d = p.decide(in, s);
        QVERIFY(!d.cpuAllowed);
        QVERIFY(!d.gpuAllowed);
        s.gpuWhenActive = true;
        d = p.decide(in, s);
        QVERIFY(!d.cpuAllowed);
        QVERIFY(d.gpuAllowed);
        QCOMPARE(d.reason, R::UserActive);
        // On battery, a pause, outside the schedule: GPU work waits like CPU work.
        in.onBattery = true;
        QVERIFY(!p.decide(in, s).gpuAllowed);
        in.onBattery = false;
        s.pausedUntil = in.now + 60;
        QVERIFY(!p.decide(in, s).gpuAllowed);
    }
    void memoryWatchdogStopsTheBiggestTaskWhenSuspensionDoesNotHelp()
    {
        using sc::core::MemoryWatchdog;
        MemoryWatchdog w;
        const qint64 mb = 1024 * 1024;
        const QList<MemoryWatchdog::Task> tasks { { QStringLiteral("a"), 300 * mb },
            { QStringLiteral("b"), 900 * mb }, { QStringLiteral("c"), 100 * mb } };
        QVERIFY(!w.update(0, false, tasks));
        // Over the limit: the policy has suspended everything; the watchdog waits its grace time.
        QVERIFY(!w.update(1000, true, tasks));
        QVERIFY(!w.update(1000 + MemoryWatchdog::kStopAfterMs - 1, true, tasks));
        QCOMPARE(w.update(1000 + MemoryWatchdog::kStopAfterMs, true, tasks), QStringLiteral("b"));
        // The next stop needs another grace time.
        QVERIFY(!w.update(1000 + MemoryWatchdog::kStopAfterMs + 500, true, tasks));
        // Back under the limit: the clock starts again next time.
        QVERIFY(!w.update(30000, false, tasks));
        QVERIFY(!w.update(31000, true, tasks));
        // b may start again only when its peak fits beside what the others hold.
        QCOMPARE(w.peak(QStringLiteral("b")), 900 * mb);
        QVERIFY(!w.fits(QStringLiteral("b"), 400 * mb, 1000 * mb));
        QVERIFY(w.fits(QStringLiteral("b"), 100 * mb, 1000 * mb));
        QVERIFY(w.fits(QStringLiteral("new"), 999 * mb, 1000 * mb)); // never seen: no peak yet
        w.forget(QStringLiteral("b"));
        QVERIFY(w.fits(QStringLiteral("b"), 400 * mb, 1000 * mb));
        // Nothing running: nothing to stop.
        MemoryWatchdog empty;
        QVERIFY(!empty.update(0, true, {}));
        QVERIFY(!empty.update(MemoryWatchdog::kStopAfterMs * 2, true, {}));
    }
};

QTEST_GUILESS_MAIN(TestThrottlePolicy)
#include "tst_throttlepolicy.moc"
