// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/thermalcontroller.h"
#include "policy/thermalsim.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace sc::core;
using Reason = ThermalController::Reason;

namespace {
constexpr double kLimit = 80;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QByteArray msg(const char* what, double value)
{
    return QByteArray(what) + ' ' + QByteArray::number(value, 'f', 3);
}

ThermalModel modelNamed(const QByteArray& name)
{
    return name == "laptop" ? ThermalModel::laptop() : ThermalModel::desktop();
}

ThermalController makeController()
{
    ThermalControllerParams p;
    p.limitC = kLimit;
    return ThermalController(p);
}

// One closed-loop second: read, decide, apply, let the physics run. Returns the output.
ThermalController::Output step(ThermalSim& sim, ThermalController& ctl, double* peakC = nullptr)
{
    const ThermalController::Output o = ctl.update(sim.readSensor(), 1.0);
    sim.setDuty(o.duty);
    for (int i = 0; i < 10; ++i) {
        sim.advance(0.1);
        if (peakC)
            *peakC = std::max(*peakC, sim.dieC());
    }
    return o;
}

ThermalModel fixedFan(ThermalModel m)
{
    m.sinkToAmbientQuietKPerW = m.sinkToAmbientKPerW;
    return m;
}
} // namespace

class TestThermal final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void holdsJustUnderLimitWithCoarseNoisySensor_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::newRow("desktop") << QByteArray("desktop");
        QTest::newRow("laptop") << QByteArray("laptop");
    }
    void holdsJustUnderLimitWithCoarseNoisySensor()
    {
        QFETCH(QByteArray, model);
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            ThermalSim sim(modelNamed(model), std::mt19937_64(seed));
            ThermalController ctl = makeController();
            double peak = -1e9;
            double lateSum = 0;
            int lateCount = 0;
            for (int t = 0; t < 1800; ++t) {
                const ThermalController::Output o = step(sim, ctl, &peak);
                QVERIFY(!o.hardStop);
                if (t >= 1200) {
                    lateSum += sim.dieC();
                    ++lateCount;
                }
            }
            QVERIFY2(peak <= kLimit + 1.0, msg("peak", peak));
            const double lateMean = lateSum / lateCount;
            // Held close under the limit, not far below it (that would waste throughput).
            QVERIFY2(lateMean > kLimit - 2.0 && lateMean < kLimit, msg("late mean", lateMean));
        }
    }

    void beatsNinetyNinePercentOfBestConstantWithinHalfADegree_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<double>("resistanceScale"); // sink-to-air (and laptop die) resistance
        QTest::newRow("desktop") << QByteArray("desktop") << 1.0;
        QTest::newRow("laptop") << QByteArray("laptop") << 1.0;
        QTest::newRow("laptop, 20 % more resistance") << QByteArray("laptop") << 1.2;
        QTest::newRow("desktop, 20 % more resistance") << QByteArray("desktop") << 1.2;
    }
    void beatsNinetyNinePercentOfBestConstantWithinHalfADegree()
    {
        // sc-bench-thermal's measure (one hour from idle, true temperature 10× a second) on
        // seeds other than the benchmark's, and on a perturbed plant the defaults were not
        // tuned on: throughput ≥ 99 % of the best constant duty, peak ≤ limit + 0.5 °C.
        QFETCH(QByteArray, model);
        QFETCH(double, resistanceScale);
        ThermalModel m = modelNamed(model);
        m.sinkToAmbientKPerW *= resistanceScale;
        m.sinkToAmbientQuietKPerW *= resistanceScale;
        if (model == "laptop")
            m.dieToSinkKPerW *= resistanceScale;
        // Constant duty rises monotonically to its steady state, so the best one solves
        // steadyDieC(d) = limit.
        const ThermalSim plant(m, std::mt19937_64(0));
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 40; ++i)
            (plant.steadyDieC(0.5 * (lo + hi)) <= kLimit ? lo : hi) = 0.5 * (lo + hi);
        for (std::uint64_t seed = 101; seed <= 104; ++seed) {
            ThermalSim sim(m, std::mt19937_64(seed));
            ThermalController ctl = makeController();
            double peak = -1e9;
            double dutySum = 0;
            for (int t = 0; t < 3600; ++t)
                dutySum += step(sim, ctl, &peak).duty;
            const double ratio = dutySum / 3600 / lo;
            QVERIFY2(ratio >= 0.99, msg("throughput vs best constant", ratio));
            QVERIFY2(peak <= kLimit + 0.5, msg("peak over the limit", peak - kLimit));
        }
    }

    void approachMarginFadesAndReArms()
    {
        ThermalController ctl = makeController();
        const ThermalControllerParams& p = ctl.params();
        ctl.update(50, 1); // cold start: the approach margin is on
        QCOMPARE(ctl.setpointC(), kLimit - p.setpointOffsetC - p.warmUpMarginC);
        for (int i = 0; i < 60; ++i)
            ctl.update(50, 1); // at full duty far below: the margin stays
        QCOMPARE(ctl.setpointC(), kLimit - p.setpointOffsetC - p.warmUpMarginC);
        for (int i = 0; i < 600; ++i)
            ctl.update(kLimit - p.setpointOffsetC, 1); // regulating: it fades out
        QVERIFY2(ctl.setpointC() > kLimit - p.setpointOffsetC - 0.01, msg("setpoint", ctl.setpointC()));
        ctl.update(kNaN, 1); // a missed reading is no new approach
        ctl.update(kLimit - p.setpointOffsetC, 1);
        QVERIFY(ctl.setpointC() > kLimit - p.setpointOffsetC - 0.01);
        for (int i = 0; i < 60; ++i)
            ctl.update(50, 1); // the task went light: back at the ceiling far below
        QCOMPARE(ctl.setpointC(), kLimit - p.setpointOffsetC - p.warmUpMarginC);
        for (int i = 0; i < 600; ++i)
            ctl.update(kLimit - p.setpointOffsetC, 1);
        ctl.update(kLimit + 6, 1); // hard stop, then resume: cautious enough without a margin
        QVERIFY(ctl.update(kLimit - 3, 1).duty > 0);
        QVERIFY(ctl.setpointC() > kLimit - p.setpointOffsetC - 0.01);
    }

    void cutsInSmoothlyBeforeTheLimit()
    {
        ThermalSim sim(ThermalModel::desktop(), std::mt19937_64(7));
        ThermalController ctl = makeController();
        double previous = 1;
        double firstCutC = kNaN;
        double largestChange = 0;
        for (int t = 0; t < 1200; ++t) {
            const double trueBefore = sim.dieC();
            const ThermalController::Output o = step(sim, ctl);
            if (std::isnan(firstCutC) && o.duty < 1)
                firstCutC = trueBefore;
            if (t > 0)
                largestChange = std::max(largestChange, std::abs(o.duty - previous));
            previous = o.duty;
        }
        QVERIFY2(firstCutC < kLimit - 2, msg("first cut at", firstCutC));
        QVERIFY2(largestChange <= 0.15, msg("largest duty change per second", largestChange));
    }

    void hardStopHappensInTheSameUpdate()
    {
        ThermalController ctl = makeController();
        for (int i = 0; i < 30; ++i)
            QVERIFY(ctl.update(70, 1).duty > 0.5);
        const ThermalController::Output o = ctl.update(kLimit + 5, 1);
        QCOMPARE(o.duty, 0.0);
        QVERIFY(o.hardStop);
        QCOMPARE(o.reason, Reason::HardStop);
    }

    void resumesOnlyBelowTheHysteresisThreshold()
    {
        ThermalController ctl = makeController();
        ctl.update(70, 1);
        QVERIFY(ctl.update(kLimit + 6, 1).hardStop);
        for (double t : { 84.0, 80.0, 78.0, 77.5, 77.01 }) {
            const ThermalController::Output o = ctl.update(t, 1);
            QVERIFY2(o.hardStop && o.duty == 0, msg("resumed at", t));
        }
        const ThermalController::Output o = ctl.update(kLimit - 3, 1);
        QVERIFY(!o.hardStop);
        QVERIFY(o.duty > 0);
    }

    void noOvershootAfterLongHardStop()
    {
        // A laptop whose GPU shares the heat pipe: 40 W from a game forces a hard stop for half
        // an hour. Nothing may be stored up meanwhile: release must not overshoot.
        ThermalSim sim(ThermalModel::laptop(), std::mt19937_64(3));
        ThermalController ctl = makeController();
        double peakAfter = -1e9;
        bool stopped = false;
        bool resumed = false;
        for (int t = 0; t < 4200; ++t) {
            if (t == 600)
                sim.setExtraPowerW(40);
            if (t == 2400)
                sim.setExtraPowerW(0);
            const ThermalController::Output o = step(sim, ctl, resumed ? &peakAfter : nullptr);
            stopped = stopped || o.hardStop;
            if (t > 2400 && stopped && !o.hardStop)
                resumed = true;
        }
        QVERIFY(stopped);
        QVERIFY(resumed);
        QVERIFY2(peakAfter <= kLimit + 1.0, msg("peak after release", peakAfter));
    }

    void noOvershootAfterLongSaturation()
    {
        // A light task keeps the desktop cool at full duty for 30 min (a naive PI integrator
        // would wind up all that time), then a heavy task starts.
        ThermalSim sim(ThermalModel::desktop(), std::mt19937_64(5));
        sim.setTaskPowerW(40);
        ThermalController ctl = makeController();
        for (int t = 0; t < 1800; ++t)
            QCOMPARE(step(sim, ctl).reason, Reason::Full);
        sim.setTaskPowerW(ThermalModel::desktop().taskPowerW);
        double peak = -1e9;
        for (int t = 0; t < 1800; ++t)
            QVERIFY(!step(sim, ctl, &peak).hardStop);
        QVERIFY2(peak <= kLimit + 1.0, msg("peak after the heavy task started", peak));
    }

    void unknownTemperatureHoldsBrieflyThenStops()
    {
        ThermalController ctl = makeController();
        ThermalController::Output o;
        for (int i = 0; i < 10; ++i)
            ctl.update(70, 1);
        for (int i = 0; i < 200; ++i)
            o = ctl.update(kLimit - 1, 1);
        const double regulated = o.duty;
        QVERIFY(regulated > 0 && regulated < 1);
        for (int i = 0; i < 5; ++i) {
            o = ctl.update(kNaN, 1);
            QCOMPARE(o.reason, Reason::SensorHold);
            QCOMPARE(o.duty, regulated);
        }
        o = ctl.update(kNaN, 1);
        QCOMPARE(o.reason, Reason::SensorUnknown);
        QCOMPARE(o.duty, 0.0);
        QVERIFY(!o.hardStop);
        o = ctl.update(std::numeric_limits<double>::infinity(), 1);
        QCOMPARE(o.reason, Reason::SensorUnknown);
        // A reading again: regulation picks up where it was.
        o = ctl.update(kLimit - 1, 1);
        QCOMPARE(o.reason, Reason::Regulating);
        QVERIFY(std::abs(o.duty - regulated) < 0.05);
    }

    void unknownTemperatureFallbackAndHardStop()
    {
        ThermalController never = makeController();
        QCOMPARE(never.update(kNaN, 1).duty, 0.0); // never saw a reading: nothing to hold

        ThermalControllerParams p;
        p.limitC = kLimit;
        p.unknownFallbackDuty = 0.3;
        ThermalController ctl(p);
        ctl.update(50, 1); // cold: full duty
        ThermalController::Output o;
        for (int i = 0; i < 10; ++i)
            o = ctl.update(kNaN, 1);
        QCOMPARE(o.duty, 0.3); // the fallback caps the duty

        ThermalController hot = makeController();
        hot.update(kLimit + 10, 1);
        for (int i = 0; i < 100; ++i) {
            o = hot.update(kNaN, 1);
            QVERIFY(o.hardStop); // a lost sensor never lifts a hard stop
            QCOMPARE(o.duty, 0.0);
        }
    }

    void dutyAlwaysWithinUnitRange()
    {
        std::mt19937_64 rng(11);
        const auto uniform = [&rng](double lo, double hi) {
            return lo + (hi - lo) * static_cast<double>(rng() >> 11) * 0x1.0p-53;
        };
        ThermalController ctl = makeController();
        for (int i = 0; i < 100000; ++i) {
            const int kind = static_cast<int>(rng() % 20);
            const double t = kind == 0 ? kNaN
                : kind == 1            ? std::numeric_limits<double>::infinity()
                                       : uniform(-40, 130);
            const double dt = kind == 2 ? kNaN : kind == 3 ? -1.0 : kind == 4 ? 1e9 : uniform(0, 3);
            if (kind == 5)
                ctl.setMaxDuty(uniform(-0.5, 1.5));
            const ThermalController::Output o = ctl.update(t, dt);
            QVERIFY(std::isfinite(o.duty));
            QVERIFY(o.duty >= 0 && o.duty <= 1);
            QVERIFY(!o.hardStop || o.duty == 0);
        }
    }

    void respectsExternalCeilingAndMinDuty()
    {
        ThermalController ctl = makeController();
        ctl.setMaxDuty(0.5);
        const ThermalController::Output cold = ctl.update(40, 1);
        QCOMPARE(cold.duty, 0.5);
        QCOMPARE(cold.reason, Reason::Full);

        ThermalController hot = makeController();
        ThermalController::Output o;
        for (int i = 0; i < 30; ++i)
            o = hot.update(kLimit + 2, 1); // too hot, not yet at the hard margin
        QCOMPARE(o.duty, 0.0);
        QCOMPARE(o.reason, Reason::BelowMinDuty);
        QVERIFY(!o.hardStop);
    }

    void simulatorSteadyStateMatchesAnalyticRc()
    {
        for (const ThermalModel& m :
            { fixedFan(ThermalModel::desktop()), fixedFan(ThermalModel::laptop()) }) {
            ThermalSim sim(m, std::mt19937_64(1));
            sim.setDuty(0.6);
            sim.advance(3600);
            const double p = m.idlePowerW + 0.6 * m.taskPowerW;
            const double sink = m.ambientC + p * m.sinkToAmbientKPerW;
            const double die = sink + p * m.dieToSinkKPerW;
            QVERIFY2(std::abs(sim.sinkC() - sink) < 0.01, msg("sink", sim.sinkC() - sink));
            QVERIFY2(std::abs(sim.dieC() - die) < 0.01, msg("die", sim.dieC() - die));
            QVERIFY(std::abs(sim.steadyDieC(0.6) - die) < 1e-6);
        }
        // With the fan curve the integration still lands on the solved steady state.
        ThermalSim sim(ThermalModel::desktop(), std::mt19937_64(1));
        sim.setDuty(0.8);
        sim.advance(3600);
        QVERIFY(std::abs(sim.dieC() - sim.steadyDieC(0.8)) < 0.01);
    }

    void simulatorTimeConstantsAreRealistic_data()
    {
        QTest::addColumn<QByteArray>("model");
        QTest::addColumn<double>("minSlowS");
        QTest::addColumn<double>("maxSlowS");
        QTest::newRow("desktop") << QByteArray("desktop") << 60.0 << 140.0;
        QTest::newRow("laptop") << QByteArray("laptop") << 20.0 << 45.0;
    }
    void simulatorTimeConstantsAreRealistic()
    {
        QFETCH(QByteArray, model);
        QFETCH(double, minSlowS);
        QFETCH(double, maxSlowS);
        const ThermalModel m = fixedFan(modelNamed(model));
        ThermalSim sim(m, std::mt19937_64(1));
        const double sink0 = sim.sinkC();
        const double sinkEnd = sim.steadySinkC(1);
        sim.setDuty(1);
        // The die follows the power step within seconds: the die-to-sink gap is nearly there.
        sim.advance(5);
        const double gap = sim.dieC() - sim.sinkC();
        QVERIFY2(gap > 0.85 * (m.idlePowerW + m.taskPowerW) * m.dieToSinkKPerW, msg("gap after 5 s", gap));
        // The sink takes minutes (desktop) or tens of seconds (laptop) to reach 63 %.
        double t = 5;
        while (sim.sinkC() < sink0 + 0.632 * (sinkEnd - sink0)) {
            sim.advance(0.5);
            t += 0.5;
        }
        QVERIFY2(t >= minSlowS && t <= maxSlowS, msg("sink 63 % time", t));
    }

    void sensorNoiseIsSeededAndQuantised()
    {
        ThermalSim a(ThermalModel::desktop(), std::mt19937_64(42));
        ThermalSim b(ThermalModel::desktop(), std::mt19937_64(42));
        ThermalSim c(ThermalModel::desktop(), std::mt19937_64(43));
        bool differs = false;
        for (int i = 0; i < 1000; ++i) {
            const double ra = a.readSensor();
            QCOMPARE(ra, b.readSensor());
            differs = differs || ra != c.readSensor();
            QCOMPARE(ra, std::round(ra)); // coretemp: whole degrees
        }
        QVERIFY(differs);

        ThermalModel fine = ThermalModel::desktop();
        fine.sensorStepC = 0.125; // k10temp
        ThermalSim f(fine, std::mt19937_64(1));
        for (int i = 0; i < 1000; ++i) {
            const double r = f.readSensor() * 8;
            QCOMPARE(r, std::round(r));
        }

        ThermalModel raw = ThermalModel::desktop();
        raw.sensorStepC = 0;
        ThermalSim n(raw, std::mt19937_64(2));
        double sum = 0;
        double sumSq = 0;
        const int count = 20000;
        for (int i = 0; i < count; ++i) {
            const double e = n.readSensor() - n.dieC();
            sum += e;
            sumSq += e * e;
        }
        const double mean = sum / count;
        const double sd = std::sqrt(sumSq / count - mean * mean);
        QVERIFY2(std::abs(mean) < 0.02, msg("noise mean", mean));
        QVERIFY2(std::abs(sd - raw.sensorNoiseC) < 0.02, msg("noise sd", sd));
    }

    void reasonNamesAreStable()
    {
        QCOMPARE(thermalReasonName(Reason::HardStop), std::string_view("hard_stop"));
        QCOMPARE(thermalReasonName(Reason::Regulating), std::string_view("regulating"));
        QCOMPARE(thermalReasonName(Reason::SensorUnknown), std::string_view("sensor_unknown"));
    }
};

QTEST_GUILESS_MAIN(TestThermal)
#include "tst_thermal.moc"
