// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/replaystore.h"

#include "store/sqlhelpers.h"
#include "store/storecontext.h"

namespace sc::hub {

namespace {
    constexpr qint64 kPruneEverySeconds = 60;
}

ReplayStore::ReplayStore(StoreContext& context, qint64 windowSeconds)
    : m_context(context)
    , m_window(windowSeconds)
{
}

std::optional<bool> ReplayStore::remember(const QByteArray& signature, qint64 requestTime)
{
    const qint64 now = m_context.clock();
    if (now - m_lastPrune >= kPruneEverySeconds)
        prune(now);
    QSqlQuery q(m_context.db());
    if (!run(q, QStringLiteral("INSERT INTO nonces(signature, time) VALUES (?, ?) ON CONFLICT DO NOTHING"),
            { signature, requestTime }))
        return std::nullopt;
    return q.numRowsAffected() == 1;
}

void ReplayStore::prune(qint64 now)
{
    // A request older than the window is refused for its timestamp alone, so its signature
    // need not be kept (twice the window: clocks on both sides may be off by it).
    QSqlQuery q(m_context.db());
    if (run(q, QStringLiteral("DELETE FROM nonces WHERE time < ?"), { now - 2 * m_window }))
        m_lastPrune = now;
}

} // namespace sc::hub
