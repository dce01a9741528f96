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
    // hashes with a trusted device in it validates it (that group valid and credited, the
    // others invalid; its untrusted members earn a trust point); with no agreement possible
    // any more it fails and every pending replica is invalid.
    bool settleWorkunit(qint64 workunitId, qint64 now);

    // A trust point (a right canary, or agreement with a trusted device); a device trusted by
    // it has its waiting answers settled again.
    bool awardTrustPoint(const QString& deviceId, qint64 now);

    // Flags the device. Nothing it said still counts: its running replicas are replaced, its
    // unvalidated answers are invalid, and every workunit it helped validate is reopened (its
    // credit withdrawn, the other answers judged again), so the workunits settle on other
    // devices' results.
    bool flagDevice(const QString& deviceId, qint64 now);

private:
    bool reopenWorkunit(qint64 workunitId, const QString& flaggedDeviceId, qint64 now);

    const StoreContext& m_context;
    Devices& m_devices;
    Replicas& m_replicas;
    CreditLedger& m_ledger;
};

} // namespace sc::hub
