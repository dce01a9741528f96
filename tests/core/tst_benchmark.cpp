// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/benchmark.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

class TestBenchmark final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void measuresEveryFigure()
    {
        const BenchmarkResult r = *runBenchmark(0.05, 2);
        QCOMPARE(r.threads, 2);
        QVERIFY(r.intMopsSingle > 10);
        QVERIFY(r.fpMflopsSingle > 10);
        QVERIFY(r.memGBpsSingle > 0.1);
        QVERIFY(r.intMopsAll > 0);
        QVERIFY(r.fpMflopsAll > 0);
        QVERIFY(r.memGBpsAll > 0);
        QVERIFY(r.seconds >= 0.3 && r.seconds < 5);
        QVERIFY(r.score() > 0);
    }
    void cacheIsPerHardwareAndExpires()
    {
        QTemporaryDir d;
        BenchmarkResult r = *runBenchmark(0.02, 1);
        r.fingerprint = QStringLiteral("abc");
        r.measuredAt = 1'000'000;
        QVERIFY(saveBenchmark(d.path(), r));
        const auto hit = cachedBenchmark(d.path(), QStringLiteral("abc"), 1'000'000 + 29 * 86400);
        QVERIFY(hit);
        QCOMPARE(hit->intMopsAll, std::round(r.intMopsAll * 10) / 10);
        QVERIFY(!cachedBenchmark(d.path(), QStringLiteral("other-cpu"), 1'000'100)); // hardware changed
        QVERIFY(!cachedBenchmark(d.path(), QStringLiteral("abc"), 1'000'000 + 31 * 86400)); // a month old
        QVERIFY(!cachedBenchmark(QStringLiteral("/nonexistent"), QStringLiteral("abc"), 1'000'100));
    }
    void damagedCacheIsIgnored()
    {
        QVERIFY(!BenchmarkResult::fromJson(
            QJsonObject { { QStringLiteral("int_mops_all"), QStringLiteral("fast") } }));
        QVERIFY(!BenchmarkResult::fromJson({}));
    }
    void cancelStopsAfterThePartItIsIn()
    {
        // Set from the start: the first part runs, then nothing more and no result.
        const std::atomic<bool> cancel { true };
        QVERIFY(!runBenchmark(0.02, 1, &cancel));
        const std::atomic<bool> goOn { false };
        QVERIFY(runBenchmark(0.02, 1, &goOn).has_value());
    }
};

QTEST_GUILESS_MAIN(TestBenchmark)
#include "tst_benchmark.moc"
