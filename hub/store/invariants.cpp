// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/invariants.h"

#include "store/sqlhelpers.h"
#include "store/states.h"

#include <QSqlRecord>

namespace sc::hub {

namespace {

    struct Check {
        const char* name;
        // Rows that break the invariant; every column goes into the example text.
        QString sql;
        QVariantList args;
    };

} // namespace

std::optional<QList<InvariantResult>> Invariants::check(QSqlDatabase db, int quorum, QString* error)
{
    const QString valid = toString(CreditStatus::Valid);
    const QString validOutcome = toString(ReplicaOutcome::Valid);
    const QString reported = toString(ReplicaState::Reported);
    const QString validated = toString(WorkunitState::Validated);
    const QVariantList failedPayouts { toString(PayoutState::Reverted), toString(PayoutState::Dropped) };
    const QList<Check> checks {
        { "every credit matches exactly one valid result of its device",
            QStringLiteral("SELECT l.task_id, l.device_id, r.device_id, r.outcome FROM ledger l"
                           " LEFT JOIN results r ON r.id = l.task_id WHERE l.status = ? AND (r.id IS NULL"
                           " OR r.device_id != l.device_id OR r.outcome IS NULL OR r.outcome != ?)"),
            { valid, validOutcome } },
        { "every valid result is credited once",
            QStringLiteral("SELECT r.id, r.device_id, COUNT(l.task_id) FROM results r LEFT JOIN ledger l"
                           " ON l.task_id = r.id AND l.status = ? WHERE r.outcome = ? AND r.state = ?"
                           " GROUP BY r.id, r.device_id HAVING COUNT(l.task_id) != 1"),
            { valid, validOutcome, reported } },
        { "every credit is its workunit's reward",
            QStringLiteral(
                "SELECT l.task_id, l.amount, w.reward FROM ledger l JOIN results r ON r.id = l.task_id"
                " JOIN workunits w ON w.id = r.workunit_id WHERE l.status = ? AND l.amount != w.reward"),
            { valid } },
        { "each device's credit is the sum of its valid results' rewards",
            QStringLiteral(
                "SELECT c.device_id, c.credited, COALESCE(e.earned, 0) FROM"
                " (SELECT device_id, SUM(amount) AS credited FROM ledger WHERE status = ? GROUP BY "
                "device_id) c"
                " LEFT JOIN (SELECT r.device_id, SUM(w.reward) AS earned FROM results r JOIN workunits w"
                " ON w.id = r.workunit_id WHERE r.outcome = ? AND r.state = ? GROUP BY r.device_id) e"
                " ON e.device_id = c.device_id WHERE c.credited != COALESCE(e.earned, 0)"),
            { valid, validOutcome, reported } },
        { "no workunit is validated without a quorum of agreeing results",
            QStringLiteral(
                "SELECT w.id, COUNT(r.id) FROM workunits w LEFT JOIN results r ON r.workunit_id = w.id"
                " AND r.canary = 0 AND r.outcome = ? AND r.output_sha256 = w.canonical_sha256"
                " WHERE w.state = ? GROUP BY w.id HAVING COUNT(r.id) < ?"),
            { validOutcome, validated, quorum } },
        { "no device holds two replicas of one workunit",
            QStringLiteral(
                "SELECT workunit_id, device_id, COUNT(*) FROM results GROUP BY workunit_id, device_id"
                " HAVING COUNT(*) > 1"),
            {} },
        { "every payout is the sum of the credit it paid",
            QStringLiteral("SELECT p.id, p.amount, p.credits, COALESCE(SUM(l.amount), 0), COUNT(l.task_id)"
                           " FROM payouts p LEFT JOIN ledger l ON l.payout_id = p.id"
                           " WHERE p.status NOT IN (?, ?) GROUP BY p.id, p.amount, p.credits"
                           " HAVING p.amount != COALESCE(SUM(l.amount), 0) OR p.credits != COUNT(l.task_id)"),
            failedPayouts },
        { "paid credit belongs to a payout that was not undone",
            QStringLiteral(
                "SELECT l.task_id, l.payout_id, p.status FROM ledger l LEFT JOIN payouts p"
                " ON p.id = l.payout_id WHERE (l.paid = 1 AND (p.id IS NULL OR p.status IN (?, ?)))"
                " OR (l.paid = 0 AND l.payout_id IS NOT NULL)"),
            failedPayouts },
    };
    Transaction tx(db); // one snapshot while the hub keeps serving
    QList<InvariantResult> results;
    QSqlQuery q(db);
    for (const Check& c : checks) {
        if (!run(q, c.sql, c.args)) {
            *error
                = QStringLiteral("cannot check \"%1\": %2").arg(QLatin1String(c.name), q.lastError().text());
            return std::nullopt;
        }
        InvariantResult r;
        r.name = QLatin1String(c.name);
        while (q.next()) {
            ++r.violations;
            if (r.examples.size() >= kExamples)
                continue;
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                cells.append(record.fieldName(i) + QLatin1Char('=')
                    + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString()));
            r.examples.append(cells.join(QLatin1Char(' ')));
        }
        results.append(r);
    }
    return results;
}

} // namespace sc::hub
