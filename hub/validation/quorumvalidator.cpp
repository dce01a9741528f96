// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/quorumvalidator.h"

#include <QHash>
#include <QtGlobal>

namespace sc::hub {

ReplicaOutcome QuorumDecision::outcomeFor(const Replica& replica) const
{
    switch (verdict) {
    case Verdict::Undecided:
        return ReplicaOutcome::Pending;
    case Verdict::Validated:
        return replica.outputSha256 == canonicalSha256 ? ReplicaOutcome::Valid : ReplicaOutcome::Invalid;
    case Verdict::Failed:
        break;
    }
    return ReplicaOutcome::Invalid;
}

QuorumValidator::QuorumValidator(int quorum)
    : m_quorum(qBound(kMinQuorum, quorum, kMaxQuorum))
{
}

QuorumDecision QuorumValidator::decide(const QList<Replica>& replicas, qint64 nowSeconds) const
{
    struct Group {
        qint64 size = 0;
        bool trusted = false;
    };
    // With quorum 1 the operator asked for no cross-check: any one answer validates.
    const bool trustNeeded = m_quorum > 1;
    QuorumDecision d;
    qint64 issued = 0; // alive or reported: what the replica cap counts
    bool trustedHolds = false; // a trusted device runs a replica or gave an answer still counting
    qint64 untrustedHolds = 0; // the same, untrusted devices
    QHash<QString, Group> groups; // answer -> reported replicas giving it, not ruled out
    for (const Replica& r : replicas) {
        if (r.canary)
            continue;
        const bool reported = r.state == ReplicaState::Reported;
        const bool alive = r.state == ReplicaState::InProgress && r.deadlineSeconds >= nowSeconds;
        if (alive)
            ++d.running;
        if (r.state == ReplicaState::InProgress || reported)
            ++issued;
        const bool counts = reported && r.outcome != ReplicaOutcome::Invalid;
        if (alive || counts) {
            if (r.trusted)
                trustedHolds = true;
            else
                ++untrustedHolds;
        }
        if (!counts)
            continue;
        Group& g = groups[r.outputSha256];
        ++g.size;
        g.trusted = g.trusted || r.trusted;
    }
    // The agreeing group that validates: `quorum` equal answers with a trusted one among them;
    // a trusted group first, then the largest (only quorum 1 can see two).
    const Group* best = nullptr;
    qint64 need = m_quorum; // answers still missing for the closest possible agreement
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const Group& g = it.value();
        d.largestAgreement = qMax(d.largestAgreement, g.size);
        const bool trustedEnough = g.trusted || !trustNeeded;
        need = qMin(need, trustedEnough ? m_quorum - g.size : qMax<qint64>(m_quorum - g.size, 1));
        if (g.size < m_quorum || !trustedEnough)
            continue;
        if (!best || (g.trusted && !best->trusted) || (g.trusted == best->trusted && g.size > best->size)
            || (g.trusted == best->trusted && g.size == best->size && it.key() < d.canonicalSha256)) {
            best = &g;
            d.canonicalSha256 = it.key();
        }
    }
    if (best) {
        d.verdict = QuorumDecision::Verdict::Validated;
        d.reason = QuorumDecision::Reason::QuorumReached;
        d.trustedValidation = best->trusted;
        return d;
    }
    const qint64 room = m_quorum + kExtraReplicas - issued;
    d.replicasWanted = qMax<qint64>(0, qMin(need - d.running, room));
    d.trustedReplicaWanted = trustNeeded && !trustedHolds && (untrustedHolds + 1 >= m_quorum || room < 2);
    if (d.running > 0) {
        d.reason = QuorumDecision::Reason::WaitingForRunningReplicas;
    } else if (d.replicasWanted > 0) {
        d.reason = d.trustedReplicaWanted ? QuorumDecision::Reason::NeedsTrustedReplica
                                          : QuorumDecision::Reason::NeedsMoreReplicas;
    } else {
        d.verdict = QuorumDecision::Verdict::Failed;
        d.reason = QuorumDecision::Reason::NoAgreementPossible;
    }
    return d;
}

ReportJudgement QuorumValidator::judgeReport(const ReportFacts& facts)
{
    using Reason = ReportJudgement::Reason;
    if (facts.deviceFlagged)
        return { ReplicaOutcome::Invalid, false, Reason::DeviceFlagged };
    if (facts.replicaState == ReplicaState::Abandoned)
        return { ReplicaOutcome::Invalid, false, Reason::ReplicaAbandoned };
    if (facts.exitCode != 0)
        return { ReplicaOutcome::Invalid, false, Reason::NonZeroExit };
    if (facts.canary && facts.workunitState != WorkunitState::Validated)
        return { ReplicaOutcome::Invalid, false, Reason::KnownAnswerWithdrawn };
    if (facts.canary || facts.workunitState == WorkunitState::Validated) {
        // A rejected output is a wrong answer, whatever its hash (a canary's flags its device).
        if (!facts.outputRejected && facts.outputSha256 == facts.canonicalSha256)
            return { ReplicaOutcome::Valid, false, Reason::MatchesKnownAnswer, facts.canary };
        return { ReplicaOutcome::Invalid, facts.canary, Reason::WrongKnownAnswer };
    }
    if (facts.workunitState != WorkunitState::Open)
        return { ReplicaOutcome::Invalid, false, Reason::WorkunitFailed };
    // Invalid at once and never counted toward the quorum, so devices that agree on the same
    // wrong product cannot validate it; the workunit wants a replacement.
    if (facts.outputRejected)
        return { ReplicaOutcome::Invalid, false, Reason::OutputRejected };
    return { ReplicaOutcome::Pending, false, Reason::AwaitingQuorum };
}

} // namespace sc::hub
