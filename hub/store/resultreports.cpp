// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/resultreports.h"

#include "protocol/taskdescriptor.h"
#include "store/creditledger.h"
#include "store/devices.h"
#include "store/sqlhelpers.h"
#include "store/storecontext.h"
#include "taskapps.h"
#include "validation/outputcheck.h"
#include "validation/quorumvalidator.h"
#include "validation/settlement.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace sc::hub {

namespace {
    using Code = StoreResult::Code;

    // A state this hub does not know counts as neither running nor reported.
    ReplicaState replicaState(const QVariant& column)
    {
        return replicaStateFromString(column.toString()).value_or(ReplicaState::Expired);
    }

    bool overdue(ReplicaState state, qint64 deadline, qint64 now)
    {
        return state == ReplicaState::Expired || state == ReplicaState::Released
            || (state == ReplicaState::InProgress && deadline < now);
    }

    StoreResult alreadyReported()
    {
        return StoreResult::fail(
            Code::AlreadyReported, QStringLiteral("a result for this task was already accepted"));
    }

    StoreResult notFound()
    {
        return StoreResult::fail(Code::NotFound, QStringLiteral("no such task for this device"));
    }
} // namespace

bool ResultReports::takesLargeOutput(const QString& taskId)
{
    QSqlQuery q(m_context.db());
    if (!run(q,
            QStringLiteral("SELECT r.state, r.deadline, w.resource FROM results r JOIN workunits w"
                           " ON w.id = r.workunit_id WHERE r.id = ?"),
            { taskId })
        || !q.next())
        return false;
    return replicaState(q.value(0)) == ReplicaState::InProgress
        && q.value(1).toLongLong() >= m_context.clock()
        && q.value(2).toString() == core::resourceName(core::TaskDescriptor::Resource::Gpu);
}

StoreResult ResultReports::storeOutput(
    const QString& deviceId, const QString& taskId, const QByteArray& output, QByteArray* sha256Hex)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    const qint64 now = m_context.clock();
    QSqlQuery q(db);
    if (!run(q,
            QStringLiteral(
                "SELECT r.device_id, r.state, r.deadline, w.app, w.input, w.resource FROM results r"
                " JOIN workunits w ON w.id = r.workunit_id WHERE r.id = ?"),
            { taskId }))
        return StoreResult::internal();
    if (!q.next() || q.value(0).toString() != deviceId)
        return notFound();
    const ReplicaState state = replicaState(q.value(1));
    if (overdue(state, q.value(2).toLongLong(), now))
        return StoreResult::fail(Code::Expired, QStringLiteral("the task's deadline passed"));
    const QString app = q.value(3).toString();
    const QByteArray input = q.value(4).toString().toUtf8();
    const auto resource
        = core::resourceFromName(q.value(5).toString()).value_or(core::TaskDescriptor::Resource::Cpu);
    const bool gpu = resource == core::TaskDescriptor::Resource::Gpu;
    // The gate lets a body this large through only for a GPU task's output (ConnectionGate).
    if (output.size() > TaskApps::maxOutputBytes(resource))
        return StoreResult::fail(Code::TooLarge,
            QStringLiteral("output over this task's limit of %1 bytes")
                .arg(TaskApps::maxOutputBytes(resource)));
    *sha256Hex = QCryptographicHash::hash(output, QCryptographicHash::Sha256).toHex();
    if (!run(q, QStringLiteral("SELECT sha256 FROM outputs WHERE result_id = ?"), { taskId }))
        return StoreResult::internal();
    if (q.next()) {
        if (q.value(0).toString().toLatin1() != *sha256Hex)
            return StoreResult::fail(
                Code::Conflict, QStringLiteral("a different output was already uploaded for this task"));
        return {};
    }
    if (state == ReplicaState::Reported)
        return alreadyReported();
    // Judged once, as it arrives, with a secret of the hub's own per output (OutputCheck); an
    // empty output is a failed task's, which its non-zero exit code makes invalid anyway.
    const OutputVerdict verdict = output.isEmpty()
        ? OutputVerdict {}
        : OutputCheck::judge(app, input, output, QRandomGenerator::system()->generate64());
    // An empty output (a failed task's report) is stored as an empty blob, not NULL: the column
    // is NOT NULL, and a failure report is a valid report. A GPU task's output (up to 64 MiB)
    // is kept as its hash and verdict only: the quorum compares hashes, and the bytes are
    // checked here.
    const QByteArray data = output.isNull() || gpu ? QByteArray("", 0) : output;
    if (!run(q, QStringLiteral("INSERT INTO outputs(result_id, sha256, data, rejection) VALUES (?, ?, ?, ?)"),
            { taskId, QString::fromLatin1(*sha256Hex), data,
                verdict.rejected() ? QVariant(verdict.text()) : QVariant() })
        || !tx.commit())
        return StoreResult::internal();
    return {};
}

