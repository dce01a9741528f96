// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace sc::hub {

class HubStore;

// Keeps the hub busy for demos: tops the open-workunit queue up with consecutive sc-primes
// ranges. The cursor is stored with the new workunits in one transaction, so a restarted
// hub continues where it stopped and never queues a range twice.
class DemoWork final {
public:
    static constexpr qint64 kMaxPrime = qint64(1) << 40; // sc-primes' input limit
    static constexpr int kDefaultMinOpen = 64;

    DemoWork(HubStore& store, qint64 span, int minOpen = kDefaultMinOpen);

    // Returns the number of workunits added, or -1 on a storage error.
    int topUp();

private:
    HubStore& m_store;
    qint64 m_span;
    int m_minOpen;
};

} // namespace sc::hub
