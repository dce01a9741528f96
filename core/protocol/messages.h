// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/taskdescriptor.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The typed messages of protocol v1 (docs/protocol.md), shared by the hub that writes them
// and the client that reads them. Every fromJson is strict: a missing field, a wrong type or
// an out-of-range value is nullopt with *why naming the field, never a crash or a guess.
// toJson writes exactly the wire's field names.
namespace sc::core {

// GET /v1/network
// The chain a network pays on (GET /v1/network "chain"): an ERC-20 token on an EVM chain. The
// app reads the balance from the chain itself; the hub only says where to look.
struct ChainInfo {
    static constexpr int kMaxDecimals = 77; // 10^77 < 2^256 <= 10^78
    quint64 chainId = 0; // EIP-155 chain id, > 0
    QString token; // the token contract, "0x" + 40 hex digits
    QString symbol; // the token's symbol, 1..16 characters
    int decimals = 18; // 0..77
    QString nativeSymbol = QStringLiteral("ETH"); // the chain's gas coin, 1..16 characters
    QString rpcHint; // an http(s) JSON-RPC URL the hub suggests; may be empty
    // A block explorer's transaction page with "{tx}" where the hash goes; may be empty.
    QString explorerTxUrl;

    static std::optional<ChainInfo> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
    // The explorer page of one transaction (hash as 0x-hex), empty without a template.
    QString explorerUrlFor(const QString& txHash) const;
};

struct NetworkInfo {
    static constexpr int kProtocol = 1;
    QString name;
    int protocol = kProtocol;
    QByteArray codeSigningKey; // 32 raw bytes (64 hex on the wire)
    QString currency = QStringLiteral("SCT");
    qint64 baseUnitsPerToken = 1000000;
    int quorum = 2;
    std::optional<ChainInfo> chain; // nullopt: this network pays on no chain ("chain": null)

    static std::optional<NetworkInfo> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// POST /v1/devices request
struct RegisterRequest {
    static constexpr qsizetype kMaxProfileBytes = 32 * 1024;
    static constexpr double kDefaultOpsPerSecond = 1e9;
    QString payoutAddress; // "" = none
    std::optional<QJsonObject> profile;

    static std::optional<RegisterRequest> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
    QByteArray profileJson() const; // compact; "{}" without a profile
    double opsPerSecond() const; // profile.ops_per_second, or the default
};

// POST /v1/devices reply
struct RegisterReply {
    QString deviceId;

    static std::optional<RegisterReply> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// POST /v1/work request
struct WorkRequest {
    static constexpr int kMaxCores = 256;
    static constexpr qint64 kMaxSeconds = 86400;
    static constexpr qsizetype kMaxRequestIdLength = 64;
    static constexpr int kMaxGpus = 16;
    int cores = 1;
    qint64 seconds = 1; // of CPU work per core; 0 = none (a request for GPU work only)
    // Chosen by the device, the same when it repeats a request whose reply it never got:
    // 8 to 64 of [A-Za-z0-9_-]. Empty (absent) for a client that never repeats.
    QString requestId;
    // GPU slots that want work (0..16; absent = 0): the hub may add GPU tasks for them.
    int gpus = 0;

    static bool isValidRequestId(const QString& id);
    static std::optional<WorkRequest> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// POST /v1/work reply
struct WorkReply {
    QList<TaskDescriptor> tasks;

    static std::optional<WorkReply> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// GET /v1/work/held reply: the tasks the hub counts against this device (in progress,
// before their deadline), as POST /v1/work hands them out; `time` is the hub's clock.
struct HeldWork {
    QList<TaskDescriptor> tasks;
    qint64 time = 0;

    static std::optional<HeldWork> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// POST /v1/tasks/{id}/release reply
struct ReleaseReply {
    QString status; // "released"

    static std::optional<ReleaseReply> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// PUT /v1/tasks/{id}/output reply
struct OutputReceipt {
    QString outputSha256; // 64 lowercase hex

    static std::optional<OutputReceipt> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// POST /v1/tasks/{id}/result request
struct ResultReport {
    qint64 exitCode = 0;
    double cpuSeconds = 0;
    QString outputSha256; // 64 lowercase hex

    static std::optional<ResultReport> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// POST /v1/tasks/{id}/result reply
struct ResultReply {
    QString status; // "pending" | "valid" | "invalid"

    static std::optional<ResultReply> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// One row of GET /v1/account/credits
struct CreditEntry {
    qint64 seq = 0;
    QString taskId;
    QString status; // "valid" | "invalid"
    qint64 amount = 0; // base units
    qint64 time = 0; // unix seconds

    static std::optional<CreditEntry> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// GET /v1/account/credits
struct CreditPage {
    QList<CreditEntry> credits;
    qint64 next = 0;
    std::optional<qint64> paid; // total ever paid; absent from hubs before payouts

    static std::optional<CreditPage> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// One of GET /v1/account's recent payouts
struct PayoutEntry {
    qint64 id = 0;
    qint64 amount = 0;
    QString address;
    qint64 time = 0;
    // On a chain: "signed" | "sent" (on its way) | "confirmed" (in block) | "reverted" |
    // "dropped" (failed: its credit is unpaid again); a hub without a chain, or from before
    // chains, says "recorded" or nothing.
    QString status = QStringLiteral("recorded");
    QString txHash; // "0x" + 64 lowercase hex, on a chain
    std::optional<qint64> block;

    bool onItsWay() const { return status == QLatin1String("signed") || status == QLatin1String("sent"); }
    bool failed() const { return status == QLatin1String("reverted") || status == QLatin1String("dropped"); }

    static std::optional<PayoutEntry> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// GET /v1/account
struct Account {
    QString deviceId;
    qint64 pending = 0; // granted, not yet paid
    qint64 paid = 0;
    qint64 total = 0; // pending + paid
    QList<PayoutEntry> payouts; // newest first
    qint64 awaitingValidation = 0;
    qint64 valid = 0;
    qint64 invalid = 0;
    bool flagged = false;

    static std::optional<Account> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

// GET /v1/account/history
struct HistoryDay {
    QString day; // YYYY-MM-DD, UTC
    qint64 credit = 0;
    qint64 tasks = 0;
};
struct History {
    QList<HistoryDay> days;

    static std::optional<History> fromJson(const QJsonObject& o, QString* why);
    QJsonObject toJson() const;
};

} // namespace sc::core
