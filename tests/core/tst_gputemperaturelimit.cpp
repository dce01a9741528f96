// SPDX-License-Identifier: GPL-3.0-or-later
// The GPU temperature limit: GPU work stops at the limit, says so only when it would have run,
// and an unreadable GPU is no reason to stop.
#include "policy/gputemperaturelimit.h"

#include <QTest>

using namespace sc::core;

class TestGpuTemperatureLimit final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gpuWorkStopsAtTheLimitAndRunsBelowIt()
    {
        QVERIFY(gpuTemperatureGate(true, 79.9, 80).allowed);
        QVERIFY(!gpuTemperatureGate(true, 80.0, 80).allowed);
        QVERIFY(gpuTemperatureGate(true, 80.0, 80).tooHot);
        QVERIFY(!gpuTemperatureGate(true, 79.9, 80).tooHot);
    }
    void tooHotIsSaidOnlyWhenGpuWorkWouldHaveRun()
    {
        const GpuGate g = gpuTemperatureGate(false, 95, 80); // the user is here: no GPU work anyway
        QVERIFY(!g.allowed);
        QVERIFY(!g.tooHot);
    }
    void noReadingIsNoReasonToStop()
    {
        QVERIFY(gpuTemperatureGate(true, std::nullopt, 80).allowed);
        QVERIFY(!gpuTemperatureGate(true, std::nullopt, 80).tooHot);
    }
};

QTEST_GUILESS_MAIN(TestGpuTemperatureLimit)
#include "tst_gputemperaturelimit.moc"
