// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payout/payouts.h"
#include "store/creditledger.h"
#include "store/devices.h"
#include "store/invariants.h"
#include "store/replaystore.h"
#include "store/replicas.h"
#include "store/resultreports.h"
#include "store/schema.h"
#include "store/sqlhelpers.h"
#include "store/storecontext.h"
#include "store/storeresult.h"
#include "store/workqueue.h"
#include "validation/settlement.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace sc::hub {

// The hub's state: devices, workunits, their replicas ("results"/tasks), stored outputs and
// the credit ledger, in one SQLite file (WAL, so `stats` can read while `serve` writes) or in
// a PostgreSQL database that several hub replicas share (docs/deploy.md). Every mutation runs
// in one transaction, so a killed hub never half-credits; the ledger's unique task column
// makes double credit impossible even if logic elsewhere went wrong. On PostgreSQL, work is
// claimed with FOR UPDATE SKIP LOCKED and a report locks its workunit, and a transaction that
// lost a race to another replica (deadlock, serialization failure, the same key inserted
// first) runs again, up to kAttempts times.
// Time and randomness are injected so validation rules are testable without waiting.
//
// A thin façade over single-purpose units (docs/hub.md): store/schema, store/devices,
// store/workqueue, store/resultreports, validation/quorumvalidator, validation/settlement,
// store/creditledger and payout/payouts.
class HubStore final {
public:
    using Clock = StoreContext::Clock;
    using Random = StoreContext::Random;
    using DeviceState = sc::hub::DeviceState;
    using Payout = sc::hub::Payout;

    static constexpr int kSchemaVersion = Schema::kVersion;
    static constexpr int kMaxTasksPerReply = WorkQueue::kMaxTasksPerReply;
    static constexpr int kMaxInProgressPerCore = WorkQueue::kMaxInProgressPerCore;

    HubStore(HubConfig config, Clock clock, Random random = {});
    ~HubStore();
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;

    // A `--db` value (DatabaseTarget::parse: sqlite:PATH, a bare path, postgresql://…).
    bool open(const QString& database, QString* error);
    bool open(const DatabaseTarget& target, QString* error);
    // The open database as an operator reads it in a message (no password).
    const QString& where() const { return m_where; }
    void close();
    bool isOpen() const;
    // Whether the database answers (a replica's health check); a connection the server
    // dropped (PostgreSQL restarted, a failover) is opened again once. False with a reason.
    bool healthy(QString* why);
    const HubConfig& config() const { return m_context.config; }
    // `stats` runs in another process than `serve`; serve records its quorum here for it.
    void setQuorum(int quorum) { m_context.config.quorum = qBound(1, quorum, 16); }

    DeviceState deviceState(const QString& deviceId) { return m_devices.state(deviceId); }
    std::optional<DeviceTrust> deviceTrust(const QString& deviceId) { return m_devices.trust(deviceId); }
    // The operator's trust seed (`sparecycles-hub trust`); false for an unknown device.
    bool setTrusted(const QString& deviceId, bool trusted)
    {
        return m_devices.setTrusted(deviceId, trusted, m_context.clock());
    }
    StoreResult registerDevice(const QString& deviceId, const QString& payoutAddress,
        const QByteArray& profileJson, double opsPerSecond, bool* created)
    {
        return retrying([&] {
            return m_devices.registerDevice(deviceId, payoutAddress, profileJson, opsPerSecond, created);
        });
    }

