// SPDX-License-Identifier: GPL-3.0-or-later
// Contribution minutes: CPU seconds from the tasks' counters, written once per minute and on
// stop, each second counted once (also the last seconds of a task that exits between ticks).
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

    void tick(ContributionRecorder& r, const QList<ContributionRecorder::TaskCpu>& tasks)
    {
        m_wall += 1;
        m_mono += 1000;
        r.sample(tasks, 2, 70.0, 1.0);
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
