// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/replicas.h"

#include "store/sqlhelpers.h"
#include "store/storecontext.h"

namespace sc::hub {

std::optional<QList<Replica>> Replicas::ofWorkunit(qint64 workunitId) const
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("SELECT id, device_id, state, outcome, deadline, output_sha256 FROM results"
                           " WHERE workunit_id = ? AND canary = 0"),
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
        out.append(r);
    }
    return out;
}

} // namespace sc::hub
