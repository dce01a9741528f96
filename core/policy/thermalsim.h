// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <random>

namespace sc::core {

// Lumped two-node RC model of a CPU and its cooler. Node 1 is the die with its heat spreader
// (seconds), node 2 the heatsink or heat-pipe/fin stack (tens of seconds to minutes); heat
// flows die → sink → ambient. The figures of desktop() and laptop() are modelled, not
// measured; docs/thermal.md says where each comes from.
struct ThermalModel {
    double ambientC = 25; // air the cooler breathes
    double idlePowerW = 10; // package power with no task running
    double taskPowerW = 100; // extra package power at duty 1
    double dieToSinkKPerW = 0.2; // junction → cooler base (silicon, IHS, paste)
    double sinkToAmbientKPerW = 0.25; // cooler → air at full fan speed
    // Cooler → air at the quiet fan floor. Fans ramp with temperature, so the plant's gain
    // changes with the operating point; equal to sinkToAmbientKPerW means a fixed fan.
    double sinkToAmbientQuietKPerW = 0.25;
    double fanRampStartC = 40; // sink temperature where the fan starts to speed up
    double fanRampEndC = 55; // sink temperature at full fan speed
    double dieCapacityJPerK = 10;
    double sinkCapacityJPerK = 400;
    double sensorNoiseC = 0.5; // standard deviation of the reading, Gaussian
    double sensorStepC = 1.0; // reading resolution (coretemp 1 °C, k10temp 0.125 °C); 0 = exact

    // Tower cooler on an 8-core desktop CPU; reaches ~93 °C at full duty.
    static ThermalModel desktop();
    // 45 W-class laptop sharing one heat pipe and fan; ~113 °C at full duty if nothing else
    // throttled it, so the controller has far less headroom than on the desktop.
    static ThermalModel laptop();

    double sinkToAmbientAt(double sinkC) const;
};

// Integrates a ThermalModel in fixed sub-steps (forward Euler, ≤ 20 ms, far below the die's
// ~1 s time constant). Duty enters as average power over each sub-step: the engine applies
// duty as SIGSTOP/SIGCONT or cgroup cpu.max over 0.1–1 s periods, whose ripple on the die
// this model smooths away (docs/thermal.md discusses how large it is).
class ThermalSim final {
public:
    // The generator is the only source of randomness (sensor noise), so a seed fixes a run.
    ThermalSim(const ThermalModel& model, std::mt19937_64 rng);

    // Puts both nodes at the steady state for `duty` (e.g. 0: the machine idled a long time).
    void settle(double duty);
    void setDuty(double duty); // clamped to [0, 1]
    void setAmbientC(double c) { m_model.ambientC = c; }
    void setTaskPowerW(double w) { m_model.taskPowerW = w; }
    // Heat from outside our tasks (other programs, a GPU on a shared heat pipe).
    void setExtraPowerW(double w) { m_extraPowerW = w; }
    void advance(double seconds);

    double dieC() const { return m_dieC; } // true temperature of the hottest point
    double sinkC() const { return m_sinkC; }
    double duty() const { return m_duty; }
    double timeS() const { return m_timeS; }
    const ThermalModel& model() const { return m_model; }

    // What the hottest hwmon sensor would report now: true die temperature plus Gaussian
    // noise, rounded to the sensor's step.
    double readSensor();

    // Analytic steady state at `duty` (solves the fan curve exactly), for tests and bench.
    double steadyDieC(double duty) const;
    double steadySinkC(double duty) const;

private:
    double powerW(double duty) const;
    double gaussian();

    ThermalModel m_model;
    std::mt19937_64 m_rng;
    double m_dieC = 0;
    double m_sinkC = 0;
    double m_duty = 0;
    double m_extraPowerW = 0;
    double m_timeS = 0;
};

} // namespace sc::core
