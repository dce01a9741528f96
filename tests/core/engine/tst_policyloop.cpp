// SPDX-License-Identifier: GPL-3.0-or-later
// The run gate: policy, thermal control and the idle watch together, on fixture sensors and a
// fake idle source, applied to a real (empty) executor.
#include "engine/policyloop.h"
#include "fakes/fakeidlesource.h"
#include "settings/settings.h"
#include "tasks/executor.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

class TestPolicyLoop final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    qint64 m_wall = 1'800'000'000;
    qint64 m_mono = 0;

    PolicyLoop::Options options(const QString& sys = QStringLiteral(SC_TEST_DATA "/sys-amd-desktop"))
    {
        PolicyLoop::Options o;
        o.cores = 2;
        o.sysRoot = sys;
        return o;
    }
    void writeTemp(const QString& sys, const QByteArray& milliC)
    {
        QDir().mkpath(sys + QStringLiteral("/class/hwmon/hwmon0"));
        auto write = [&](const char* name, const QByteArray& v) {
            QFile f(sys + QStringLiteral("/class/hwmon/hwmon0/") + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(v);
        };
        write("name", "k10temp\n");
        write("temp1_label", "Tctl\n");
        write("temp1_input", milliC + '\n');
    }

    // An AMD card's junction sensor beside the CPU's (hwmon1, amdgpu).
    void writeGpuTemp(const QString& sys, const QByteArray& milliC)
    {
        QDir().mkpath(sys + QStringLiteral("/class/hwmon/hwmon1"));
        auto write = [&](const char* name, const QByteArray& v) {
            QFile f(sys + QStringLiteral("/class/hwmon/hwmon1/") + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(v);
        };
        write("name", "amdgpu\n");
        write("temp2_label", "junction\n");
        write("temp2_input", milliC + '\n');
    }

private Q_SLOTS:
    void theUserAtTheKeyboardClosesTheGateAndBeingAwayOpensIt()
    {
        Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
        Executor executor;
        FakeIdleSource idle;
        idle.value = 5;
        PolicyLoop loop(
            options(), settings, executor, &idle, [this] { return m_wall; }, [this] { return m_mono; });
        loop.evaluate(false);
        QVERIFY(!loop.runAllowed());
        QCOMPARE(loop.decision().reason, PolicyReason::UserActive);
        QVERIFY2(loop.reason().contains(QLatin1String("idle for 3 minute")), qPrintable(loop.reason()));
        QCOMPARE(loop.effectiveDuty(), 0.0);
        QCOMPARE(loop.sample().cpuTempC.value_or(0), 65.25); // k10temp Tctl in the fixture
        idle.value = 600;
        loop.evaluate(false);
        QVERIFY(loop.runAllowed());
        QCOMPARE(loop.allowedCores(), 2);
        QCOMPARE(loop.effectiveDuty(), 1.0);
        loop.evaluate(true); // a fatal error in the engine: nothing runs
        QVERIFY(!loop.runAllowed());
    }

    void aPauseByTheUserWinsOverIdleTime()
    {
        Settings settings(m_dir.filePath(QStringLiteral("b.ini")));
        QString err;
        QVERIFY(settings.set(QStringLiteral("paused_until"), QString::number(m_wall + 3600), &err));
        Executor executor;
        FakeIdleSource idle;
        idle.value = 6000;
        PolicyLoop loop(
            options(), settings, executor, &idle, [this] { return m_wall; }, [this] { return m_mono; });
        loop.evaluate(false);
        QVERIFY(!loop.runAllowed());
        QCOMPARE(loop.decision().reason, PolicyReason::PausedByUser);
    }

    // The disk holding the data folder falls under the reserve (disk_reserve, GB): tasks pause
    // with a sentence naming the folder and what is free; with space back they run again.
    void aFullDiskPausesTasksAndSpaceBackResumesThem()
    {
        Settings settings(m_dir.filePath(QStringLiteral("disk.ini")));
        QString err;
        QVERIFY(settings.set(QStringLiteral("disk_reserve"), QStringLiteral("3"), &err));
        Executor executor;
        FakeIdleSource idle;
        idle.value = 6000;
        qint64 free = 2'500'000'000;
        PolicyLoop::Options o = options();
        o.dataDir = m_dir.path();
        o.freeBytes = [&free](const QString&) { return std::optional<qint64>(free); };
        PolicyLoop loop(
            o, settings, executor, &idle, [this] { return m_wall; }, [this] { return m_mono; });
        loop.evaluate(false);
        QVERIFY(!loop.runAllowed());
        QCOMPARE(loop.decision().reason, PolicyReason::DiskLow);
        QVERIFY2(loop.reason().contains(QLatin1String("2.5 GB")), qPrintable(loop.reason()));
        QVERIFY2(loop.reason().contains(m_dir.path()), qPrintable(loop.reason()));
        QVERIFY2(loop.reason().contains(QLatin1String("3.0 GB")), qPrintable(loop.reason()));
        free = 40'000'000'000;
        loop.evaluate(false);
        QVERIFY(loop.runAllowed());
    }

    void aCpuOverItsLimitStopsTasksAtOnceAndSaysWhy()
    {
        const QString sys = m_dir.filePath(QStringLiteral("sys"));
        writeTemp(sys, "60000");
        Settings settings(m_dir.filePath(QStringLiteral("c.ini")));
        Executor executor;
        FakeIdleSource idle;
        idle.value = 6000;
        PolicyLoop loop(
            options(sys), settings, executor, &idle, [this] { return m_wall; }, [this] { return m_mono; });
        QSignalSpy stops(&loop, &PolicyLoop::thermalStop);
        loop.evaluate(false);
        QVERIFY(loop.runAllowed());
        QVERIFY(loop.hasCpuTemperature());
        writeTemp(sys, "90000"); // above 80 + 5
        m_mono += 1000;
        loop.evaluate(false);
        QVERIFY(!loop.runAllowed());
        QVERIFY(loop.thermal().hardStop);
        QCOMPARE(stops.size(), 1);
        QVERIFY2(
            loop.reason().contains(QStringLiteral("CPU at 90 °C, limit 80 °C")), qPrintable(loop.reason()));
    }

    void whileTasksMayRunTheUsersReturnIsSeenWithoutWaitingForATick()
    {
        Settings settings(m_dir.filePath(QStringLiteral("d.ini")));
        Executor executor;
        FakeIdleSource idle;
        idle.value = 600;
        PolicyLoop loop(
            options(), settings, executor, &idle, [this] { return m_wall; }, [this] { return m_mono; });
        QSignalSpy back(&loop, &PolicyLoop::userReturned);
        loop.evaluate(false);
        QVERIFY(loop.runAllowed());
        idle.value = 0.2; // a key press
        QTRY_VERIFY_WITH_TIMEOUT(!back.isEmpty(), 500); // the 50 ms watch, not the 1 s tick
        loop.evaluate(false); // what the engine does on userReturned: the gate closes
        QVERIFY(!loop.runAllowed());
        const auto seen = back.size();
        QTest::qWait(120);
        QCOMPARE(back.size(), seen); // gate closed: no more watching
        idle.value = 600;
        loop.evaluate(false);
        QVERIFY(loop.runAllowed());
        idle.value = 0.1;
        QTRY_VERIFY_WITH_TIMEOUT(back.size() > seen, 500);
        loop.stopWatching();
    }
    void aSourceThatPushesIsNotPolledAndItsPushStopsTasksAtOnce()
    {
        Settings settings(m_dir.filePath(QStringLiteral("e.ini")));
        Executor executor;
        FakeIdleSource idle;
        idle.pushes = true;
        idle.value = 5;
        PolicyLoop loop(
            options(), settings, executor, &idle, [this] { return m_wall; }, [this] { return m_mono; });
        QSignalSpy back(&loop, &PolicyLoop::userReturned);
        QSignalSpy away(&loop, &PolicyLoop::userAway);
        loop.evaluate(false);
        QVERIFY(!loop.runAllowed());
        QCOMPARE(idle.idleAlarm, 180.0); // "idle for 3 minutes" (the default), asked of the source
        Q_EMIT idle.userIdle();
        QCOMPARE(away.size(), 1);
        idle.value = 600;
        loop.evaluate(false);
        QVERIFY(loop.runAllowed());
        QVERIFY(!executor.suspended());
        // The value drops without a push: nobody polls it (the source would have said so).
        idle.value = 0.2;
        QTest::qWait(200);
        QVERIFY(back.isEmpty());
        // The push: the tasks are stopped before the evaluation, in the same call.
        Q_EMIT idle.userActive();
        QCOMPARE(back.size(), 1);
        QVERIFY(executor.suspended());
        loop.evaluate(false);
        QVERIFY(!loop.runAllowed());
        // Run always: no idle alarm is asked for, and a push changes nothing.
        QString err;
        QVERIFY(settings.set(QStringLiteral("run_always"), QStringLiteral("true"), &err));
        loop.evaluate(false);
        QVERIFY(loop.runAllowed());
        QCOMPARE(idle.idleAlarm, -1.0);
        QVERIFY(!executor.suspended());
        Q_EMIT idle.userActive();
        QVERIFY(!executor.suspended());
    }

    // GPU work has a gate of its own: the user's rules for it, and a second thermal controller
    // that holds the card at gpu_temp_limit while CPU work goes on.
    void gpuWorkIsHeldByItsOwnRulesAndItsOwnTemperature()
    {
        const QString sys = m_dir.filePath(QStringLiteral("sys-gpu"));
        writeTemp(sys, "60000");
        writeGpuTemp(sys, "70000");
        Settings settings(m_dir.filePath(QStringLiteral("gpu.ini")));
        Executor executor;
        FakeIdleSource idle;
        idle.pushes = true;
        idle.value = 6000;
        PolicyLoop loop(
            options(sys), settings, executor, &idle, [this] { return m_wall; }, [this] { return m_mono; });
        auto tick = [&] {
            m_mono += 1000;
            loop.evaluate(false);
        };
        tick();
        QVERIFY(loop.runAllowed());
        QVERIFY(loop.gpuRunAllowed());
        QVERIFY(loop.hasGpuTemperature());
        QCOMPARE(loop.gpuDuty(), 1.0);
        QVERIFY(loop.gpuReason().isEmpty());
        // Far over the limit (80 °C + the 5 °C hard margin): GPU work stops at once, CPU work not.
        writeGpuTemp(sys, "91000");
        tick();
        QVERIFY(!loop.gpuRunAllowed());
        QVERIFY(loop.gpuTooHot());
        QVERIFY(loop.runAllowed());
        QVERIFY(executor.isSuspended(true));
        QVERIFY(!executor.isSuspended(false));
        QVERIFY2(loop.gpuReason().contains(QStringLiteral("91 °C"))
                && loop.gpuReason().contains(QStringLiteral("80 °C")),
            qPrintable(loop.gpuReason()));
        // Cooled to 3 °C under the limit: it runs again.
        writeGpuTemp(sys, "76000");
        tick();
        QVERIFY(loop.gpuRunAllowed());
        QVERIFY(!executor.isSuspended(true));
        // Just over the limit for a while: the controller slows GPU work instead of stopping it.
        writeGpuTemp(sys, "81000");
        for (int i = 0; i < 60 && loop.gpuDuty() > 0.9; ++i)
            tick();
        QVERIFY2(loop.gpuDuty() > 0 && loop.gpuDuty() < 0.9, qPrintable(QString::number(loop.gpuDuty())));
        QCOMPARE(executor.gpuDutyCycle(), loop.gpuDuty());
        QCOMPARE(executor.dutyCycle(), 1.0); // the CPU's is its own
        QVERIFY2(loop.gpuReason().contains(QLatin1String("slowed")), qPrintable(loop.gpuReason()));
        writeGpuTemp(sys, "60000");
        for (int i = 0; i < 300 && loop.gpuDuty() < 1.0; ++i)
            tick();
        QCOMPARE(loop.gpuDuty(), 1.0);
        // The user comes back (pushed): both kinds stop in the same call.
        idle.value = 0.5;
        Q_EMIT idle.userActive();
        QVERIFY(executor.isSuspended(false) && executor.isSuspended(true));
        tick();
        QVERIFY(!loop.runAllowed());
        QVERIFY(!loop.gpuRunAllowed());
        // "GPU work while I use the computer": the card goes on, the CPU waits, and it says so.
        QString err;
        QVERIFY(settings.set(QStringLiteral("gpu_when_active"), QStringLiteral("true"), &err));
        tick();
        QVERIFY(!loop.runAllowed());
        QVERIFY(loop.gpuRunAllowed());
        QVERIFY(!executor.isSuspended(true));
        QVERIFY(executor.isSuspended(false));
        QVERIFY2(loop.gpuReason().contains(QLatin1String("goes on")), qPrintable(loop.gpuReason()));
        Q_EMIT idle.userActive(); // another key press stops nothing more
        QVERIFY(!executor.isSuspended(true));
        // With the CPU at a reduced share while the user is here, and the card not allowed:
        // the sentence of its own says why the card waits.
        QVERIFY(settings.set(QStringLiteral("gpu_when_active"), QStringLiteral("false"), &err));
        QVERIFY(settings.set(QStringLiteral("cpu_when_active"), QStringLiteral("reduced"), &err));
        tick();
        QVERIFY(loop.runAllowed());
        QVERIFY(!loop.gpuRunAllowed());
        QVERIFY2(loop.gpuReason().contains(QLatin1String("while you use")), qPrintable(loop.gpuReason()));
        // The CPU far over its limit stops GPU tasks too (their host threads run on it).
        QVERIFY(settings.set(QStringLiteral("cpu_when_active"), QStringLiteral("suspend"), &err));
        idle.value = 6000;
        tick();
        QVERIFY(loop.gpuRunAllowed());
        writeTemp(sys, "95000");
        tick();
        QVERIFY(loop.thermal().hardStop);
        QVERIFY(!loop.gpuRunAllowed());
        QVERIFY(executor.isSuspended(true));
    }
};

QTEST_GUILESS_MAIN(TestPolicyLoop)
#include "tst_policyloop.moc"
