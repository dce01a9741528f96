// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace sc::hub {

// The hub database's tables and their migrations (PRAGMA user_version). Version 1: meta,
// devices, workunits, results (replicas), outputs, ledger. Version 2: payouts. Version 3: the
// replay store (nonces). Version 4 is the work-request ids (merged from another branch).
// Version 5: trust (devices.trusted, devices.trust_points, workunits.trusted_validation).
// Version 6: payouts on a chain. Version 7: GPU work (workunits.resource, workunits.memory_bytes,
// outputs.rejection).
class Schema final {
public:
    static constexpr int kVersion = 7;

    // Sets the connection up (WAL, busy timeout, foreign keys) and brings an older schema to
    // kVersion in one transaction; refuses a newer one.
    static bool migrate(QSqlDatabase db, QString* error);
};

} // namespace sc::hub
