// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasks/workbuffer.h"

#include <QTest>

using sc::core::WorkBuffer;

class TestWorkBuffer final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void asksOnlyBelowTheMinimumAndUpToTheMaximum()
    {
        const WorkBuffer b(100, 600);
        QCOMPARE(b.secondsToRequest(0, 4), 2400);
        QCOMPARE(b.secondsToRequest(399, 4), 2001);
        QCOMPARE(b.secondsToRequest(400, 4), 0);
        QCOMPARE(b.secondsToRequest(5000, 4), 0);
        QCOMPARE(b.secondsToRequest(0, 0), 0);
    }
    void badLimitsAreClamped()
    {
        const WorkBuffer b(-5, -10);
        QCOMPARE(b.minSecondsPerCore(), 1);
        QCOMPARE(b.maxSecondsPerCore(), 1);
    }
    void learnsSpeedFromFinishedTasks()
    {
        WorkBuffer b(60, 300);
        QCOMPARE(b.opsPerSecond(), 1e9);
        b.observe(4'000'000'000, 2.0); // first sample replaces the default
        QCOMPARE(b.opsPerSecond(), 2e9);
        b.observe(1'000'000'000, 1.0); // then a weighted average
        QCOMPARE(b.opsPerSecond(), 0.8 * 2e9 + 0.2 * 1e9);
        b.observe(1'000'000'000, 0.01); // too short to say anything
        b.observe(0, 10);
        QCOMPARE(b.opsPerSecond(), 0.8 * 2e9 + 0.2 * 1e9);
        QCOMPARE(b.secondsFor(1'800'000'000), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestWorkBuffer)
#include "tst_workbuffer.moc"
