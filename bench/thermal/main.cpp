// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-thermal: ThermalController against a bang-bang baseline and the best constant duty
// on ThermalSim's desktop and laptop models. Prints a table, then key=value lines (last) for
// scripts. docs/thermal.md quotes the figures.
#include "policy/thermalcontroller.h"
#include "policy/thermalsim.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

using namespace sc::core;

namespace {

constexpr double kLimitC = 80;
constexpr double kDurationS = 3600; // one simulated hour from an idle machine
constexpr double kStepS = 1; // the engine samples sensors once a second
constexpr int kChunks = 10; // true temperature is checked 10× per step for peak and time above
constexpr double kBangBangHysteresisC = 5;
constexpr std::uint64_t kSeed = 20240611;

struct Stats {
    double meanDuty = 0;
    double meanDutyLastHalf = 0; // after warm-up, the steady-state share
    double peakTrueC = -1e9;
    double peakMeasuredC = -1e9;
    double secondsAbove = 0; // true temperature above the limit
    int hardStops = 0;
};

using Strategy = std::function<double(double measuredC, double dtS)>;

Stats simulate(const ThermalModel& model, const Strategy& decide)
{
    ThermalSim sim(model, std::mt19937_64(kSeed));
    sim.settle(0);
    Stats s;
    const int steps = static_cast<int>(kDurationS / kStepS);
    double dutySum = 0;
    double dutySumLate = 0;
    for (int i = 0; i < steps; ++i) {
        const double measured = sim.readSensor();
        s.peakMeasuredC = std::max(s.peakMeasuredC, measured);
        const double duty = std::clamp(decide(measured, kStepS), 0.0, 1.0);
        sim.setDuty(duty);
        dutySum += duty;
        if (i >= steps / 2)
            dutySumLate += duty;
        for (int c = 0; c < kChunks; ++c) {
            sim.advance(kStepS / kChunks);
            s.peakTrueC = std::max(s.peakTrueC, sim.dieC());
            if (sim.dieC() > kLimitC)
                s.secondsAbove += kStepS / kChunks;
        }
    }
    s.meanDuty = dutySum / steps;
    s.meanDutyLastHalf = dutySumLate / (steps - steps / 2);
    return s;
}

Stats runOurs(const ThermalModel& model)
{
    ThermalControllerParams p;
    p.limitC = kLimitC;
    ThermalController ctl(p);
    int hardStops = 0;
    bool wasStopped = false;
    Stats s = simulate(model, [&](double t, double dt) {
        const ThermalController::Output o = ctl.update(t, dt);
        hardStops += (o.hardStop && !wasStopped) ? 1 : 0;
        wasStopped = o.hardStop;
        return o.duty;
    });
    s.hardStops = hardStops;
    return s;
}

// Stop at the limit, resume 5 °C below: what TThrottle-style tools and manual setups do.
Stats runBangBang(const ThermalModel& model)
{
    bool running = true;
    return simulate(model, [&](double t, double) {
        if (running && t >= kLimitC)
            running = false;
        else if (!running && t <= kLimitC - kBangBangHysteresisC)
            running = true;
        return running ? 1.0 : 0.0;
    });
}

// The largest constant duty whose true peak stays at or below the limit, by bisection on the
// simulator itself (same seed, so the same noise; noise does not matter to a constant duty).
std::pair<double, Stats> runBestConstant(const ThermalModel& model)
{
    const auto at = [&](double d) { return simulate(model, [d](double, double) { return d; }); };
    Stats full = at(1.0);
    if (full.peakTrueC <= kLimitC)
        return { 1.0, full };
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < 30; ++i) {
        const double mid = 0.5 * (lo + hi);
        (at(mid).peakTrueC <= kLimitC ? lo : hi) = mid;
    }
    return { lo, at(lo) };
}

struct ModelResult {
    std::string name;
    Stats ours;
    Stats bang;
    Stats best;
    double bestDuty = 0;
};

ModelResult benchModel(const std::string& name, const ThermalModel& model)
{
    ModelResult r;
    r.name = name;
    r.ours = runOurs(model);
    r.bang = runBangBang(model);
    std::tie(r.bestDuty, r.best) = runBestConstant(model);
    return r;
}

void printRow(const char* strategy, const Stats& s, const Stats& best)
{
    std::printf("  %-15s %9.4f %9.1f %%  %9.1f %%  %+8.2f  %+8.2f  %8.0f  %5d\n", strategy, s.meanDuty,
        100.0 * s.meanDuty / best.meanDuty, 100.0 * s.meanDutyLastHalf / best.meanDutyLastHalf,
        s.peakTrueC - kLimitC, s.peakMeasuredC - kLimitC, s.secondsAbove, s.hardStops);
}

} // namespace

int main()
{
    const std::vector<ModelResult> results {
        benchModel("desktop", ThermalModel::desktop()),
        benchModel("laptop", ThermalModel::laptop()),
    };

    std::printf("Thermal control on ThermalSim: limit %.0f °C, %.0f simulated s from idle, step %.0f s,\n"
                "sensor noise sigma 0.5 °C, 1 °C steps. Overshoot = peak above the limit.\n\n",
        kLimitC, kDurationS, kStepS);
    for (const ModelResult& r : results) {
        std::printf("%s (best constant duty %.4f; steady state at full duty %.1f °C)\n", r.name.c_str(),
            r.bestDuty,
            ThermalSim(r.name == "desktop" ? ThermalModel::desktop() : ThermalModel::laptop(),
                std::mt19937_64(kSeed))
                .steadyDieC(1.0));
        std::printf("  %-15s %9s %11s %11s %8s  %8s  %8s  %5s\n", "strategy", "mean duty", "vs best",
            "late vs best", "peak true", "peak meas", "s above", "stops");
        printRow("controller", r.ours, r.best);
        printRow("bang-bang", r.bang, r.best);
        printRow("best constant", r.best, r.best);
        std::printf("\n");
    }

    double worstRatio = 1e9;
    double worstOvershoot = -1e9;
    for (const ModelResult& r : results) {
        const double ratio = r.ours.meanDuty / r.best.meanDuty;
        const double overshoot = std::max(0.0, r.ours.peakTrueC - kLimitC);
        worstRatio = std::min(worstRatio, ratio);
        worstOvershoot = std::max(worstOvershoot, overshoot);
        const char* n = r.name.c_str();
        std::printf("%s_throughput_ratio=%.4f\n", n, ratio);
        std::printf("%s_overshoot_c=%.3f\n", n, overshoot);
        std::printf("%s_measured_overshoot_c=%.3f\n", n, std::max(0.0, r.ours.peakMeasuredC - kLimitC));
        std::printf("%s_seconds_above_limit=%.1f\n", n, r.ours.secondsAbove);
        std::printf(
            "%s_steady_throughput_ratio=%.4f\n", n, r.ours.meanDutyLastHalf / r.best.meanDutyLastHalf);
        std::printf("%s_best_constant_duty=%.4f\n", n, r.bestDuty);
        std::printf("%s_bangbang_throughput_ratio=%.4f\n", n, r.bang.meanDuty / r.best.meanDuty);
        std::printf("%s_bangbang_overshoot_c=%.3f\n", n, std::max(0.0, r.bang.peakTrueC - kLimitC));
        std::printf("%s_bangbang_seconds_above_limit=%.1f\n", n, r.bang.secondsAbove);
    }
    std::printf("throughput_ratio=%.4f\n", worstRatio);
    std::printf("overshoot_c=%.3f\n", worstOvershoot);
    return 0;
}
