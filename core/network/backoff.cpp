// SPDX-License-Identifier: GPL-3.0-or-later
#include "backoff.h"

#include <algorithm>
#include <utility>

namespace sc::core {

Backoff::Backoff(Ms base, Ms cap, RandomFn random01)
    : m_base(base)
    , m_cap(cap)
    , m_random(std::move(random01))
{
}

Backoff::Ms Backoff::currentCeiling() const
{
    // Saturate the shift: past 2^30 the cap always wins.
    const int shift = std::min(m_attempt, 30);
    const long double ceiling = static_cast<long double>(m_base.count()) * (1LL << shift);
    return Ms(static_cast<Ms::rep>(std::min<long double>(ceiling, m_cap.count())));
}

Backoff::Ms Backoff::next()
{
    const Ms ceiling = currentCeiling();
    ++m_attempt;
    double r = m_random();
    r = std::clamp(r, 0.0, 1.0);
    return Ms(static_cast<Ms::rep>(r * static_cast<double>(ceiling.count())));
}

} // namespace sc::core
