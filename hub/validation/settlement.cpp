// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/settlement.h"

#include "store/creditledger.h"
#include "store/devices.h"
#include "store/replicas.h"
#include "store/sqlhelpers.h"
#include "store/storecontext.h"
#include "validation/quorumvalidator.h"

namespace sc::hub {

bool Settlement::settleWorkunit(qint64 workunitId, qint64 now)
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("SELECT state, reward FROM workunits WHERE id = ?")
                + (m_context.postgres() ? QStringLiteral(" FOR UPDATE") : QString()),
            { workunitId })
        || !q.next())
        return false;
    if (workunitStateFromString(q.value(0).toString()) != WorkunitState::Open)
        return true;
    const qint64 reward = q.value(1).toLongLong();
    const auto replicas = m_replicas.ofWorkunit(workunitId);
    if (!replicas)
        return false;
    const QuorumDecision decision = QuorumValidator(m_context.config.quorum).decide(*replicas, now);
    WorkunitState newState = WorkunitState::Open;
    switch (decision.verdict) {
    case QuorumDecision::Verdict::Undecided:
        return true;
    case QuorumDecision::Verdict::Validated:
        newState = WorkunitState::Validated;
        break;
    case QuorumDecision::Verdict::Failed:
        newState = WorkunitState::Failed;
        break;
    }
    const QString& canonical = decision.canonicalSha256;
    if (!run(q,
            QStringLiteral("UPDATE workunits SET state = ?, canonical_sha256 = ?, settled = ?,"
                           " trusted_validation = ? WHERE id = ?"),
            { toString(newState), canonical.isEmpty() ? QVariant() : QVariant(canonical), now,
                decision.trustedValidation ? 1 : 0, workunitId }))
        return false;
    QList<QString> earned; // untrusted devices that agreed with a trusted one here
    for (const Replica& r : *replicas) {
        if (r.state != ReplicaState::Reported || r.outcome != ReplicaOutcome::Pending)
            continue;
        const ReplicaOutcome outcome = decision.outcomeFor(r);
        if (!run(
                q, QStringLiteral("UPDATE results SET outcome = ? WHERE id = ?"), { toString(outcome), r.id })
            || !m_ledger.credit(r.deviceId, r.id, outcome == ReplicaOutcome::Valid ? reward : 0,
                creditStatusFor(outcome), now))
            return false;
        if (outcome == ReplicaOutcome::Valid && decision.trustedValidation && !r.trusted)
            earned.append(r.deviceId);
        // A pending answer judged invalid here was a different answer (failures are invalid
        // at once): an untrusted device starts earning again.
        if (outcome == ReplicaOutcome::Invalid && decision.trustedValidation && !r.trusted
            && !m_devices.resetTrustPoints(r.deviceId))
            return false;
    }
    for (const QString& device : earned) {
        if (!awardTrustPoint(device, now))
            return false;
    }
    return true;
}

bool Settlement::awardTrustPoint(const QString& deviceId, qint64 now)
{
    const auto promoted = m_devices.addTrustPoint(deviceId, now);
    if (!promoted)
        return false;
    if (!*promoted)
        return true;
    // Newly trusted: its answers still waiting in open workunits may now complete a quorum.
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral(
                "SELECT DISTINCT r.workunit_id FROM results r JOIN workunits w ON w.id = r.workunit_id"
                " WHERE r.device_id = ? AND r.canary = 0 AND r.state = ? AND r.outcome = ?"
                " AND w.state = ?"),
            { deviceId, toString(ReplicaState::Reported), toString(ReplicaOutcome::Pending),
                toString(WorkunitState::Open) }))
        return false;
    QList<qint64> waiting;
    while (q.next())
        waiting.append(q.value(0).toLongLong());
    for (qint64 wu : waiting) {
        if (!settleWorkunit(wu, now))
            return false;
    }
    return true;
}

