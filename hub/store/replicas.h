// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation/quorumvalidator.h"

#include <QList>
#include <optional>

namespace sc::hub {

struct StoreContext;

// Reads a workunit's replicas (the results table) for the quorum validator.
class Replicas final {
public:
    explicit Replicas(const StoreContext& context)
        : m_context(context)
    {
    }

    // The workunit's non-canary replicas, each with its device's trust now; nullopt on a
    // storage error.
    std::optional<QList<Replica>> ofWorkunit(qint64 workunitId) const;

private:
    const StoreContext& m_context;
};

} // namespace sc::hub
