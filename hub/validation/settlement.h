// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sc::hub {

class CreditLedger;
class Devices;
class Replicas;
struct StoreContext;

// Applies the quorum validator's decisions to the store: settles a workunit (its state, its
// replicas' outcomes, their credit) and withdraws everything a flagged device said. Callers
// hold the transaction.
class Settlement final {
public:
    Settlement(const StoreContext& context, Devices& devices, Replicas& replicas, CreditLedger& ledger)
        : m_context(context)
        , m_devices(devices)
        , m_replicas(replicas)
        , m_ledger(ledger)
    {
    }

    // Decides an open workunit once its reported replicas allow it: a group of `quorum` equal
    // hashes validates it (that group valid and credited, the others invalid); with no
    // agreement possible any more it fails and every pending replica is invalid.
    bool settleWorkunit(qint64 workunitId, qint64 now);

    // Flags the device. Nothing it said still counts: its running replicas are replaced and
    // its unvalidated answers are invalid, so the workunits settle on other devices' results.
    bool flagDevice(const QString& deviceId, qint64 now);

private:
    const StoreContext& m_context;
    Devices& m_devices;
    Replicas& m_replicas;
    CreditLedger& m_ledger;
};

} // namespace sc::hub
