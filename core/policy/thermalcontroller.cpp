// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/thermalcontroller.h"

#include <algorithm>
#include <cmath>

namespace sc::core {

ThermalController::ThermalController(const ThermalControllerParams& params)
    : m_params(params)
{
}

void ThermalController::setMaxDuty(double maxDuty)
{
    m_maxDuty = std::isfinite(maxDuty) ? std::clamp(maxDuty, 0.0, 1.0) : 0.0;
}

void ThermalController::reset() { *this = ThermalController(m_params); }

ThermalController::Output ThermalController::unknown(double dt)
{
    m_unknownForS += dt;
    // A hard stop is only lifted by a reading that proves the machine cooled down.
    if (m_hardStop)
        return { 0, true, Reason::HardStop };
    // A missed sample or two is common (hwmon read racing a driver); the thermal mass makes
    // holding the last, regulated duty for a few seconds harmless. Longer, or with no reading
    // ever, we cannot see the temperature and do not pretend to: fall back.
    if (m_hasReading && m_unknownForS <= m_params.unknownHoldS)
        return { m_lastDuty, false, Reason::SensorHold };
    const double fallback = std::clamp(m_params.unknownFallbackDuty, 0.0, m_maxDuty);
    return { m_hasReading ? std::min(m_lastDuty, fallback) : fallback, false, Reason::SensorUnknown };
}

ThermalController::Output ThermalController::update(double tempC, double dtSeconds)
{
    const double dt = dtSeconds > 0 ? std::min(dtSeconds, m_params.maxStepS) : 0.0; // NaN → 0
    if (!std::isfinite(tempC))
        return unknown(dt);

    const double limit = m_params.limitC;
    // Checked on the raw reading, before any filtering, so the stop is never delayed.
    if (tempC >= limit + m_params.hardMarginC) {
        if (!m_hardStop) {
            m_hardStop = true;
            // Whatever the integrator held got us here. The die cools in seconds but the sink
            // holds its heat for minutes, so the resume threshold is reached while the sink is
            // still hot: restart from the proportional term alone and let the integral rebuild.
            m_integral = 0;
        }
        m_lastDuty = 0;
        m_unknownForS = 0;
        m_hasReading = true;
        m_filteredC = tempC;
        return { 0, true, Reason::HardStop };
    }
    const bool resuming = m_hardStop;
    if (m_hardStop) {
        m_filteredC = tempC;
        m_unknownForS = 0;
        if (tempC > limit - m_params.resumeBelowLimitC)
            return { 0, true, Reason::HardStop };
        m_hardStop = false;
    }

    // Fresh start, resume or a reading after a gap: the old filter state is stale; restart it
    // here and take no derivative from the jump.
    const double previousC = m_filteredC;
    if (!m_hasReading || resuming || m_unknownForS > 0) {
        m_filteredC = tempC;
    } else {
        m_filteredC += dt / (m_params.filterTimeS + dt) * (tempC - m_filteredC);
    }
    const bool fresh = !m_hasReading || resuming || m_unknownForS > 0;
    // First reading: below the setpoint start at full duty (back-calculation trims it below);
    // above it start from nothing, as after a hard stop — we know nothing of this machine yet.
    // The first reading starts the first approach with the full margin. A missed reading is
    // no new approach (the regulated state is still valid), nor is a resume after a hard stop:
    // that restarts from the proportional term alone, already cautious, and a margin on top
    // would keep it under minDuty at the resume threshold, so a resume clears it.
    if (!m_hasReading)
        m_warmUpC = std::max(0.0, m_params.warmUpMarginC);
    else if (resuming)
        m_warmUpC = 0;
    if (!m_hasReading)
        m_integral = tempC < setpointC() ? m_maxDuty : 0.0;
    m_hasReading = true;
    m_unknownForS = 0;

    const double error = setpointC() - m_filteredC;
    const double slope = (fresh || dt <= 0) ? 0.0 : (m_filteredC - previousC) / dt;
    if (m_params.integralTimeS > 0)
        m_integral += m_params.kp / m_params.integralTimeS * error * dt;
    // Overheat boost: only the part of the excess beyond the band (≤ 0), so noise around the
    // setpoint sees the plain PI.
    const double hot = std::min(0.0, error + m_params.hotBandC);
    if (m_params.hotIntegralTimeS > 0)
        m_integral += m_params.hotKp / m_params.hotIntegralTimeS * hot * dt;
    const double derivative = -m_params.kp * m_params.derivativeTimeS * slope;
    double u = m_integral + m_params.kp * error + m_params.hotKp * hot + derivative;

    // Back-calculation with immediate tracking: a saturated output leaves the integrator where
    // the unclamped output sits exactly on the clamp, so no error is stored up while saturated.
    if (u > m_maxDuty) {
        m_integral -= u - m_maxDuty;
        m_integral = std::max(m_integral, m_maxDuty - m_params.kp * m_params.cutInBandC);
        u = m_maxDuty;
    } else if (u < 0) {
        m_integral -= u;
        u = 0;
    }

    // Approach margin: re-armed while the output sits at the ceiling clearly below the setpoint
    // (a light task, then a heavy one: the same approach as a warm-up), faded out while
    // regulating. Not while merely saturated near the setpoint, so a machine whose demand is
    // just at the ceiling does not keep losing the margin's duty.
    if (u >= m_maxDuty && error > m_params.warmUpMarginC + 1)
        m_warmUpC = std::max(0.0, m_params.warmUpMarginC);
    else if (u < m_maxDuty && m_params.warmUpTimeS > 0)
        m_warmUpC *= std::exp(-dt / m_params.warmUpTimeS);
    Output out;
    if (u < m_params.minDuty) {
        out = { 0, false, Reason::BelowMinDuty };
    } else {
        out = { u, false, u >= m_maxDuty ? Reason::Full : Reason::Regulating };
    }
    m_lastDuty = out.duty;
    return out;
}

std::string_view thermalReasonName(ThermalController::Reason r)
{
    using R = ThermalController::Reason;
    switch (r) {
    case R::Full:
        return "full";
    case R::Regulating:
        return "regulating";
    case R::BelowMinDuty:
        return "below_min_duty";
    case R::HardStop:
        return "hard_stop";
    case R::SensorHold:
        return "sensor_hold";
    case R::SensorUnknown:
        return "sensor_unknown";
    }
    return "unknown";
}

} // namespace sc::core