    StoreResult assignWork(const QString& deviceId, int cores, qint64 seconds, QList<IssuedTask>* out)
    {
        return assignWork(deviceId, core::WorkRequest { cores, seconds, QString(), 0 }, out);
    }
    StoreResult assignWork(
        const QString& deviceId, int cores, qint64 seconds, const QString& requestId, QList<IssuedTask>* out)
    {
        return assignWork(deviceId, core::WorkRequest { cores, seconds, requestId, 0 }, out);
    }
    // CPU work for its cores and seconds, GPU work for its gpus (WorkQueue::assignWork).
    StoreResult assignWork(const QString& deviceId, const core::WorkRequest& request, QList<IssuedTask>* out)
    {
        return retrying([&] { return m_work.assignWork(deviceId, request, out); });
    }
    StoreResult heldWork(const QString& deviceId, QList<IssuedTask>* out)
    {
        return retrying([&] { return m_work.heldWork(deviceId, out); });
    }
    StoreResult releaseTask(const QString& deviceId, const QString& taskId)
    {
        return retrying([&] { return m_work.release(deviceId, taskId); });
    }
    bool takesLargeOutput(const QString& taskId) { return m_reports.takesLargeOutput(taskId); }
    StoreResult storeOutput(
        const QString& deviceId, const QString& taskId, const QByteArray& output, QByteArray* sha256Hex)
    {
        return retrying([&] { return m_reports.storeOutput(deviceId, taskId, output, sha256Hex); });
    }
    StoreResult reportResult(const QString& deviceId, const QString& taskId, qint64 exitCode,
        double cpuSeconds, const QByteArray& outputSha256Hex, QString* status)
    {
        return retrying([&] {
            return m_reports.reportResult(deviceId, taskId, exitCode, cpuSeconds, outputSha256Hex, status);
        });
    }

    // The device's replies, as the wire has them (core/protocol/messages.h).
    StoreResult account(const QString& deviceId, QJsonObject* out);
    StoreResult credits(const QString& deviceId, qint64 after, QJsonObject* out);
    StoreResult history(const QString& deviceId, int days, QJsonObject* out);

    // See Payouts::settle.
    StoreResult payout(qint64 minAmount, QList<Payout>* made)
    {
        return retrying([&] { return m_payouts.settle(minAmount, made); });
    }
    // The payouts table itself (payouts on a chain: hub/payout/chainpayer.h).
    Payouts& payouts() { return m_payouts; }

    std::optional<QList<qint64>> addWorkunits(const QList<NewWorkunit>& units, int copies = 1,
        const QString& metaKey = {}, const QString& metaValue = {}, QString* error = nullptr,
        const std::optional<QString>& metaBefore = std::nullopt)
    {
        return m_work.addWorkunits(units, copies, metaKey, metaValue, error, metaBefore);
    }
    std::optional<QString> meta(const QString& key);
    bool setMeta(const QString& key, const QString& value);
    // The replay store (see ReplayStore): true when this signature is new, false when it was
    // accepted before within the skew window, nullopt on a storage error.
    std::optional<bool> rememberSignature(const QByteArray& signature, qint64 requestTime)
    {
        return m_replay.remember(signature, requestTime);
    }
    static constexpr qint64 kReplayWindowSeconds = 300;
    qint64 openWorkunits(std::optional<core::TaskDescriptor::Resource> resource = std::nullopt)
    {
        return m_work.openWorkunits(resource);
    }
    QJsonObject stats();
    // The books' invariants under this store's quorum (Invariants::check).
    std::optional<QList<InvariantResult>> checkInvariants(QString* error)
    {
        return Invariants::check(m_context.db(), m_context.config.quorum, error);
    }

    // How often a transaction that lost a race to another replica runs (see above).
    static constexpr int kAttempts = 5;

private:
    enum class Link { Fine, Reopened, Down };
    Link checkLink(QString* why);
    template <typename Operation> StoreResult retrying(Operation operation)
    {
        StoreResult r;
        for (int attempt = 1; attempt <= kAttempts; ++attempt) {
            lastSqlState().clear();
            r = operation();
            if (r.code != StoreResult::Code::Internal)
                break;
            if (isRetryableSqlState(lastSqlState()))
                continue;
            // A connection the server dropped (PostgreSQL restarted, a failover) is opened
            // again, once; any other failure is final.
            QString why;
            if (attempt > 1 || !m_context.postgres() || checkLink(&why) != Link::Reopened)
                break;
        }
        return r;
    }

    StoreContext m_context;
    QString m_where;
    Devices m_devices { m_context };
    Payouts m_payouts { m_context };
    CreditLedger m_ledger { m_context, m_devices, m_payouts };
    Replicas m_replicas { m_context };
    Settlement m_settlement { m_context, m_devices, m_replicas, m_ledger };
    WorkQueue m_work { m_context, m_devices, m_replicas };
    ResultReports m_reports { m_context, m_devices, m_ledger, m_settlement };
    ReplayStore m_replay { m_context, kReplayWindowSeconds };
};

} // namespace sc::hub
