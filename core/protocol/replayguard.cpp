// SPDX-License-Identifier: GPL-3.0-or-later
#include "replayguard.h"

#include <cstdlib>

namespace sc::core {

ReplayGuard::Verdict ReplayGuard::check(const QByteArray& signature, qint64 requestTime, qint64 now)
{
    if (std::llabs(now - requestTime) > m_maxSkew)
        return Verdict::ClockSkew;
    // A remembered signature is older than now - maxSkew only when it could no longer pass the
    // skew check, so it is safe to forget; sweep at most once per window.
    if (now - m_lastSweep >= m_maxSkew) {
        forgetOlderThan(now - m_maxSkew);
        m_lastSweep = now;
    }
    if (m_seen.contains(signature))
        return Verdict::Replay;
    m_seen.insert(signature, requestTime);
    return Verdict::Accept;
}

void ReplayGuard::forgetOlderThan(qint64 cutoff)
{
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = it.value() < cutoff ? m_seen.erase(it) : std::next(it);
}

} // namespace sc::core
