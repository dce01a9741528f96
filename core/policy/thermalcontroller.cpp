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
    if (!m_hasReading)
        m_integral = tempC < setpointC() ? m_maxDuty : 0.0;
    m_hasReading = true;
    m_unknownForS = 0;

    const double error = setpointC() - m_filteredC;
    const double slope = (fresh || dt <= 0) ? 0.0 : (m_filteredC - previousC) / dt;
    if (m_params.integralTimeS > 0)
        m_integral += m_params.kp / m_params.integralTimeS * error * dt;
    const double derivative = -m_params.kp * m_params.derivativeTimeS * slope;
    double u = m_integral + m_params.kp * error + derivative;

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
