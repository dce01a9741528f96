// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace sc::core {

// Tuning of ThermalController. The defaults are tuned on ThermalSim's desktop and laptop models
// with 1 °C sensor steps (docs/thermal.md has the figures); only limitC is a user setting.
struct ThermalControllerParams {
    double limitC = 80; // the user's limit for the hottest sensor
    double hardMarginC = 5; // a reading at limit + margin stops everything in that update
    double resumeBelowLimitC = 3; // after a hard stop, resume at or below limit − this
    double minDuty = 0.05; // demand below this stops tasks (a sliver of CPU is not worth it)
    // The PI regulates the filtered reading to limit − offset, so noise and quantisation keep
    // the true temperature under the limit while costing only ~1.5 % throughput per °C. The
    // approach from full duty (warm-up) has its own margin below, so this one only has to
    // cover the noise of the steady state.
    double setpointOffsetC = 0.4;
    double kp = 0.03; // duty per °C
    double integralTimeS = 120; // Ti: Ki = kp / Ti; slower than the sinks, so it does not ring
    // Approach margin: on the first reading and whenever the output sat at the ceiling well
    // below the setpoint (not on a resume), the setpoint starts this much lower
    // and rises to limit − setpointOffsetC exponentially (τ warmUpTimeS, counted only while
    // regulating). The sink is still heating when the die arrives at the setpoint; the PI
    // alone then overshot by up to 1.4 °C on models with 20 % more thermal resistance.
    double warmUpMarginC = 1.5;
    double warmUpTimeS = 90;
    // Overheat boost: while the filtered reading is more than hotBandC over the setpoint, the
    // excess gets an extra proportional gain and its own, faster integral. Noise seldom gets
    // that far, so the steady state is the plain PI; a real excursion is cut back fast.
    double hotBandC = 0.3;
    double hotKp = 0.06; // duty per °C over the band
    double hotIntegralTimeS = 20; // Ti of the boost; 0 = proportional only
    // Td, on the filtered measurement (no kick on setpoint changes). Off by default: with 1 °C
    // steps every D gain tried added more noise-driven overshoot than it removed on warm-up.
    double derivativeTimeS = 0;
    double filterTimeS = 4; // first-order filter on readings: averages away noise and steps
    double unknownHoldS = 5; // after a lost reading, keep the last duty this long
    double unknownFallbackDuty = 0; // then run at most this (0: stop; we never run blind)
    // While saturated at full duty, the integrator tracks the output only within this band
    // below the setpoint: closer in, a fast rise cuts duty early (smooth cut-in); further out,
    // the die's quick jump when tasks start does not cost duty for nothing.
    double cutInBandC = 16;
    double maxStepS = 5; // longer gaps (machine suspended) integrate as this much
};

// Holds the hottest sensor just under the user's limit by setting the tasks' duty cycle.
// Pure: no clock, no I/O; the engine calls update() once per sample (about 1 s) with the
// reading and the time since the previous one. Same inputs give the same outputs.
//
// PI with back-calculation anti-windup: whenever the output saturates (at 0 or the ceiling)
// the integrator is set so the unclamped output equals the clamp. The controller therefore
// leaves full duty as soon as the temperature rises faster than Ti × error — it cuts in
// smoothly several degrees before the limit — and has nothing stored up after long saturation.
// Each approach from full duty aims a little lower first (warmUpMarginC, fading out), and an
// excursion clearly over the setpoint gets extra gain (hotKp), so the steady-state margin
// setpointOffsetC can be small.
class ThermalController final {
public:
    enum class Reason {
        Full, // no thermal constraint: duty at the ceiling
        Regulating, // duty reduced to hold the setpoint
        BelowMinDuty, // demand under minDuty: stopped, still regulating
        HardStop, // reading ≥ limit + margin; stays stopped until ≤ limit − resumeBelowLimitC
        SensorHold, // reading unknown, keeping the last duty for a few seconds
        SensorUnknown, // reading unknown for longer: unknownFallbackDuty at most
    };
    struct Output {
        double duty = 0; // 0..1, what the engine applies (0 = tasks stopped)
        bool hardStop = false;
        Reason reason = Reason::Full;
    };

    explicit ThermalController(const ThermalControllerParams& params = {});

    // tempC: hottest sensor in °C, NaN (or ±inf) when unknown. dtSeconds: time since the last
    // call; ≤ 0 or NaN integrates nothing, more than maxStepS counts as maxStepS.
    Output update(double tempC, double dtSeconds);

    // Limit from elsewhere (user's CPU share, ThrottlePolicy) so the integrator never winds
    // up against a cap that is not ours. Clamped to [0, 1].
    void setMaxDuty(double maxDuty);
    void setLimitC(double limitC) { m_params.limitC = limitC; }
    void reset();

    const ThermalControllerParams& params() const { return m_params; }
    // Where the PI is heading now: limit − setpointOffsetC − what is left of the approach margin.
    double setpointC() const { return m_params.limitC - m_params.setpointOffsetC - m_warmUpC; }
    double filteredC() const { return m_filteredC; }

private:
    Output unknown(double dt);

    ThermalControllerParams m_params;
    double m_maxDuty = 1;
    double m_integral = 0; // duty the PI holds when the error is zero
    double m_filteredC = 0;
    double m_warmUpC = 0; // what is left of warmUpMarginC
    double m_lastDuty = 0; // last duty output from a known reading
    double m_unknownForS = 0;
    bool m_hasReading = false;
    bool m_hardStop = false;
};

// Stable name for logs and the CLI ("regulating", "hard_stop", …).
std::string_view thermalReasonName(ThermalController::Reason r);

} // namespace sc::core