StoreResult ResultReports::reportResult(const QString& deviceId, const QString& taskId, qint64 exitCode,
    double cpuSeconds, const QByteArray& outputSha256Hex, QString* status)
{
    QSqlDatabase db = m_context.db();
    Transaction tx(db);
    if (!tx.started())
        return StoreResult::internal();
    const qint64 now = m_context.clock();
    QSqlQuery q(db);
    if (!run(q,
            QStringLiteral("SELECT r.device_id, r.state, r.deadline, r.canary, r.workunit_id, w.state,"
                           " w.canonical_sha256, w.reward, r.reported FROM results r JOIN workunits w ON "
                           "w.id = r.workunit_id"
                           " WHERE r.id = ?")
                // Replicas' reports of one workunit, on several hub replicas at once, are
                // judged one after another: each sees the others' answers.
                + (m_context.postgres() ? QStringLiteral(" FOR UPDATE") : QString()),
            { taskId }))
        return StoreResult::internal();
    if (!q.next() || q.value(0).toString() != deviceId)
        return notFound();
    ReportFacts facts;
    facts.replicaState = replicaState(q.value(1));
    const qint64 deadline = q.value(2).toLongLong();
    facts.canary = q.value(3).toInt() != 0;
    const qint64 workunit = q.value(4).toLongLong();
    // An unknown workunit state is neither open nor validated: no answer can count for it.
    facts.workunitState = workunitStateFromString(q.value(5).toString()).value_or(WorkunitState::Failed);
    facts.canonicalSha256 = q.value(6).toString();
    facts.exitCode = exitCode;
    facts.outputSha256 = QString::fromLatin1(outputSha256Hex);
    const qint64 reward = q.value(7).toLongLong();
    // A reported replica stays reported, also once abandoned by a reopen (docs/protocol.md "Trust").
    if (facts.replicaState == ReplicaState::Reported || !q.value(8).isNull())
        return alreadyReported();
    if (facts.replicaState == ReplicaState::Released)
        return StoreResult::fail(Code::Expired, QStringLiteral("this device gave the task back; no credit"));
    if (overdue(facts.replicaState, deadline, now)) {
        // Late: no credit; marking it expired makes the workunit hand out a replacement.
        if (!run(q, QStringLiteral("UPDATE results SET state = ? WHERE id = ?"),
                { toString(ReplicaState::Expired), taskId })
            || !tx.commit())
            return StoreResult::internal();
        return StoreResult::fail(Code::Expired, QStringLiteral("the task's deadline passed; no credit"));
    }
    if (!run(q, QStringLiteral("SELECT sha256, rejection FROM outputs WHERE result_id = ?"), { taskId }))
        return StoreResult::internal();
    if (!q.next())
        return StoreResult::fail(
            Code::Conflict, QStringLiteral("upload the output before reporting the result"));
    if (q.value(0).toString().toLatin1() != outputSha256Hex)
        return StoreResult::fail(
            Code::Conflict, QStringLiteral("output_sha256 differs from the uploaded output"));
    facts.outputRejected = !q.value(1).isNull();

    const DeviceState device = m_devices.state(deviceId);
    if (device == DeviceState::Error)
        return StoreResult::internal();
    facts.deviceFlagged = device == DeviceState::Flagged;
    const ReportJudgement judgement = QuorumValidator::judgeReport(facts);
    const ReplicaOutcome outcome = judgement.outcome;
    if (!run(q,
            QStringLiteral("UPDATE results SET state = ?, outcome = ?, reported = ?, exit_code = ?,"
                           " cpu_seconds = ?, output_sha256 = ? WHERE id = ?"),
            { toString(ReplicaState::Reported), toString(outcome), now, exitCode, cpuSeconds,
                facts.outputSha256, taskId }))
        return StoreResult::internal();
    if (outcome != ReplicaOutcome::Pending
        && !m_ledger.credit(
            deviceId, taskId, outcome == ReplicaOutcome::Valid ? reward : 0, creditStatusFor(outcome), now))
        return StoreResult::internal();
    if (judgement.flagDevice && !m_settlement.flagDevice(deviceId, now))
        return StoreResult::internal();
    if (judgement.earnsTrustPoint && !m_settlement.awardTrustPoint(deviceId, now))
        return StoreResult::internal();
    if (!facts.canary && facts.workunitState == WorkunitState::Open
        && !m_settlement.settleWorkunit(workunit, now))
        return StoreResult::internal();
    if (!run(q, QStringLiteral("SELECT outcome FROM results WHERE id = ?"), { taskId }) || !q.next())
        return StoreResult::internal();
    *status = q.value(0).toString();
    if (!tx.commit())
        return StoreResult::internal();
    return {};
}

} // namespace sc::hub
