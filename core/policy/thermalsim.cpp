// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/thermalsim.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sc::core {

namespace {
    // Small against the fastest time constant (laptop die, ~0.9 s), so Euler error stays well
    // below the sensor's resolution, and cheap enough for an hour of simulation in ~ms.
    constexpr double kSubStepS = 0.02;
} // namespace

ThermalModel ThermalModel::desktop()
{
    ThermalModel m;
    m.ambientC = 30; // inside a closed case in a 22–25 °C room
    m.idlePowerW = 15;
    m.taskPowerW = 125; // all-core load on a 105–125 W TDP 8-core part
    m.dieToSinkKPerW = 0.2; // soldered IHS + paste: the die reads ~25 K over the cooler base
    m.sinkToAmbientKPerW = 0.25; // mid-range single-tower cooler at full fan
    m.sinkToAmbientQuietKPerW = 0.40; // same cooler at its quiet fan floor
    m.fanRampStartC = 35;
    m.fanRampEndC = 50;
    m.dieCapacityJPerK = 10; // die + copper IHS (~20 g) + cold plate: τ ≈ 2 s
    m.sinkCapacityJPerK = 400; // ~0.6 kg of aluminium fins and copper pipes: τ ≈ 100 s
    m.sensorNoiseC = 0.5;
    m.sensorStepC = 1.0;
    return m;
}

ThermalModel ThermalModel::laptop()
{
    ThermalModel m;
    m.ambientC = 25; // room air at the intake
    m.idlePowerW = 4;
    m.taskPowerW = 45; // H-class mobile CPU at its sustained power limit
    m.dieToSinkKPerW = 0.6; // small bare die on a thin cold plate
    m.sinkToAmbientKPerW = 1.2; // one heat pipe, one small blower at full speed
    m.sinkToAmbientQuietKPerW = 2.0;
    m.fanRampStartC = 40;
    m.fanRampEndC = 60;
    m.dieCapacityJPerK = 1.5; // τ ≈ 0.9 s
    m.sinkCapacityJPerK = 25; // ~60 g of copper pipe, plate and fins: τ ≈ 30 s
    m.sensorNoiseC = 0.5;
    m.sensorStepC = 1.0;
    return m;
}

double ThermalModel::sinkToAmbientAt(double sinkC) const
{
    if (!(fanRampEndC > fanRampStartC))
        return sinkToAmbientKPerW;
    const double f = std::clamp((sinkC - fanRampStartC) / (fanRampEndC - fanRampStartC), 0.0, 1.0);
    return sinkToAmbientQuietKPerW + f * (sinkToAmbientKPerW - sinkToAmbientQuietKPerW);
}

ThermalSim::ThermalSim(const ThermalModel& model, std::mt19937_64 rng)
    : m_model(model)
    , m_rng(rng)
{
    settle(0);
}

double ThermalSim::powerW(double duty) const
{
    return m_model.idlePowerW + duty * m_model.taskPowerW + m_extraPowerW;
}

double ThermalSim::steadySinkC(double duty) const
{
    // Sink temperature solves s = ambient + P·R(s). R falls as s rises (the fan speeds up), so
    // s − ambient − P·R(s) is strictly increasing and bisection finds the one root.
    const double p = powerW(std::clamp(duty, 0.0, 1.0));
    double lo = m_model.ambientC;
    double hi
        = m_model.ambientC + p * std::max(m_model.sinkToAmbientKPerW, m_model.sinkToAmbientQuietKPerW) + 1;
    for (int i = 0; i < 100; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (mid - m_model.ambientC - p * m_model.sinkToAmbientAt(mid) > 0)
            hi = mid;
        else
            lo = mid;
    }
    return 0.5 * (lo + hi);
}

double ThermalSim::steadyDieC(double duty) const
{
    return steadySinkC(duty) + powerW(std::clamp(duty, 0.0, 1.0)) * m_model.dieToSinkKPerW;
}

void ThermalSim::settle(double duty)
{
    setDuty(duty);
    m_sinkC = steadySinkC(m_duty);
    m_dieC = steadyDieC(m_duty);
}

void ThermalSim::setDuty(double duty) { m_duty = std::isfinite(duty) ? std::clamp(duty, 0.0, 1.0) : 0.0; }

void ThermalSim::advance(double seconds)
{
    const double p = powerW(m_duty);
    double left = seconds;
    while (left > 1e-12) {
        const double h = std::min(left, kSubStepS);
        const double dieToSinkW = (m_dieC - m_sinkC) / m_model.dieToSinkKPerW;
        const double sinkToAirW = (m_sinkC - m_model.ambientC) / m_model.sinkToAmbientAt(m_sinkC);
        m_dieC += h * (p - dieToSinkW) / m_model.dieCapacityJPerK;
        m_sinkC += h * (dieToSinkW - sinkToAirW) / m_model.sinkCapacityJPerK;
        left -= h;
    }
    m_timeS += seconds;
}

double ThermalSim::gaussian()
{
    // Box–Muller on the raw 64-bit output: std::normal_distribution's algorithm is left to the
    // library, so it would give other numbers with another standard library.
    const auto unit = [this] { return (static_cast<double>(m_rng() >> 11) + 0.5) * 0x1.0p-53; };
    const double u1 = unit();
    const double u2 = unit();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double ThermalSim::readSensor()
{
    double v = m_dieC;
    if (m_model.sensorNoiseC > 0)
        v += m_model.sensorNoiseC * gaussian();
    if (m_model.sensorStepC > 0)
        v = std::round(v / m_model.sensorStepC) * m_model.sensorStepC;
    return v;
}

} // namespace sc::core
