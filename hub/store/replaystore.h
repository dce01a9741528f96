// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <optional>

namespace sc::hub {

struct StoreContext;

// Signatures of signed requests the hub accepted, kept in the database for the clock-skew
// window: a request captured on the wire is refused again after a restart (and, with a shared
// database, by every replica). Rows older than the window are pruned now and then.
class ReplayStore final {
public:
    ReplayStore(StoreContext& context, qint64 windowSeconds);

    // true: first use, now remembered; false: seen before; nullopt: storage error.
    std::optional<bool> remember(const QByteArray& signature, qint64 requestTime);

private:
    void prune(qint64 now);

    StoreContext& m_context;
    qint64 m_window;
    qint64 m_lastPrune = 0;
};

} // namespace sc::hub
