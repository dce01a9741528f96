// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/workqueue.h"

#include "ledger/credit.h"
#include "store/devices.h"
#include "store/replicas.h"
#include "store/sqlhelpers.h"
#include "store/storecontext.h"
#include "validation/quorumvalidator.h"
#include "validation/trustpolicy.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace sc::hub {

namespace {

    using Code = StoreResult::Code;

    QString newTaskId()
    {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        QByteArray raw(reinterpret_cast<const char*>(words), sizeof(words));
        return QStringLiteral("t") + QString::fromLatin1(raw.toHex());
    }

    using Resource = core::TaskDescriptor::Resource;

    struct Candidate {
        qint64 id;
        QString app;
        QString input;
        qint64 ops;
        qint64 reward;
    };

    QList<Candidate> readCandidates(QSqlQuery& rows)
    {
        QList<Candidate> list;
        while (rows.next())
            list.append(Candidate { rows.value(0).toLongLong(), rows.value(1).toString(),
                rows.value(2).toString(), rows.value(3).toLongLong(), rows.value(4).toLongLong() });
        return list;
    }

} // namespace

// Who a request is filled for, and what holds for all of its pools.
struct WorkQueue::Assignee {
    QString deviceId;
    QString requestId;
    qint64 now = 0;
    double canaryRate = 0;
    bool trusted = false;
};

QString WorkQueue::candidatesSql() const
{
    // "+" keeps SQLite on the workunit's own replicas (the unique (workunit_id, device_id)
    // index), not on every running replica; PostgreSQL's planner needs no such hint (and has
    // no unary + for text).
    const QString plus = m_context.postgres() ? QString() : QStringLiteral("+");
    return QStringLiteral("SELECT id, app, input, estimated_ops, reward FROM workunits w WHERE state = ?"
                          " AND resource = ? AND id > ? AND memory_bytes <= ?"
                          " AND NOT EXISTS (SELECT 1 FROM results r WHERE r.workunit_id = w.id AND"
                          " r.device_id = ?)"
                          " AND (SELECT COUNT(*) FROM results r WHERE r.workunit_id = w.id AND %1r.canary = 0"
                          " AND %1r.state = ? AND %1r.deadline >= ?) < ?"
                          " ORDER BY id LIMIT ?")
               .arg(plus)
        + (m_context.postgres() ? QStringLiteral(" FOR UPDATE OF w SKIP LOCKED") : QString());
}

bool WorkQueue::expireOverdue(qint64 now)
{
    QSqlQuery q(m_context.db());
    return run(q, QStringLiteral("UPDATE results SET state = ? WHERE state = ? AND deadline < ?"),
        { toString(ReplicaState::Expired), toString(ReplicaState::InProgress), now });
}

bool WorkQueue::checkDevice(const QString& deviceId, StoreResult* refusal)
{
    switch (m_devices.state(deviceId)) {
    case DeviceState::Unknown:
        *refusal = StoreResult::fail(Code::UnknownDevice, QStringLiteral("this key never registered"));
        return false;
    case DeviceState::Flagged:
        *refusal = StoreResult::fail(
            Code::Flagged, QStringLiteral("this device returned wrong known answers; it gets no more work"));
        return false;
    case DeviceState::Error:
        *refusal = StoreResult::internal();
        return false;
    case DeviceState::Active:
        break;
    }
    return true;
}

bool WorkQueue::readIssued(const QString& where, const QVariantList& values, QList<IssuedTask>* out)
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("SELECT r.id, w.app, w.input, r.deadline, w.estimated_ops, w.reward, w.resource"
                           " FROM results r"
                           " JOIN workunits w ON w.id = r.workunit_id WHERE ")
                + where
                // The order they were handed out in: SQLite's rowid; PostgreSQL has none, and a
                // canary goes out before its workunit's real work anyway.
                + (m_context.postgres() ? QStringLiteral(" ORDER BY r.sent, r.workunit_id, r.id")
                                        : QStringLiteral(" ORDER BY r.sent, r.rowid")),
            values))
        return false;
    while (q.next())
        out->append(IssuedTask { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
            core::resourceFromName(q.value(6).toString()).value_or(Resource::Cpu) });
    return true;
}

