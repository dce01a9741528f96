// SPDX-License-Identifier: GPL-3.0-or-later
// The quorum rule alone: no database, no clock, only replicas and "now".
#include "validation/quorumvalidator.h"
#include "validation/trustpolicy.h"

#include <QTest>

using namespace sc::hub;

namespace {

constexpr qint64 kNow = 1'700'000'000;
const QString kA = QString(64, QLatin1Char('a'));
const QString kB = QString(64, QLatin1Char('b'));
const QString kC = QString(64, QLatin1Char('c'));

// Replicas of trusted devices unless a test says otherwise: the quorum rule itself.
Replica running(qint64 deadline = kNow + 60, bool trusted = true)
{
    Replica r;
    r.state = ReplicaState::InProgress;
    r.deadlineSeconds = deadline;
    r.trusted = trusted;
    return r;
}

Replica reported(const QString& sha, ReplicaOutcome outcome = ReplicaOutcome::Pending, bool trusted = true)
{
    Replica r;
    r.trusted = trusted;
    r.state = ReplicaState::Reported;
    r.outcome = outcome;
    r.outputSha256 = sha;
    r.deadlineSeconds = kNow + 60;
    return r;
}

Replica gone(ReplicaState state)
{
    Replica r;
    r.state = state;
    r.deadlineSeconds = kNow - 60;
    return r;
}

// A report of `answer` for a workunit whose validated answer is kA.
ReportFacts knownAnswer(const QString& answer, bool isCanary)
{
    ReportFacts f;
    f.canary = isCanary;
    f.workunitState = WorkunitState::Validated;
    f.canonicalSha256 = kA;
    f.outputSha256 = answer;
    return f;
}

Replica canary(const QString& sha)
{
    Replica r = reported(sha);
    r.canary = true;
    return r;
}

using Verdict = QuorumDecision::Verdict;
using Reason = QuorumDecision::Reason;

// Readable operands for QCOMPARE (these enums carry no Q_ENUM).
QString name(ReplicaOutcome o) { return toString(o); }
QString name(Verdict v) { return QStringLiteral("verdict %1").arg(static_cast<int>(v)); }
QString name(Reason r) { return QStringLiteral("reason %1").arg(static_cast<int>(r)); }
QString name(ReportJudgement::Reason r)
{
    return QStringLiteral("report reason %1").arg(static_cast<int>(r));
}

} // namespace

