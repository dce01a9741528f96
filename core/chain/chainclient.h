// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/httpclient.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

namespace sc::chain {

// What went wrong asking the chain, in words a user can act on.
struct ChainError {
    enum class Kind {
        Transport, // no answer: connect, timeout, too large, TLS
        Rpc, // the node answered with a JSON-RPC error (code, message)
        Protocol, // the answer is not what the JSON-RPC spec and the method promise
    };
    Kind kind = Kind::Transport;
    qint64 code = 0; // JSON-RPC error code (Rpc), HTTP status (Protocol, when not 200)
    QString message;
};

// One log entry (eth_getLogs, or a receipt's logs).
struct LogEntry {
    QByteArray address; // 20 bytes
    QList<QByteArray> topics; // 32 bytes each
    QByteArray data;
    quint64 blockNumber = 0;
    QByteArray transactionHash; // 32 bytes
    quint64 logIndex = 0;
};

// One receipt (eth_getTransactionReceipt), as far as payouts need it.
struct Receipt {
    static constexpr int kMaxLogs = 256;
    QByteArray transactionHash; // 32 bytes
    quint64 blockNumber = 0;
    bool success = false; // status 0x1
    quint64 gasUsed = 0;
    QByteArray effectiveGasPrice; // QUANTITY digits, "0x…"
    QList<LogEntry> logs; // what the transaction emitted (a token's Transfer among them)
};

// Ethereum JSON-RPC 2.0 over the project's HttpTransport (libcurl, event-loop driven): the
// calls the wallet and the hub's payouts need, each reply checked strictly against the spec's
// encodings (QUANTITY: "0x" + hex without leading zeros; DATA: "0x" + an even number of hex
// digits of the expected length). Values that may exceed 64 bits (balances, fees) are returned
// as their QUANTITY text, checked and at most 256 bits, for an exact uint256 to parse; small
// ones (chain id, block numbers, nonces, gas) as quint64, refused when larger. Replies are
// capped (1 MiB, 8 MiB for logs) and time-limited; nothing is ever read as a double.
class ChainClient final : public QObject {
    Q_OBJECT
public:
    template <typename T> using Done = std::function<void(const T&, const std::optional<ChainError>&)>;

    ChainClient(core::HttpTransport& http, QUrl rpc, QObject* parent = nullptr);

    QUrl rpc() const { return m_rpc; }
    // Whole-request limit (default 15 s); a node that drips its answer fails with a timeout.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void chainId(Done<quint64> done);
    void blockNumber(Done<quint64> done);
    // eth_call at "latest": the return data.
    void call(const QByteArray& to, const QByteArray& data, Done<QByteArray> done);
    // eth_getBalance at "latest", as QUANTITY text.
    void balance(const QByteArray& address, Done<QByteArray> done);
    // eth_getTransactionCount; pending = count transactions in the node's pool too.
    void transactionCount(const QByteArray& address, bool pending, Done<quint64> done);
    void estimateGas(
        const QByteArray& from, const QByteArray& to, const QByteArray& data, Done<quint64> done);
    void maxPriorityFeePerGas(Done<QByteArray> done);
    // The base fee of the pending block (eth_feeHistory over 1 block, newest "latest").
    void nextBaseFee(Done<QByteArray> done);
    // eth_sendRawTransaction: the transaction hash (32 bytes).
    void sendRawTransaction(const QByteArray& raw, Done<QByteArray> done);
    // nullopt while the transaction is not in a block (or unknown to the node).
    void receipt(const QByteArray& txHash, Done<std::optional<Receipt>> done);
    // eth_getLogs for one contract over [fromBlock, toBlock], topics matched by position
    // (an empty entry matches anything).
    void logs(const QByteArray& address, quint64 fromBlock, quint64 toBlock, const QList<QByteArray>& topics,
        Done<QList<LogEntry>> done);

    // Encodings, public for the tests and for callers that build requests.
    static QString hexData(const QByteArray& bytes); // "0x" + lowercase hex
    static QString hexQuantity(quint64 value); // "0x0", "0x1a", …
    // nullopt unless a QUANTITY of at most maxBits bits.
    static std::optional<QByteArray> parseQuantityText(const QJsonValue& v, int maxBits = 256);
    static std::optional<quint64> parseQuantity(const QJsonValue& v);
    // nullopt unless DATA; with exactBytes >= 0, of exactly that many bytes.
    static std::optional<QByteArray> parseData(const QJsonValue& v, qsizetype exactBytes = -1);

private:
    using RawDone = std::function<void(const QJsonValue& result, const std::optional<ChainError>&)>;
    void request(const QString& method, const QJsonArray& params, qint64 maxBytes, RawDone done);

    core::HttpTransport& m_http;
    QUrl m_rpc;
    std::chrono::milliseconds m_timeout { 15000 };
    qint64 m_nextId = 1;
};

} // namespace sc::chain
