// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace sc::hub {

struct HubConfig {
    int quorum = 2;
    double canaryRate = 0.05;
    qint64 deadlineSeconds = 86400;
};

// What the store hands out for one replica; the server adds the app hash, signature and URL.
struct IssuedTask {
    QString id;
    QString app;
    QString input;
    qint64 deadline = 0;
    qint64 estimatedOps = 0;
    qint64 reward = 0;
};

struct NewWorkunit {
    QString app;
    QString input;
    qint64 estimatedOps = 0;
};

// Outcome of a store call, mapped 1:1 onto the protocol's error codes by the server.
struct StoreResult {
    enum class Code {
        Ok,
        BadRequest,
        UnknownDevice,
        Flagged,
        NotFound,
        AlreadyReported,
        Conflict,
        Expired,
        Internal
    };
    Code code = Code::Ok;
    QString message;
    bool ok() const { return code == Code::Ok; }
};

// The hub's state: devices, workunits, their replicas ("results"/tasks), stored outputs and
// the credit ledger, in one SQLite file (WAL, so `stats` can read while `serve` writes).
// Every mutation runs in one transaction, so a killed hub never half-credits; the ledger's
// unique task column makes double credit impossible even if logic elsewhere went wrong.
// Time and randomness are injected so validation rules are testable without waiting.
class HubStore final {
public:
    using Clock = std::function<qint64()>; // unix seconds
    using Random = std::function<double()>; // uniform in [0, 1)

    static constexpr int kSchemaVersion = 2;
    static constexpr int kMaxTasksPerReply = 256;
    // A device holds at most this many unfinished tasks per core it asks for, so a device
    // asking for "seconds" of tiny tasks cannot take a whole queue hostage until the deadlines.
    static constexpr int kMaxInProgressPerCore = 32;

    HubStore(HubConfig config, Clock clock, Random random = {});
    ~HubStore();
    HubStore(const HubStore&) = delete;
    HubStore& operator=(const HubStore&) = delete;

    bool open(const QString& databasePath, QString* error);
    void close();
    bool isOpen() const;
    const HubConfig& config() const { return m_config; }
    // `stats` runs in another process than `serve`; serve records its quorum here for it.
    void setQuorum(int quorum) { m_config.quorum = qBound(1, quorum, 16); }

    enum class DeviceState { Unknown, Active, Flagged, Error };
    DeviceState deviceState(const QString& deviceId);
    StoreResult registerDevice(const QString& deviceId, const QString& payoutAddress,
        const QByteArray& profileJson, double opsPerSecond, bool* created);

    // Hands out up to cores x seconds x the device's ops_per_second estimated operations.
    StoreResult assignWork(const QString& deviceId, int cores, qint64 seconds, QList<IssuedTask>* out);
    StoreResult storeOutput(
        const QString& deviceId, const QString& taskId, const QByteArray& output, QByteArray* sha256Hex);
    StoreResult reportResult(const QString& deviceId, const QString& taskId, qint64 exitCode,
        double cpuSeconds, const QByteArray& outputSha256Hex, QString* status);

    StoreResult account(const QString& deviceId, QJsonObject* out);
    StoreResult credits(const QString& deviceId, qint64 after, QJsonObject* out);
    StoreResult history(const QString& deviceId, int days, QJsonObject* out);

    // Settles every device whose validated, unpaid credit reaches minAmount and that gave a
    // payout address: one payout per device, its credits marked paid, all in one transaction,
    // so a credit is paid once whatever happens. The reference hub records the payout; moving
    // money on a chain is the operator's settlement job, which reads this table.
    struct Payout {
        qint64 id = 0;
        QString deviceId;
        QString address;
        qint64 amount = 0;
        qint64 credits = 0; // ledger rows it settles
        qint64 time = 0;
    };
    StoreResult payout(qint64 minAmount, QList<Payout>* made);

    // Adds workunits, optionally storing metaValue under metaKey in the same transaction (the
    // demo generator's cursor). Returns the new ids, or nullopt on failure.
    std::optional<QList<qint64>> addWorkunits(const QList<NewWorkunit>& units, int copies = 1,
        const QString& metaKey = {}, const QString& metaValue = {}, QString* error = nullptr);
    std::optional<QString> meta(const QString& key);
    bool setMeta(const QString& key, const QString& value);
    // Open workunits still short of `quorum` replicas (the demo top-up keeps these stocked).
    qint64 openWorkunits();
    QJsonObject stats();

private:
    struct Replica;
    QList<Replica> replicasOf(qint64 workunitId, bool* ok);
    qint64 replicasWanted(const QList<Replica>& replicas, qint64 now) const;
    bool settleWorkunit(qint64 workunitId, qint64 now);
    bool credit(
        const QString& deviceId, const QString& taskId, qint64 amount, const QString& status, qint64 now);
    bool flagDevice(const QString& deviceId, qint64 now);
    bool expireOverdue(qint64 now);
    bool migrate(QString* error);
    QJsonArray recentPayouts(const QString& deviceId, int limit, bool* ok);

    HubConfig m_config;
    Clock m_clock;
    Random m_random;
    QString m_connection;
};

} // namespace sc::hub
