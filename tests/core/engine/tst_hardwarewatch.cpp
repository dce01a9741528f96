// SPDX-License-Identifier: GPL-3.0-or-later
// Hardware watch: a changed machine is noticed at the next check (on the monotonic clock), and a
// cached benchmark for this hardware means no measuring.
#include "engine/hardwarewatch.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

class TestHardwareWatch final : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    qint64 m_mono = 0;

    HardwareWatch::Options options()
    {
        HardwareWatch::Options o;
        o.dataDir = m_dir.filePath(QStringLiteral("data"));
        QDir().mkpath(o.dataDir);
        o.procRoot = m_dir.filePath(QStringLiteral("proc"));
        o.sysRoot = QStringLiteral(SC_TEST_DATA "/sys-amd-desktop");
        o.checkSeconds = 600;
        o.benchmarkSliceSeconds = 0.02;
        return o;
    }
    void setRamKb(qint64 kb)
    {
        QFile f(m_dir.filePath(QStringLiteral("proc/meminfo")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("MemTotal: " + QByteArray::number(kb) + " kB\nMemAvailable: 1000000 kB\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("proc"))));
        QVERIFY(QFile::copy(QStringLiteral(SC_TEST_DATA "/proc-amd-desktop/cpuinfo"),
            m_dir.filePath(QStringLiteral("proc/cpuinfo"))));
        setRamKb(16 * 1024 * 1024);
    }

    void moreRamIsNoticedAtTheNextCheckNotBefore()
    {
        HardwareWatch watch(
            options(), [] { return qint64(1'800'000'000); }, [this] { return m_mono; });
        const MachineProfile registered = watch.profileForHub();
        QCOMPARE(registered.toJson().value(QLatin1String("ram_total_bytes")).toInteger(), 16LL << 30);
        const QString fp = registered.hardwareFingerprint();
        m_mono += 600'000;
        QVERIFY(!watch.changedSince(fp)); // same hardware
        setRamKb(32 * 1024 * 1024);
        m_mono += 1000;
        QVERIFY(!watch.changedSince(fp)); // too soon after the last check
        m_mono += 600'000;
        QSignalSpy log(&watch, &HardwareWatch::activity);
        QVERIFY(watch.changedSince(fp));
        QCOMPARE(log.size(), 1);
        setRamKb(16 * 1024 * 1024);
    }

    void aCachedBenchmarkForThisHardwareMeansNoMeasuring()
    {
        HardwareWatch::Options o = options();
        HardwareWatch watch(
            o, [] { return qint64(1'800'000'000); }, [this] { return m_mono; });
        BenchmarkResult r;
        r.fingerprint = watch.profile().hardwareFingerprint();
        r.measuredAt = 1'800'000'000 - 3600;
        r.intMopsSingle = r.intMopsAll = r.fpMflopsSingle = r.fpMflopsAll = 100;
        r.memGBpsSingle = r.memGBpsAll = 10;
        r.threads = 2;
        QVERIFY(saveBenchmark(o.dataDir, r));
        QVERIFY(!watch.measuringFirst(0));
        watch.profileForHub();
        QVERIFY(watch.benchmark().has_value());
    }

    void withoutACachedResultItMeasuresOnceWhenNothingRuns()
    {
        HardwareWatch::Options o = options();
        o.dataDir = m_dir.filePath(QStringLiteral("fresh"));
        QDir().mkpath(o.dataDir);
        HardwareWatch watch(
            o, [] { return qint64(1'800'000'000); }, [this] { return m_mono; });
        QVERIFY(!watch.measuringFirst(1)); // a task of ours runs: later
        QSignalSpy measured(&watch, &HardwareWatch::benchmarkMeasured);
        QVERIFY(watch.measuringFirst(0));
        QVERIFY(watch.measuringFirst(0)); // still measuring: tasks wait
        QTRY_COMPARE_WITH_TIMEOUT(measured.size(), 1, 20000);
        QVERIFY(!watch.measuringFirst(0));
        watch.profileForHub();
        QVERIFY(watch.benchmark().has_value());
    }
};

QTEST_GUILESS_MAIN(TestHardwareWatch)
#include "tst_hardwarewatch.moc"
