// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "taskapps.h"

#include <QString>
#include <QtGlobal>

namespace sc::hub {

class HubStore;

// Keeps the hub busy for demos: tops the open-workunit queue up with consecutive sc-primes
// ranges and, beside them, a few sc-matmul products of consecutive seeds (GPU work). Each
// cursor is stored with the new workunits in one transaction, so a restarted hub continues
// where it stopped and never queues a range or a seed twice.
class DemoWork final {
public:
    static constexpr qint64 kMaxPrime = TaskApps::kMaxPrime;
    static constexpr int kDefaultMinOpen = 64;
    // GPU workunits kept open: enough for a few GPU slots, each holding two.
    static constexpr int kDefaultMinOpenGpu = 4;
    // About 3 s on PoCL on two cores (sc-bench-matmul: n = 1024 in about 1 s), well under a
    // second on a GPU; its output is 9 MiB.
    static constexpr quint32 kDefaultMatmulN = 1536;

    DemoWork(HubStore& store, qint64 span, int minOpen = kDefaultMinOpen, int minOpenGpu = kDefaultMinOpenGpu,
        quint32 matmulN = kDefaultMatmulN);

    // Returns the number of workunits added, or -1 on a storage error.
    int topUp();

private:
    // Workunits of this resource to add for minOpen to be open; -1 on a storage error.
    qint64 missing(core::TaskDescriptor::Resource resource, int minOpen);
    int topUpPrimes();
    int topUpMatmul();

    HubStore& m_store;
    qint64 m_span;
    int m_minOpen;
    int m_minOpenGpu;
    quint32 m_matmulN;
};

} // namespace sc::hub
