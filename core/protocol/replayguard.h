// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

namespace sc::core {

// Rejects signed requests whose timestamp is more than maxSkew seconds from the server's
// clock, and any signature seen before within that window. Pure: the caller passes "now".
class ReplayGuard final {
public:
    enum class Verdict { Accept, ClockSkew, Replay };

    explicit ReplayGuard(qint64 maxSkewSeconds = 300)
        : m_maxSkew(maxSkewSeconds)
    {
    }

    Verdict check(const QByteArray& signature, qint64 requestTime, qint64 now);
    qsizetype remembered() const { return m_seen.size(); }

private:
    void forgetOlderThan(qint64 cutoff);
    qint64 m_maxSkew;
    QHash<QByteArray, qint64> m_seen; // signature -> request time
    qint64 m_lastSweep = 0;
};

} // namespace sc::core