StoreResult WorkQueue::heldWork(const QString& deviceId, QList<IssuedTask>* out)
{
    out->clear();
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    if (!tx.started())
        return StoreResult::internal();
    // A flagged device holds nothing (its replicas were abandoned); an unknown one is told so.
    if (StoreResult refusal; !checkDevice(deviceId, &refusal) && refusal.code != Code::Flagged)
        return refusal;
    const qint64 now = m_context.clock();
    if (!expireOverdue(now)
        || !readIssued(QStringLiteral("r.device_id = ? AND r.state = ?"),
            { deviceId, toString(ReplicaState::InProgress) }, out)
        || !tx.commit())
        return StoreResult::internal();
    return {};
}

StoreResult WorkQueue::release(const QString& deviceId, const QString& taskId)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    if (!tx.started())
        return StoreResult::internal();
    const qint64 now = m_context.clock();
    QSqlQuery q(db);
    if (!run(q, QStringLiteral("SELECT device_id, state, deadline FROM results WHERE id = ?"), { taskId }))
        return StoreResult::internal();
    if (!q.next() || q.value(0).toString() != deviceId)
        return StoreResult::fail(Code::NotFound, QStringLiteral("no such task for this device"));
    const auto state = replicaStateFromString(q.value(1).toString());
    if (state == ReplicaState::Released)
        return {}; // a repeated release (its reply was lost) is not an error
    if (state == ReplicaState::Reported)
        return StoreResult::fail(
            Code::AlreadyReported, QStringLiteral("a result for this task was already accepted"));
    if (state != ReplicaState::InProgress || q.value(2).toLongLong() < now)
        return StoreResult::fail(Code::Expired, QStringLiteral("the task's deadline passed"));
    if (!run(q, QStringLiteral("UPDATE results SET state = ? WHERE id = ?"),
            { toString(ReplicaState::Released), taskId })
        || !tx.commit())
        return StoreResult::internal();
    return {};
}

