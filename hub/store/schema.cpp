// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schema.h"

#include "store/sqlhelpers.h"

#include <QSqlError>
#include <utility>
#include <vector>

namespace sc::hub {

bool Schema::migrate(QSqlDatabase db, QString* error)
{
    QSqlQuery q(db);
    // WAL lets `stats` and `submit` work beside a running `serve`; busy_timeout makes their
    // writes wait for the hub's short transactions instead of failing.
    for (const char* pragma : { "PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL",
             "PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON" }) {
        if (!q.exec(QLatin1String(pragma))) {
            *error = QStringLiteral("cannot set up database: %1").arg(q.lastError().text());
            return false;
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = QStringLiteral("cannot read schema version: %1").arg(q.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    if (version > kVersion) {
        *error = QStringLiteral("database schema %1 is newer than this hub understands (%2)")
                     .arg(version)
                     .arg(kVersion);
        return false;
    }
    if (version == kVersion)
        return true;
    Transaction tx(db);
    const std::vector<const char*> v1 = {
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE devices(id TEXT PRIMARY KEY, payout_address TEXT NOT NULL, profile TEXT NOT NULL,"
        " ops_per_second REAL NOT NULL, flagged INTEGER NOT NULL DEFAULT 0, created INTEGER NOT NULL,"
        " updated INTEGER NOT NULL)",
        "CREATE TABLE workunits(id INTEGER PRIMARY KEY AUTOINCREMENT, app TEXT NOT NULL, input TEXT NOT NULL,"
        " estimated_ops INTEGER NOT NULL CHECK(estimated_ops > 0), reward INTEGER NOT NULL CHECK(reward >= "
        "0),"
        " state TEXT NOT NULL DEFAULT 'open', canonical_sha256 TEXT, created INTEGER NOT NULL, settled "
        "INTEGER)",
        "CREATE INDEX workunits_state ON workunits(state, id)",
        // One row per replica handed out; UNIQUE keeps two replicas of a workunit off one device.
        "CREATE TABLE results(id TEXT PRIMARY KEY, workunit_id INTEGER NOT NULL REFERENCES workunits(id),"
        " device_id TEXT NOT NULL REFERENCES devices(id), canary INTEGER NOT NULL, state TEXT NOT NULL,"
        " outcome TEXT, sent INTEGER NOT NULL, deadline INTEGER NOT NULL, reported INTEGER,"
        " exit_code INTEGER, cpu_seconds REAL, output_sha256 TEXT, UNIQUE(workunit_id, device_id))",
        "CREATE INDEX results_device ON results(device_id, state)",
        "CREATE INDEX results_deadline ON results(state, deadline)",
        "CREATE TABLE outputs(result_id TEXT PRIMARY KEY REFERENCES results(id), sha256 TEXT NOT NULL,"
        " data BLOB NOT NULL)",
        // UNIQUE(task_id): a task can appear in the ledger once, whatever happens above it.
        "CREATE TABLE ledger(seq INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL,"
        " task_id TEXT NOT NULL UNIQUE, status TEXT NOT NULL, amount INTEGER NOT NULL CHECK(amount >= 0),"
        " time INTEGER NOT NULL, paid INTEGER NOT NULL DEFAULT 0)",
        "CREATE INDEX ledger_device ON ledger(device_id, seq)",
        "PRAGMA user_version = 1",
    };
    // 2: payouts, and which payout settled each credit.
    const std::vector<const char*> v2 = {
        "CREATE TABLE payouts(id INTEGER PRIMARY KEY AUTOINCREMENT, device_id TEXT NOT NULL,"
        " address TEXT NOT NULL, amount INTEGER NOT NULL CHECK(amount > 0), credits INTEGER NOT NULL,"
        " time INTEGER NOT NULL)",
        "CREATE INDEX payouts_device ON payouts(device_id, id)",
        "ALTER TABLE ledger ADD COLUMN payout_id INTEGER REFERENCES payouts(id)",
        "CREATE INDEX ledger_unpaid ON ledger(paid, status, device_id)",
        "PRAGMA user_version = 2",
    };
    // 3: signatures accepted within the clock-skew window, so a captured request cannot be
    // replayed after a restart (pruned as they age out of the window).
    const std::vector<const char*> v3 = {
        "CREATE TABLE nonces(signature BLOB PRIMARY KEY, time INTEGER NOT NULL)",
        "CREATE INDEX nonces_time ON nonces(time)",
        "PRAGMA user_version = 3",
    };
    // 4: the id of the work request that handed a replica out, so a repeated request (its reply
    // was lost) gets the same tasks back instead of more.
    const std::vector<const char*> v4 = {
        "ALTER TABLE results ADD COLUMN request_id TEXT",
        "CREATE INDEX results_request ON results(device_id, request_id)",
        "PRAGMA user_version = 4",
    };
    // 5: trust (docs/protocol.md "Trust"). A device is trusted once seeded by the operator or
    // after enough results that agreed with a trusted device or passed a canary; a workunit
    // records whether a trusted device was in its agreeing group (only those become canaries);
    // a ledger row may be withdrawn (status) when the workunit it credits is reopened.
    const std::vector<const char*> v5 = {
        "ALTER TABLE devices ADD COLUMN trusted INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE devices ADD COLUMN trust_points INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE workunits ADD COLUMN trusted_validation INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX workunits_canaries ON workunits(state, trusted_validation)",
        "PRAGMA user_version = 5",
    };
    // 6: payouts on a chain (hub/payout/chainpayer.h). The signed raw transaction and its hash
    // are stored with the payout before it is sent, so a restarted hub sends the very same
    // bytes again; a nonce is used once per chain and sender.
    const std::vector<const char*> v6 = {
        "ALTER TABLE payouts ADD COLUMN status TEXT NOT NULL DEFAULT 'recorded'",
        "ALTER TABLE payouts ADD COLUMN chain_id INTEGER",
        "ALTER TABLE payouts ADD COLUMN sender TEXT",
        "ALTER TABLE payouts ADD COLUMN nonce INTEGER",
        "ALTER TABLE payouts ADD COLUMN token_amount TEXT",
        "ALTER TABLE payouts ADD COLUMN raw_tx BLOB",
        "ALTER TABLE payouts ADD COLUMN tx_hash TEXT",
        "ALTER TABLE payouts ADD COLUMN block INTEGER",
        "ALTER TABLE payouts ADD COLUMN gas_used INTEGER",
        "ALTER TABLE payouts ADD COLUMN fee TEXT",
        "ALTER TABLE payouts ADD COLUMN reason TEXT",
        "ALTER TABLE payouts ADD COLUMN updated INTEGER",
        "CREATE UNIQUE INDEX payouts_nonce ON payouts(chain_id, sender, nonce) WHERE nonce IS NOT NULL",
        "CREATE INDEX payouts_status ON payouts(status)",
        "PRAGMA user_version = 6",
    };
    // Each step runs when the database is older than the version it brings, so a database at 4
    // gets exactly v5.
    const std::vector<std::pair<int, const std::vector<const char*>*>> steps { { 1, &v1 }, { 2, &v2 },
        { 3, &v3 }, { 4, &v4 }, { 5, &v5 }, { 6, &v6 } };
    for (const auto& [brings, step] : steps) {
        if (version >= brings)
            continue;
        for (const char* sql : *step) {
            if (!q.exec(QLatin1String(sql))) {
                *error = QStringLiteral("cannot create schema: %1").arg(q.lastError().text());
                return false;
            }
        }
    }
    if (!tx.commit()) {
        *error = QStringLiteral("cannot commit schema: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

} // namespace sc::hub
