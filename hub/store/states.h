// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace sc::hub {

// The states the hub stores as text, each with one mapping to and from its column value.

// results.state: where one replica (one device's copy of a workunit) stands.
enum class ReplicaState {
    InProgress, // handed out, not reported (overdue once its deadline passed)
    Reported,
    Expired, // not reported by its deadline, or reported late
    Abandoned, // its device was flagged while it ran
    Released, // its device gave it back (POST /v1/tasks/{id}/release): replaced at once
};

// results.outcome: what a reported replica was judged. Valid and Invalid are final; they are
// also the ledger's credit status.
enum class ReplicaOutcome { Pending, Valid, Invalid };

// workunits.state.
enum class WorkunitState { Open, Validated, Failed };

// ledger.status: what one credit row says about its task. Withdrawn: the workunit it credited
// was reopened because a flagged device was in its agreeing group; the row stays (history,
// and a paid row stays paid) but counts for nothing until the workunit is decided again.
enum class CreditStatus { Valid, Invalid, Withdrawn };

// payouts.status. A network without a chain only records its payouts (Recorded). On a chain a
// payout is Signed (its raw transaction and hash stored with its credits marked paid, before
// anything is sent), Sent (the node took it), Confirmed (mined with status 1, with enough
// confirmations), or failed: Reverted (mined with status 0) or Dropped (its nonce was used by
// another transaction, so it can never be mined). A failed payout's credits are unpaid again.
enum class PayoutState { Recorded, Signed, Sent, Confirmed, Reverted, Dropped };

// devices.flagged is a number, not text; Error means the store could not tell.
enum class DeviceState { Unknown, Active, Flagged, Error };

// The ledger status of a final outcome (Valid stays Valid; anything else is Invalid).
CreditStatus creditStatusFor(ReplicaOutcome outcome);

QString toString(ReplicaState state);
QString toString(ReplicaOutcome outcome);
QString toString(WorkunitState state);
QString toString(CreditStatus status);
QString toString(PayoutState state);

std::optional<ReplicaState> replicaStateFromString(const QString& text);
std::optional<ReplicaOutcome> replicaOutcomeFromString(const QString& text);
std::optional<WorkunitState> workunitStateFromString(const QString& text);
std::optional<CreditStatus> creditStatusFromString(const QString& text);
std::optional<PayoutState> payoutStateFromString(const QString& text);

} // namespace sc::hub
