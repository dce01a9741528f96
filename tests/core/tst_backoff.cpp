// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/backoff.h"

#include <QTest>

using sc::core::Backoff;
using namespace std::chrono_literals;

class TestBackoff final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ceilingDoublesUntilCap()
    {
        double r = 0.999999;
        Backoff b(100ms, 5000ms, [&r] { return r; });
        QCOMPARE(b.currentCeiling(), 100ms);
        QCOMPARE(b.next(), 99ms);
        QCOMPARE(b.currentCeiling(), 200ms);
        b.next();
        b.next();
        b.next();
        b.next();
        b.next(); // 400 800 1600 3200 5000
        QCOMPARE(b.currentCeiling(), 5000ms);
        for (int i = 0; i < 100; ++i)
            QVERIFY(b.next() <= 5000ms); // no overflow after many attempts
    }
    void jitterSpansWholeWindow()
    {
        double r = 0.0;
        Backoff b(1000ms, 60000ms, [&r] { return r; });
        QCOMPARE(b.next(), 0ms);
        r = 0.5;
        QCOMPARE(b.next(), 1000ms); // half of 2000
    }
    void resetStartsOver()
    {
        double r = 0.5;
        Backoff b(100ms, 1000ms, [&r] { return r; });
        b.next();
        b.next();
        b.reset();
        QCOMPARE(b.attempt(), 0);
        QCOMPARE(b.next(), 50ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