StoreResult WorkQueue::assignWork(
    const QString& deviceId, const core::WorkRequest& request, QList<IssuedTask>* out)
{
    out->clear();
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    if (!tx.started())
        return StoreResult::internal();
    const qint64 now = m_context.clock();
    if (StoreResult refusal; !checkDevice(deviceId, &refusal))
        return refusal;
    if (!expireOverdue(now))
        return StoreResult::internal();
    const QString& requestId = request.requestId;
    if (!requestId.isEmpty()) {
        // The same request again: its reply was lost on the way. It gets what it was given
        // (still in progress), never a second helping counted against the device's cap.
        QSqlQuery seen(db);
        if (!run(seen, QStringLiteral("SELECT COUNT(*) FROM results WHERE device_id = ? AND request_id = ?"),
                { deviceId, requestId })
            || !seen.next())
            return StoreResult::internal();
        if (seen.value(0).toLongLong() > 0) {
            if (!readIssued(QStringLiteral("r.device_id = ? AND r.request_id = ? AND r.state = ?"),
                    { deviceId, requestId, toString(ReplicaState::InProgress) }, out)
                || !tx.commit())
                return StoreResult::internal();
            return {};
        }
    }
    const auto speed = m_devices.opsPerSecond(deviceId);
    const auto trust = m_devices.trust(deviceId);
    if (!speed || !trust)
        return StoreResult::internal();
    // New devices get canaries more often than trusted ones (TrustPolicy).
    const Assignee who { deviceId, requestId, now,
        TrustPolicy::canaryRate(m_context.config.canaryRate, *trust), trust->trusted };

    // CPU work: sized by the device's speed. Doubles so an absurd profile cannot overflow;
    // capped far below 2^63.
    const double budget = qMin(4e18,
        static_cast<double>(request.cores) * static_cast<double>(request.seconds)
            * qBound(1e3, *speed, 1e15));
    const auto heldCpu = heldCount(deviceId, Resource::Cpu);
    if (!heldCpu)
        return StoreResult::internal();
    const qint64 room
        = static_cast<qint64>(qBound(1, request.cores, 1024)) * kMaxInProgressPerCore - *heldCpu;
    const Pool cpu { Resource::Cpu, static_cast<qint64>(budget),
        static_cast<qsizetype>(std::clamp<qint64>(room, 0, kMaxTasksPerReply)),
        std::numeric_limits<qint64>::max() };
    // seconds 0: the device asks for GPU work only (its CPU buffer is full).
    if (request.seconds > 0 && !fill(who, cpu, out))
        return StoreResult::internal();

    // GPU work: only for GPU slots asking, on a device whose profile names an OpenCL device
    // that holds the workunit's matrices; counted by tasks, not by the CPU's seconds.
    if (request.gpus > 0) {
        const auto memory = m_devices.openClMemoryBytes(deviceId, m_context.config.gpuWorkOnCpuOpenCl);
        const auto heldGpu = heldCount(deviceId, Resource::Gpu);
        if (!memory || !heldGpu)
            return StoreResult::internal();
        const qint64 gpuRoom
            = static_cast<qint64>(qBound(1, request.gpus, core::WorkRequest::kMaxGpus)) * kMaxInProgressPerGpu
            - *heldGpu;
        const Pool gpu { Resource::Gpu, std::numeric_limits<qint64>::max(),
            static_cast<qsizetype>(std::clamp<qint64>(gpuRoom, 0, kMaxTasksPerReply - out->size())),
            *memory };
        if (*memory > 0 && gpu.limit > 0 && !fill(who, gpu, out))
            return StoreResult::internal();
    }
    if (!tx.commit())
        return StoreResult::internal();
    return {};
}

std::optional<qint64> WorkQueue::heldCount(const QString& deviceId, Resource resource)
{
    QSqlQuery held(m_context.db());
    if (!run(held,
            QStringLiteral("SELECT COUNT(*) FROM results r JOIN workunits w ON w.id = r.workunit_id"
                           " WHERE r.device_id = ? AND r.state = ? AND w.resource = ?"),
            { deviceId, toString(ReplicaState::InProgress), core::resourceName(resource) })
        || !held.next())
        return std::nullopt;
    return held.value(0).toLongLong();
}

