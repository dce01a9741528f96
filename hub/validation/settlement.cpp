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
    if (!run(q, QStringLiteral("SELECT state, reward FROM workunits WHERE id = ?"), { workunitId })
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
            QStringLiteral("UPDATE workunits SET state = ?, canonical_sha256 = ?, settled = ? WHERE id = ?"),
            { toString(newState), canonical.isEmpty() ? QVariant() : QVariant(canonical), now, workunitId }))
        return false;
    for (const Replica& r : *replicas) {
        if (r.state != ReplicaState::Reported || r.outcome != ReplicaOutcome::Pending)
            continue;
        const ReplicaOutcome outcome = decision.outcomeFor(r);
        if (!run(
                q, QStringLiteral("UPDATE results SET outcome = ? WHERE id = ?"), { toString(outcome), r.id })
            || !m_ledger.credit(r.deviceId, r.id, outcome == ReplicaOutcome::Valid ? reward : 0,
                creditStatusFor(outcome), now))
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
    for (qint64 wu : touched) {
        if (!settleWorkunit(wu, now))
            return false;
    }
    return true;
}

} // namespace sc::hub
