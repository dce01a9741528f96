// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/states.h"

#include <QList>
#include <QString>

namespace sc::hub {

// One replica of a workunit as the validator sees it. Pure data: the store reads it, the
// validator never touches SQL.
struct Replica {
    QString id; // the task id the device knows
    QString deviceId;
    ReplicaState state = ReplicaState::InProgress;
    ReplicaOutcome outcome = ReplicaOutcome::Pending; // meaningful once Reported
    qint64 deadlineSeconds = 0; // unix seconds
    QString outputSha256; // lowercase hex, empty until reported
    bool canary = false; // a known-answer re-issue: never counts toward a quorum
    bool trusted = false; // its device is trusted now (docs/protocol.md "Trust")
};

// What the quorum rule says about one open workunit now.
struct QuorumDecision {
    enum class Verdict {
        Undecided, // keep it open (maybe hand out more replicas)
        Validated, // `quorum` reported answers agree, a trusted device's among them (quorum 1:
                   // any one answer): they are valid, the others invalid
        Failed, // no agreement is possible any more: every pending answer is invalid
    };
    enum class Reason {
        QuorumReached,
        WaitingForRunningReplicas, // replicas before their deadline may still complete a quorum
        NeedsMoreReplicas, // none running can complete it, but more replicas may be handed out
        NeedsTrustedReplica, // ... and the next one must go to a trusted device
        NoAgreementPossible, // nothing running and the replica cap (quorum + 2) is spent
    };

    Verdict verdict = Verdict::Undecided;
    Reason reason = Reason::WaitingForRunningReplicas;
    QString canonicalSha256; // set when Validated
    qint64 replicasWanted = 0; // more replicas to hand out now (0 unless Undecided)
    qint64 running = 0; // replicas in progress before their deadline
    qint64 largestAgreement = 0; // the largest group of equal answers not ruled out
    // Validated with a trusted device in the agreeing group: only such a workunit may serve as
    // a canary, and only its agreeing devices earn trust from it.
    bool trustedValidation = false;
    // The next replica goes to a trusted device only: no trusted device holds a replica yet
    // and another untrusted one could complete an untrusted-only group, or would take the
    // last slot under the cap.
    bool trustedReplicaWanted = false;

    // The final outcome of a reported, pending replica under this decision (Pending while
    // Undecided).
    ReplicaOutcome outcomeFor(const Replica& replica) const;
};

// Why one report was judged as it was.
struct ReportJudgement {
    enum class Reason {
        DeviceFlagged, // a flagged device's answers never count
        ReplicaAbandoned, // the replica was taken away when its device was flagged
        NonZeroExit,
        OutputRejected, // the hub's own check of the output failed (OutputCheck: Freivalds')
        MatchesKnownAnswer, // canary or already validated workunit: the answer matches
        WrongKnownAnswer, // ... and does not match
        KnownAnswerWithdrawn, // a canary whose workunit was reopened: no answer to compare with
        WorkunitFailed, // the workunit was already given up
        AwaitingQuorum, // counts toward the workunit's quorum; decided later
    };
    ReplicaOutcome outcome = ReplicaOutcome::Pending;
    bool flagDevice = false; // a wrong canary answer flags its device
    Reason reason = Reason::AwaitingQuorum;
    bool earnsTrustPoint = false; // a right canary answer
};

// What the store knows when a device reports one replica.
struct ReportFacts {
    bool deviceFlagged = false;
    ReplicaState replicaState = ReplicaState::InProgress;
    qint64 exitCode = 0;
    bool canary = false;
    WorkunitState workunitState = WorkunitState::Open;
    QString canonicalSha256; // the workunit's validated answer, empty while open
    QString outputSha256; // the reported answer
    bool outputRejected = false; // OutputCheck rejected the uploaded output: a wrong answer
};

// The hub's validation rule, pure: no SQL, no clock of its own (callers pass "now"), no I/O.
// A workunit is issued to `quorum` devices; when `quorum` reported answers agree and a trusted
// device is among them they are valid (with quorum 1 one answer is enough, trusted or not, but
// only a trusted one makes a canary). An agreement of untrusted devices alone never validates:
// the workunit wants a replica from a trusted device, and no further untrusted device gets one
// while it could only complete an untrusted-only group. While no quorum is possible from the answers so far
// plus the replicas still running, more replicas are handed out, but never more than quorum + 2 alive or
// reported (expired and abandoned ones are replaced). With nothing running and that cap spent, the workunit
// fails.
class QuorumValidator final {
public:
    static constexpr int kMinQuorum = 1;
    static constexpr int kMaxQuorum = 16;
    static constexpr int kExtraReplicas = 2; // beyond quorum, to break a disagreement

    explicit QuorumValidator(int quorum);

    int quorum() const { return m_quorum; }

    // Canaries among `replicas` are ignored.
    QuorumDecision decide(const QList<Replica>& replicas, qint64 nowSeconds) const;

    // The outcome of one report before any quorum is counted: known answers (canaries and
    // workunits already validated) are compared at once, failures are invalid at once.
    static ReportJudgement judgeReport(const ReportFacts& facts);

private:
    int m_quorum;
};

} // namespace sc::hub