bool WorkQueue::fill(const Assignee& who, const Pool& pool, QList<IssuedTask>* out)
{
    QSqlDatabase db = m_context.db();
    const QuorumValidator validator(m_context.config.quorum);
    const QString resource = core::resourceName(pool.resource);
    QSqlQuery q(db);
    // Open workunits this device holds no replica of and that fewer than quorum replicas are
    // running for (a necessary condition for wanting another; the validator decides), read a
    // page at a time by id through the workunits(state, resource, id) index and results'
    // (workunit_id, device_id) key, so a device reaches every open workunit, not only the first
    // few thousand. On PostgreSQL the page is claimed (FOR UPDATE SKIP LOCKED) until this
    // transaction ends, so another replica serving another device at the same moment takes the
    // next workunits instead of the same ones: a smaller page leaves more for it.
    const int pageSize = m_context.postgres() ? 32 : 256;
    qint64 afterId = 0;
    QList<Candidate> page;
    qsizetype inPage = 0;
    bool exhausted = false;
    bool failed = false;
    std::optional<Candidate> waiting; // a candidate that waits while a canary goes first
    auto nextCandidate = [&]() -> std::optional<Candidate> {
        if (waiting)
            return std::exchange(waiting, std::nullopt);
        for (;;) {
            if (inPage >= page.size()) {
                if (exhausted)
                    return std::nullopt;
                if (!run(q, candidatesSql(),
                        { toString(WorkunitState::Open), resource, afterId, pool.memoryBytes, who.deviceId,
                            toString(ReplicaState::InProgress), who.now, m_context.config.quorum,
                            pageSize })) {
                    failed = true;
                    return std::nullopt;
                }
                page = readCandidates(q);
                inPage = 0;
                exhausted = page.size() < pageSize;
                if (page.isEmpty())
                    return std::nullopt;
                afterId = page.last().id;
            }
            const Candidate c = page.at(inPage++);
            const auto replicas = m_replicas.ofWorkunit(c.id);
            if (!replicas) {
                failed = true;
                return std::nullopt;
            }
            // A workunit whose next replica must come from a trusted device is passed over by
            // an untrusted one: it could only complete an untrusted-only group.
            const QuorumDecision d = validator.decide(*replicas, who.now);
            if (d.replicasWanted > 0 && (who.trusted || !d.trustedReplicaWanted))
                return c;
        }
    };

    qint64 spent = 0;
    qsizetype issued = 0;
    // Subtraction, not spent + ops: one huge workunit must not wrap the sum around.
    auto fits = [&](qint64 ops) { return issued == 0 || ops <= pool.budgetOps - spent; };
    auto issue = [&](const Candidate& c, bool canary) {
        IssuedTask t { newTaskId(), c.app, c.input, who.now + m_context.config.deadlineSeconds, c.ops,
            c.reward, pool.resource };
        QSqlQuery ins(db);
        if (!run(ins,
                QStringLiteral(
                    "INSERT INTO results(id, workunit_id, device_id, canary, state, sent, deadline,"
                    " request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                { t.id, c.id, who.deviceId, canary ? 1 : 0, toString(ReplicaState::InProgress), who.now,
                    t.deadline, who.requestId.isEmpty() ? QVariant() : QVariant(who.requestId) }))
            return false;
        spent += c.ops;
        ++issued;
        out->append(t);
        return true;
    };
    while (issued < pool.limit) {
        const auto c = nextCandidate();
        if (failed)
            return false;
        if (!c)
            break;
        // The chance of a canary is rolled once per task handed out (rolling it again for every
        // workunit passed over made canaries nearly all of the work).
        if (who.canaryRate > 0 && m_context.random() < who.canaryRate) {
            // A canary looks like any task: a workunit validated with a trusted device in its
            // agreeing group (never one only untrusted devices vouch for) this device never saw,
            // of the same resource and size limit.
            QSqlQuery cq(db);
            if (!run(cq,
                    QStringLiteral(
                        "SELECT id, app, input, estimated_ops, reward FROM workunits w"
                        " WHERE state = ? AND trusted_validation = 1 AND resource = ? AND"
                        " memory_bytes <= ? AND NOT EXISTS (SELECT 1 FROM results r"
                        " WHERE r.workunit_id = w.id AND r.device_id = ?) ORDER BY random() LIMIT 1"),
                    { toString(WorkunitState::Validated), resource, pool.memoryBytes, who.deviceId }))
                return false;
            const QList<Candidate> canary = readCandidates(cq);
            if (!canary.isEmpty()) {
                if (!fits(canary.first().ops))
                    break;
                if (!issue(canary.first(), true))
                    return false;
                waiting = c; // the real work comes next
                continue;
            }
        }
        if (!fits(c->ops))
            break;
        if (!issue(*c, false))
            return false;
    }
    return true;
}

