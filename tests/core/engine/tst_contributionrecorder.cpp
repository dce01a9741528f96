// SPDX-License-Identifier: GPL-3.0-or-later
// Contribution minutes: CPU seconds from the tasks' counters and GPU seconds from the wall time
// GPU tasks ran, written once per minute and on stop, each second counted once (also the last
// seconds of a task that exits between ticks).
#include "engine/contributionrecorder.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

class TestContributionRecorder final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    qint64 m_wall = 1'800'000'020; // 20 s into a minute
    qint64 m_mono = 0;

    void tick(ContributionRecorder& r, const QList<ContributionRecorder::TaskCpu>& tasks,
        std::optional<double> gpuTempC = std::nullopt)
    {
        m_wall += 1;
        m_mono += 1000;
        r.sample(tasks, 2, 70.0, 1.0, gpuTempC);
    }
    static ContributionRecorder::TaskCpu gpuTask(const QString& id, double cpu, bool running = true)
    {
        return { id, cpu, true, running };
    }
    Ledger::Sample total() const
    {
        Ledger::Sample t;
        for (const auto& s : m_ledger->samples(1'799'999'000, 1'800'001'000)) {
            t.cpuSeconds += s.cpuSeconds;
            t.gpuSeconds += s.gpuSeconds;
        }
        return t;
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        QString err;
        m_ledger = Ledger::open(m_dir.filePath(QStringLiteral("ledger%1.sqlite").arg(++n)), &err);
        QVERIFY2(m_ledger, qPrintable(err));
        m_wall = 1'800'000'020;
    }

    void aMinuteIsWrittenWhenItIsOverWithEachSecondOnce()
    {
        ContributionRecorder r(
            *m_ledger, [this] { return m_wall; }, [this] { return m_mono; });
        double counter = 0;
        for (int i = 0; i < 40; ++i) { // 20 s of this minute, 20 s of the next
            counter += 1.5;
            tick(r, { { QStringLiteral("t1"), counter } });
        }
        const auto samples = m_ledger->samples(1'799'999'000, 1'800'001'000);
        QCOMPARE(samples.size(), 1); // the second minute is still in progress
        QCOMPARE(samples.first().time, qint64(1'800'000'000 - 1'800'000'000 % 60));
        QVERIFY(samples.first().cpuSeconds > 0);
        QCOMPARE(samples.first().maxTempC, 70.0);
        QCOMPARE(samples.first().duty, 1.0);
        r.finish();
        double total = 0;
        for (const auto& s : m_ledger->samples(1'799'999'000, 1'800'001'000))
            total += s.cpuSeconds;
        QCOMPARE(total, counter);
    }

    void theLastSecondsOfAnExitedTaskCountAndARestartedCounterDoesNotGoNegative()
    {
        ContributionRecorder r(
            *m_ledger, [this] { return m_wall; }, [this] { return m_mono; });
        tick(r, { { QStringLiteral("t1"), 3.0 } });
        r.taskExited(QStringLiteral("t1"), 4.0); // one more second after the tick
        tick(r, { { QStringLiteral("t1"), 0.5 } }); // restarted: its counter starts at zero
        r.finish();
        double total = 0;
        for (const auto& s : m_ledger->samples(1'799'999'000, 1'800'001'000))
            total += s.cpuSeconds;
        QCOMPARE(total, 4.5);
    }

    void cpuShareIsOfTheWholeComputer()
    {
        ContributionRecorder r(
            *m_ledger, [this] { return m_wall; }, [this] { return m_mono; });
        tick(r, { { QStringLiteral("t1"), 0.0 } });
        tick(r, { { QStringLiteral("t1"), 1.0 } }); // one CPU second in one second on 2 CPUs
        QCOMPARE(r.tasksCpuPercent(), 50.0);
    }

    void aGpuTaskRunning90SecondsAcrossAMinuteCountsExactly90SplitByMinute()
    {
        ContributionRecorder r(
            *m_ledger, [this] { return m_wall; }, [this] { return m_mono; });
        m_wall = 1'800'000'029;
        tick(r, {}); // :30, the first tick: nothing ran before it
        for (int i = 1; i <= 90; ++i) // :31 … :120, the tick at :60 closes the first minute
            tick(r, { gpuTask(QStringLiteral("g"), 0.25 * i) }, 60.0 + i % 7);
        r.taskExited(QStringLiteral("g"), 22.5); // right after the last tick: no more time
        r.finish();
        const auto samples = m_ledger->samples(1'799'999'000, 1'800'001'000);
        QCOMPARE(samples.size(), 2);
        QCOMPARE(samples[0].time, qint64(1'800'000'000));
        QCOMPARE(samples[0].gpuSeconds, 30.0);
        QCOMPARE(samples[1].time, qint64(1'800'000'060));
        QCOMPARE(samples[1].gpuSeconds, 60.0);
        QCOMPARE(samples[0].maxGpuTempC, 66.0);
        // The host thread's CPU seconds still count as processor time.
        QCOMPARE(samples[0].cpuSeconds + samples[1].cpuSeconds, 22.5);
        const auto days = m_ledger->days(QDate(2027, 1, 1), QDate(2027, 12, 31));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.first().gpuSeconds, 90.0);
        QCOMPARE(days.first().cpuSeconds, 22.5);
    }

    void suspendedTicksAndProcessorTasksGiveNoGpuSeconds()
    {
        ContributionRecorder r(
            *m_ledger, [this] { return m_wall; }, [this] { return m_mono; });
        tick(r, {});
        const QString g = QStringLiteral("g");
        const ContributionRecorder::TaskCpu cpuTask { QStringLiteral("c"), 0 };
        for (int i = 0; i < 10; ++i)
            tick(r, { gpuTask(g, 1), cpuTask });
        for (int i = 0; i < 5; ++i)
            tick(r, { gpuTask(g, 1, false), cpuTask }); // suspended (or frozen) through the tick
        for (int i = 0; i < 5; ++i)
            tick(r, { gpuTask(g, 1), cpuTask });
        r.taskExited(g, 1); // suspended tasks that end count nothing more either
        r.finish();
        QCOMPARE(total().gpuSeconds, 15.0);
        for (const auto& s : m_ledger->samples(1'799'999'000, 1'800'001'000))
            QVERIFY(std::isnan(s.maxGpuTempC)); // no GPU reading: NaN, never a made-up 0
    }

    void aGpuTaskHeldAtItsTemperatureCountsOnlyItsShare()
    {
        ContributionRecorder r(
            *m_ledger, [this] { return m_wall; }, [this] { return m_mono; });
        tick(r, {});
        const QString g = QStringLiteral("g");
        for (int i = 0; i < 20; ++i)
            tick(r, { { g, 1, true, true, 0.25 } }); // the GPU duty cycle at 25 %: 5 s of 20
        r.taskExited(g, 1);
        r.finish();
        QCOMPARE(total().gpuSeconds, 5.0);
    }

    void aGpuTaskThatExitsBetweenTicksCountsUpToItsExitAndARestartNotTwice()
    {
        ContributionRecorder r(
            *m_ledger, [this] { return m_wall; }, [this] { return m_mono; });
        const QString g = QStringLiteral("g");
        tick(r, {});
        tick(r, { gpuTask(g, 0.5) }); // 1 s
        m_mono += 400;
        r.taskExited(g, 0.7); // 0.4 s more, 0.2 CPU seconds more
        tick(r, { gpuTask(g, 0.1) }); // restarted: 1 s from its exit, not 1.4 s from the last tick
        tick(r, { gpuTask(g, 0.3, false) }); // suspended: nothing
        m_mono += 300;
        r.taskExited(g, 0.3); // it ends while suspended: nothing
        tick(r, {});
        r.finish();
        QCOMPARE(total().gpuSeconds, 2.4);
        QCOMPARE(total().cpuSeconds, 1.0);
        QCOMPARE(m_ledger->days(QDate(2027, 1, 1), QDate(2027, 12, 31)).first().gpuSeconds, 2.4);
    }

    void nothingUsedNothingWrittenOnStop()
    {
        ContributionRecorder r(
            *m_ledger, [this] { return m_wall; }, [this] { return m_mono; });
        tick(r, {});
        r.finish();
        QCOMPARE(m_ledger->sampleCount(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestContributionRecorder)
#include "tst_contributionrecorder.moc"