class TestQuorumValidator final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void newWorkunitWantsQuorumReplicas()
    {
        const auto d = QuorumValidator(2).decide({}, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(name(d.reason), name(Reason::NeedsMoreReplicas));
        QCOMPARE(d.replicasWanted, 2);
    }
    void runningReplicasCountTowardTheQuorum()
    {
        const auto d = QuorumValidator(2).decide({ running(), running() }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(name(d.reason), name(Reason::WaitingForRunningReplicas));
        QCOMPARE(d.replicasWanted, 0);
        QCOMPARE(d.running, 2);
    }
    void twoAgreeingAnswersValidateWithQuorumTwo()
    {
        const auto d = QuorumValidator(2).decide({ reported(kA), reported(kA) }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Validated));
        QCOMPARE(name(d.reason), name(Reason::QuorumReached));
        QCOMPARE(d.canonicalSha256, kA);
        QCOMPARE(d.replicasWanted, 0);
        QCOMPARE(name(d.outcomeFor(reported(kA))), name(ReplicaOutcome::Valid));
        QCOMPARE(name(d.outcomeFor(reported(kB))), name(ReplicaOutcome::Invalid));
    }
    void oneAnswerIsEnoughWithQuorumOne()
    {
        const auto d = QuorumValidator(1).decide({ reported(kA) }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Validated));
        QCOMPARE(d.canonicalSha256, kA);
    }
    void oneAnswerWaitsForItsPartner()
    {
        const auto d = QuorumValidator(2).decide({ reported(kA), running() }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(d.replicasWanted, 0);
        QCOMPARE(name(d.outcomeFor(reported(kA))), name(ReplicaOutcome::Pending));
    }
    void disagreementAsksForOneMoreReplica()
    {
        const auto d = QuorumValidator(2).decide({ reported(kA), reported(kB) }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(name(d.reason), name(Reason::NeedsMoreReplicas));
        QCOMPARE(d.largestAgreement, 1);
        QCOMPARE(d.replicasWanted, 1);
    }
    void majorityAfterDisagreementValidates()
    {
        const auto d = QuorumValidator(2).decide({ reported(kA), reported(kB), reported(kB) }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Validated));
        QCOMPARE(d.canonicalSha256, kB);
        QCOMPARE(name(d.outcomeFor(reported(kA))), name(ReplicaOutcome::Invalid));
    }
    void noAgreementAfterQuorumPlusTwoFails()
    {
        const auto d = QuorumValidator(2).decide(
            { reported(kA), reported(kB), reported(kC), reported(QString(64, QLatin1Char('d'))) }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Failed));
        QCOMPARE(name(d.reason), name(Reason::NoAgreementPossible));
        QCOMPARE(d.replicasWanted, 0);
        QCOMPARE(name(d.outcomeFor(reported(kA))), name(ReplicaOutcome::Invalid));
    }
    void capIsNotFailureWhileAReplicaStillRuns()
    {
        const auto d
            = QuorumValidator(2).decide({ reported(kA), reported(kB), reported(kC), running() }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(name(d.reason), name(Reason::WaitingForRunningReplicas));
        QCOMPARE(d.replicasWanted, 0);
    }
    void overdueReplicaNoLongerCountsAsRunning()
    {
        const auto d = QuorumValidator(2).decide({ reported(kA), running(kNow - 1) }, kNow);
        QCOMPARE(d.running, 0);
        QCOMPARE(d.replicasWanted, 1);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
    }
    void replicaDueExactlyNowStillRuns()
    {
        const auto d = QuorumValidator(2).decide({ reported(kA), running(kNow) }, kNow);
        QCOMPARE(d.running, 1);
        QCOMPARE(d.replicasWanted, 0);
    }
    void expiredAndAbandonedReplicasAreReplacedOutsideTheCap()
    {
        QList<Replica> replicas { reported(kA) };
        for (int i = 0; i < 10; ++i)
            replicas.append(gone(i % 2 ? ReplicaState::Expired : ReplicaState::Abandoned));
        const auto d = QuorumValidator(2).decide(replicas, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(d.replicasWanted, 1);
    }
    void missingReplicasAreAllReplaced()
    {
        const auto d
            = QuorumValidator(3).decide({ gone(ReplicaState::Expired), gone(ReplicaState::Expired) }, kNow);
        QCOMPARE(d.replicasWanted, 3);
    }
    void invalidAnswersNeverFormAQuorum()
    {
        const auto d = QuorumValidator(2).decide(
            { reported(kA, ReplicaOutcome::Invalid), reported(kA, ReplicaOutcome::Invalid) }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(d.largestAgreement, 0);
        QCOMPARE(d.replicasWanted, 2);
    }
    void canariesNeverCountTowardTheQuorum()
    {
        const auto d = QuorumValidator(2).decide({ reported(kA), canary(kA), canary(kA) }, kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(d.largestAgreement, 1);
        QCOMPARE(d.replicasWanted, 1);
    }
    void quorumIsClampedToTheSupportedRange()
    {
        QCOMPARE(QuorumValidator(0).quorum(), 1);
        QCOMPARE(QuorumValidator(99).quorum(), 16);
    }

    // Trust (docs/protocol.md "Trust"): an agreement must hold a trusted device.
    void untrustedOnlyAgreementIsNotValidated()
    {
        const auto d = QuorumValidator(2).decide(
            { reported(kA, ReplicaOutcome::Pending, false), reported(kA, ReplicaOutcome::Pending, false) },
            kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Undecided));
        QCOMPARE(name(d.reason), name(Reason::NeedsTrustedReplica));
        QCOMPARE(d.replicasWanted, 1);
        QVERIFY(d.trustedReplicaWanted);
        QCOMPARE(name(d.outcomeFor(reported(kA))), name(ReplicaOutcome::Pending));
    }
    void trustedAndUntrustedAgreementValidates()
    {
        const auto d = QuorumValidator(2).decide(
            { reported(kA, ReplicaOutcome::Pending, false), reported(kA, ReplicaOutcome::Pending, true) },
            kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Validated));
        QCOMPARE(d.canonicalSha256, kA);
        QVERIFY(d.trustedValidation);
    }
    void aTrustedAgreementWinsOverALargerUntrustedOne()
    {
        const auto d = QuorumValidator(2).decide(
            { reported(kB, ReplicaOutcome::Pending, false), reported(kB, ReplicaOutcome::Pending, false),
                reported(kB, ReplicaOutcome::Pending, false), reported(kA, ReplicaOutcome::Pending, true),
                reported(kA, ReplicaOutcome::Pending, false) },
            kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Validated));
        QCOMPARE(d.canonicalSha256, kA);
        QCOMPARE(name(d.outcomeFor(reported(kB))), name(ReplicaOutcome::Invalid));
    }
    void untrustedAgreementAtTheCapFailsRatherThanValidates()
    {
        const auto d = QuorumValidator(2).decide(
            { reported(kA, ReplicaOutcome::Pending, false), reported(kA, ReplicaOutcome::Pending, false),
                reported(kB, ReplicaOutcome::Pending, false), reported(kB, ReplicaOutcome::Pending, false) },
            kNow);
        QCOMPARE(name(d.verdict), name(Verdict::Failed));
    }
    void quorumOneValidatesAnUntrustedAnswerButNotAsATrustedValidation()
    {
        const auto untrusted
            = QuorumValidator(1).decide({ reported(kA, ReplicaOutcome::Pending, false) }, kNow);
        QCOMPARE(name(untrusted.verdict), name(Verdict::Validated));
        QVERIFY(!untrusted.trustedValidation);
        QVERIFY(!untrusted.trustedReplicaWanted);
        const auto trusted = QuorumValidator(1).decide({ reported(kA) }, kNow);
        QVERIFY(trusted.trustedValidation);
    }
    void aSecondUntrustedReplicaWaitsForATrustedDevice()
    {
        for (const Replica& first :
            { reported(kA, ReplicaOutcome::Pending, false), running(kNow + 60, false) }) {
            const auto d = QuorumValidator(2).decide({ first }, kNow);
            QCOMPARE(d.replicasWanted, 1);
            QVERIFY(d.trustedReplicaWanted);
        }
        // With a trusted device holding one, anyone may take the other.
        const auto d = QuorumValidator(2).decide({ running() }, kNow);
        QCOMPARE(d.replicasWanted, 1);
        QVERIFY(!d.trustedReplicaWanted);
        // Quorum 3: a second untrusted one is fine, a third is not.
        QVERIFY(!QuorumValidator(3).decide({ running(kNow + 60, false) }, kNow).trustedReplicaWanted);
        QVERIFY(QuorumValidator(3)
                    .decide({ running(kNow + 60, false), running(kNow + 60, false) }, kNow)
                    .trustedReplicaWanted);
    }
    void theLastSlotUnderTheCapIsKeptForATrustedDevice()
    {
        const auto bad = reported(kC, ReplicaOutcome::Invalid, false);
        const auto d = QuorumValidator(3).decide(
            { bad, bad, bad, reported(kA, ReplicaOutcome::Pending, false) }, kNow); // 4 of 5 issued
        QCOMPARE(d.replicasWanted, 1);
        QVERIFY(d.trustedReplicaWanted);
    }
    void newDevicesGetMoreCanariesUntilTrusted()
    {
        const double configured = 0.05;
        QCOMPARE(
            TrustPolicy::canaryRate(configured, DeviceTrust { false, 0 }), TrustPolicy::kNewDeviceCanaryRate);
        const double half
            = TrustPolicy::canaryRate(configured, DeviceTrust { false, TrustPolicy::kPointsToTrust / 2 });
        QVERIFY(half < TrustPolicy::kNewDeviceCanaryRate && half > configured);
        QCOMPARE(TrustPolicy::canaryRate(configured, DeviceTrust { false, TrustPolicy::kPointsToTrust }),
            configured);
        QCOMPARE(TrustPolicy::canaryRate(configured, DeviceTrust { true, 0 }), configured); // seeded
        QCOMPARE(TrustPolicy::canaryRate(0.0, DeviceTrust { false, 0 }), 0.0); // canaries off: off for all
        QCOMPARE(
            TrustPolicy::canaryRate(0.5, DeviceTrust { false, 0 }), 0.5); // never below the configured rate
        QVERIFY(!TrustPolicy::earnsTrust(TrustPolicy::kPointsToTrust - 1));
        QVERIFY(TrustPolicy::earnsTrust(TrustPolicy::kPointsToTrust));
    }
    void aRightCanaryEarnsATrustPointALateAnswerDoesNot()
    {
        QVERIFY(QuorumValidator::judgeReport(knownAnswer(kA, true)).earnsTrustPoint);
        QVERIFY(!QuorumValidator::judgeReport(knownAnswer(kA, false)).earnsTrustPoint);
        QVERIFY(!QuorumValidator::judgeReport(knownAnswer(kB, true)).earnsTrustPoint);
    }
    void aCanaryOfAReopenedWorkunitFlagsNobody()
    {
        ReportFacts f = knownAnswer(kB, true);
        f.workunitState = WorkunitState::Open;
        f.canonicalSha256.clear();
        const auto j = QuorumValidator::judgeReport(f);
        QCOMPARE(name(j.outcome), name(ReplicaOutcome::Invalid));
        QVERIFY(!j.flagDevice);
        QCOMPARE(name(j.reason), name(ReportJudgement::Reason::KnownAnswerWithdrawn));
    }

    void rightCanaryAnswerIsValidAtOnce()
    {
        const auto j = QuorumValidator::judgeReport(knownAnswer(kA, true));
        QCOMPARE(name(j.outcome), name(ReplicaOutcome::Valid));
        QVERIFY(!j.flagDevice);
        QCOMPARE(name(j.reason), name(ReportJudgement::Reason::MatchesKnownAnswer));
    }
    void wrongCanaryAnswerIsInvalidAndFlagsTheDevice()
    {
        const auto j = QuorumValidator::judgeReport(knownAnswer(kB, true));
        QCOMPARE(name(j.outcome), name(ReplicaOutcome::Invalid));
        QVERIFY(j.flagDevice);
        QCOMPARE(name(j.reason), name(ReportJudgement::Reason::WrongKnownAnswer));
    }
    void lateWrongAnswerToAValidatedWorkunitIsInvalidWithoutFlag()
    {
        const auto j = QuorumValidator::judgeReport(knownAnswer(kB, false));
        QCOMPARE(name(j.outcome), name(ReplicaOutcome::Invalid));
        QVERIFY(!j.flagDevice);
    }
    void answerToAnOpenWorkunitAwaitsTheQuorum()
    {
        ReportFacts f;
        f.outputSha256 = kA;
        const auto j = QuorumValidator::judgeReport(f);
        QCOMPARE(name(j.outcome), name(ReplicaOutcome::Pending));
        QCOMPARE(name(j.reason), name(ReportJudgement::Reason::AwaitingQuorum));
    }
    void failuresAreInvalidBeforeAnyComparison_data()
    {
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("workunit");
        QTest::addColumn<int>("reason");
        QTest::newRow("flagged device")
            << true << int(ReplicaState::InProgress) << 0 << int(WorkunitState::Validated)
            << int(ReportJudgement::Reason::DeviceFlagged);
        QTest::newRow("abandoned replica")
            << false << int(ReplicaState::Abandoned) << 0 << int(WorkunitState::Open)
            << int(ReportJudgement::Reason::ReplicaAbandoned);
        QTest::newRow("non-zero exit")
            << false << int(ReplicaState::InProgress) << 3 << int(WorkunitState::Validated)
            << int(ReportJudgement::Reason::NonZeroExit);
        QTest::newRow("failed workunit")
            << false << int(ReplicaState::InProgress) << 0 << int(WorkunitState::Failed)
            << int(ReportJudgement::Reason::WorkunitFailed);
    }
    void failuresAreInvalidBeforeAnyComparison()
    {
        QFETCH(bool, flagged);
        QFETCH(int, state);
        QFETCH(int, exitCode);
        QFETCH(int, workunit);
        QFETCH(int, reason);
        ReportFacts f;
        f.deviceFlagged = flagged;
        f.replicaState = static_cast<ReplicaState>(state);
        f.exitCode = exitCode;
        f.workunitState = static_cast<WorkunitState>(workunit);
        f.canary = true; // even a matching known answer
        f.canonicalSha256 = kA;
        f.outputSha256 = kA;
        if (f.workunitState == WorkunitState::Failed)
            f.canary = false;
        const auto j = QuorumValidator::judgeReport(f);
        QCOMPARE(name(j.outcome), name(ReplicaOutcome::Invalid));
        QVERIFY(!j.flagDevice);
        QCOMPARE(static_cast<int>(j.reason), reason);
    }
};

QTEST_GUILESS_MAIN(TestQuorumValidator)
#include "tst_quorumvalidator.moc"