std::optional<QList<qint64>> WorkQueue::addWorkunits(const QList<NewWorkunit>& units, int copies,
    const QString& metaKey, const QString& metaValue, QString* error,
    const std::optional<QString>& metaBefore)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    QList<qint64> ids;
    QSqlQuery q(db);
    auto sqlFail = [&](const QString& why) -> std::optional<QList<qint64>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!tx.started())
        return sqlFail(QStringLiteral("cannot start a transaction: %1").arg(db.lastError().text()));
    if (metaBefore && !metaKey.isEmpty() && metaBefore->isEmpty()) {
        // Not set yet: whoever inserts the row first adds the work (PostgreSQL makes a second
        // replica's insert wait for the first one's commit, then insert nothing).
        if (!run(q, QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                { metaKey, metaValue }))
            return sqlFail(q.lastError().text());
        if (q.numRowsAffected() != 1)
            return QList<qint64> {};
    } else if (metaBefore && !metaKey.isEmpty()) {
        // Locks the row on PostgreSQL: a replica doing the same waits, then sees the new value.
        if (!run(q,
                QStringLiteral("SELECT value FROM meta WHERE key = ?")
                    + (m_context.postgres() ? QStringLiteral(" FOR UPDATE") : QString()),
                { metaKey }))
            return sqlFail(q.lastError().text());
        const QString now = q.next() ? q.value(0).toString() : QString();
        q.finish();
        if (now != *metaBefore)
            return QList<qint64> {};
    }
    for (const NewWorkunit& u : units) {
        if (u.estimatedOps <= 0)
            return sqlFail(QStringLiteral("estimated operations must be positive"));
        const auto reward = core::rewardForOperations(static_cast<std::uint64_t>(u.estimatedOps));
        if (!reward)
            return sqlFail(QStringLiteral("reward would overflow"));
        for (int i = 0; i < qMax(1, copies); ++i) {
            if (!run(q,
                    QStringLiteral(
                        "INSERT INTO workunits(app, input, estimated_ops, reward, created, resource,"
                        " memory_bytes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                    { u.app, u.input, u.estimatedOps, static_cast<qint64>(*reward), m_context.clock(),
                        core::resourceName(u.resource), qMax<qint64>(0, u.memoryBytes) })
                || !q.next())
                return sqlFail(q.lastError().text());
            ids.append(q.value(0).toLongLong());
            q.finish(); // SQLite: a RETURNING statement not stepped to its end blocks the commit
        }
    }
    if (!metaKey.isEmpty()
        && !run(q,
            QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?)"
                           " ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
            { metaKey, metaValue }))
        return sqlFail(q.lastError().text());
    if (!tx.commit())
        return sqlFail(db.lastError().text());
    return ids;
}

qint64 WorkQueue::openWorkunits(std::optional<Resource> resource)
{
    // Open workunits that still lack quorum replicas in flight or reported: the ones a new
    // device could be given. Counting all open ones would starve devices while every open
    // workunit waits for its last result.
    QSqlQuery q(m_context.db());
    QVariantList values { toString(WorkunitState::Open) };
    if (resource)
        values.append(core::resourceName(*resource));
    values << toString(ReplicaState::InProgress) << toString(ReplicaState::Reported)
           << m_context.config.quorum;
    if (!run(q,
            QStringLiteral("SELECT COUNT(*) FROM workunits w WHERE state = ?")
                + (resource ? QStringLiteral(" AND resource = ?") : QString())
                + QStringLiteral(" AND (SELECT COUNT(*) FROM results r"
                                 " WHERE r.workunit_id = w.id AND r.canary = 0 AND r.state IN (?, ?)) < ?"),
            values)
        || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 WorkQueue::queuedReplicas(qint64 now)
{
    QSqlQuery q(m_context.db());
    QList<qint64> open;
    if (run(q, QStringLiteral("SELECT id FROM workunits WHERE state = ?"),
            { toString(WorkunitState::Open) })) {
        while (q.next())
            open.append(q.value(0).toLongLong());
    }
    const QuorumValidator validator(m_context.config.quorum);
    qint64 queued = 0;
    for (qint64 id : open) {
        if (const auto replicas = m_replicas.ofWorkunit(id))
            queued += validator.decide(*replicas, now).replicasWanted;
    }
    return queued;
}

} // namespace sc::hub
