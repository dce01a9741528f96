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
    QuorumDecision d;
    qint64 issued = 0; // alive or reported: what the replica cap counts
    QHash<QString, qint64> groups; // answer -> reported replicas giving it, not ruled out
    for (const Replica& r : replicas) {
        if (r.canary)
            continue;
        const bool reported = r.state == ReplicaState::Reported;
        if (r.state == ReplicaState::InProgress && r.deadlineSeconds >= nowSeconds)
            ++d.running;
        if (r.state == ReplicaState::InProgress || reported)
            ++issued;
        if (!reported || r.outcome == ReplicaOutcome::Invalid)
            continue;
        const qint64 size = ++groups[r.outputSha256];
        d.largestAgreement = qMax(d.largestAgreement, size);
        if (size >= m_quorum)
            d.canonicalSha256 = r.outputSha256;
    }
    if (!d.canonicalSha256.isEmpty()) {
        d.verdict = QuorumDecision::Verdict::Validated;
        d.reason = QuorumDecision::Reason::QuorumReached;
        return d;
    }
    const qint64 need = m_quorum - d.largestAgreement - d.running;
    const qint64 room = m_quorum + kExtraReplicas - issued;
    d.replicasWanted = qMax<qint64>(0, qMin(need, room));
    if (d.running > 0) {
        d.reason = QuorumDecision::Reason::WaitingForRunningReplicas;
    } else if (d.replicasWanted > 0) {
        d.reason = QuorumDecision::Reason::NeedsMoreReplicas;
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
    if (facts.canary || facts.workunitState == WorkunitState::Validated) {
        if (facts.outputSha256 == facts.canonicalSha256)
            return { ReplicaOutcome::Valid, false, Reason::MatchesKnownAnswer };
        return { ReplicaOutcome::Invalid, facts.canary, Reason::WrongKnownAnswer };
    }
    if (facts.workunitState != WorkunitState::Open)
        return { ReplicaOutcome::Invalid, false, Reason::WorkunitFailed };
    return { ReplicaOutcome::Pending, false, Reason::AwaitingQuorum };
}

} // namespace sc::hub
