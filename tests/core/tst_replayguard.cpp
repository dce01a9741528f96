// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol/replayguard.h"

#include <QTest>

using sc::core::ReplayGuard;
using V = ReplayGuard::Verdict;

class TestReplayGuard final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void skewBeyondFiveMinutesIsRejected()
    {
        ReplayGuard g;
        QCOMPARE(g.check("a", 1000, 1300), V::Accept);
        QCOMPARE(g.check("b", 1000, 1301), V::ClockSkew);
        QCOMPARE(g.check("c", 1302, 1001), V::ClockSkew);
        QCOMPARE(g.check("d", 1300, 1000), V::Accept);
    }
    void sameSignatureTwiceIsAReplay()
    {
        ReplayGuard g;
        QCOMPARE(g.check("sig", 5000, 5000), V::Accept);
        QCOMPARE(g.check("sig", 5000, 5100), V::Replay);
        QCOMPARE(g.check("other", 5000, 5100), V::Accept);
    }
    void memoryIsBoundedByTheWindow()
    {
        ReplayGuard g(300);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(g.check(QByteArray::number(i), 10000, 10000), V::Accept);
        QCOMPARE(g.remembered(), 1000);
        // Far later, old entries can no longer pass the skew check and are dropped.
        QCOMPARE(g.check("new", 20000, 20000), V::Accept);
        QCOMPARE(g.remembered(), 1);
        // The old request replayed now fails on skew, so forgetting it opened no hole.
        QCOMPARE(g.check("5", 10000, 20000), V::ClockSkew);
    }
};

QTEST_GUILESS_MAIN(TestReplayGuard)
#include "tst_replayguard.moc"
