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
};

QTEST_GUILESS_MAIN(TestPolicyLoop)
#include "tst_policyloop.moc"
