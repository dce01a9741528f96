// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/replicas.h"

#include "store/sqlhelpers.h"
#include "store/storecontext.h"

namespace sc::hub {

std::optional<QList<Replica>> Replicas::ofWorkunit(qint64 workunitId) const
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral(
                "SELECT r.id, r.device_id, r.state, r.outcome, r.deadline, r.output_sha256,"
                " d.trusted = 1 AND d.flagged = 0 FROM results r JOIN devices d ON d.id = r.device_id"
                " WHERE r.workunit_id = ? AND r.canary = 0"),
            { workunitId }))
        return std::nullopt;
    QList<Replica> out;
    while (q.next()) {
        Replica r;
        r.id = q.value(0).toString();
        r.deviceId = q.value(1).toString();
        // A state this hub does not know counts as neither running nor reported.
        r.state = replicaStateFromString(q.value(2).toString()).value_or(ReplicaState::Expired);
        r.outcome = replicaOutcomeFromString(q.value(3).toString()).value_or(ReplicaOutcome::Pending);
        r.deadlineSeconds = q.value(4).toLongLong();
        r.outputSha256 = q.value(5).toString();
        r.trusted = q.value(6).toInt() != 0;
        out.append(r);
    }
    return out;
}

} // namespace sc::hub