bool Settlement::reopenWorkunit(qint64 workunitId, const QString& flaggedDeviceId, qint64 now)
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("UPDATE workunits SET state = ?, canonical_sha256 = NULL, settled = NULL,"
                           " trusted_validation = 0 WHERE id = ?"),
            { toString(WorkunitState::Open), workunitId }))
        return false;
    // Every answer the decision judged (a valid one, or one invalid only for disagreeing)
    // is judged again; the flagged device's answers leave, freeing their slots under the cap.
    if (!run(q,
            QStringLiteral(
                "SELECT r.id, r.device_id, d.flagged FROM results r JOIN devices d ON d.id = r.device_id"
                " WHERE r.workunit_id = ? AND r.canary = 0 AND r.state = ?"
                " AND (r.outcome = ? OR (r.outcome = ? AND r.exit_code = 0))"),
            { workunitId, toString(ReplicaState::Reported), toString(ReplicaOutcome::Valid),
                toString(ReplicaOutcome::Invalid) }))
        return false;
    struct Judged {
        QString id;
        bool gone;
    };
    QList<Judged> judged;
    while (q.next())
        judged.append(Judged {
            q.value(0).toString(), q.value(1).toString() == flaggedDeviceId || q.value(2).toInt() != 0 });
    for (const Judged& j : judged) {
        const bool ok = j.gone
            ? run(q, QStringLiteral("UPDATE results SET state = ?, outcome = ? WHERE id = ?"),
                { toString(ReplicaState::Abandoned), toString(ReplicaOutcome::Invalid), j.id })
            : run(q, QStringLiteral("UPDATE results SET outcome = ? WHERE id = ?"),
                { toString(ReplicaOutcome::Pending), j.id });
        if (!ok || !m_ledger.withdraw(j.id, now))
            return false;
    }
    return true;
}

bool Settlement::flagDevice(const QString& deviceId, qint64 now)
{
    if (!m_devices.setFlagged(deviceId, now))
        return false;
    QSqlQuery q(m_context.db());
    const QString inProgress = toString(ReplicaState::InProgress);
    const QString reported = toString(ReplicaState::Reported);
    QList<qint64> touched;
    QList<QString> pending;
    if (!run(q,
            QStringLiteral("SELECT id, workunit_id, state FROM results WHERE device_id = ? AND canary = 0"
                           " AND (state = ? OR (state = ? AND outcome = ?))"),
            { deviceId, inProgress, reported, toString(ReplicaOutcome::Pending) }))
        return false;
    while (q.next()) {
        touched.append(q.value(1).toLongLong());
        if (q.value(2).toString() == reported)
            pending.append(q.value(0).toString());
    }
    if (!run(q, QStringLiteral("UPDATE results SET state = ? WHERE device_id = ? AND state = ?"),
            { toString(ReplicaState::Abandoned), deviceId, inProgress }))
        return false;
    for (const QString& id : pending) {
        if (!run(q, QStringLiteral("UPDATE results SET outcome = ? WHERE id = ?"),
                { toString(ReplicaOutcome::Invalid), id })
            || !m_ledger.credit(deviceId, id, 0, CreditStatus::Invalid, now))
            return false;
    }
    // The workunits its answers helped validate (reported before they were settled, so a late
    // matching answer does not count) are decided again without it.
    if (!run(q,
            QStringLiteral(
                "SELECT DISTINCT r.workunit_id FROM results r JOIN workunits w ON w.id = r.workunit_id"
                " WHERE r.device_id = ? AND r.canary = 0 AND r.outcome = ? AND w.state = ?"
                " AND r.reported <= w.settled"),
            { deviceId, toString(ReplicaOutcome::Valid), toString(WorkunitState::Validated) }))
        return false;
    QList<qint64> validated;
    while (q.next())
        validated.append(q.value(0).toLongLong());
    for (qint64 wu : validated) {
        if (!reopenWorkunit(wu, deviceId, now))
            return false;
        touched.append(wu);
    }
    for (qint64 wu : touched) {
        if (!settleWorkunit(wu, now))
            return false;
    }
    return true;
}

} // namespace sc::hub
