// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evm/secp256k1key.h"
#include "evm/uint256.h"
#include "payout/payouts.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace sc::chain {
class ChainClient;
struct ChainError;
} // namespace sc::chain

namespace sc::hub {

struct ChainPayerConfig {
    quint64 chainId = 0;
    QByteArray token; // 20 bytes
    unsigned decimals = 18;
    int confirmations = 1; // blocks, the transaction's own included
    qint64 minAmount = 1; // micro-tokens
    std::chrono::seconds every { 60 }; // how often due credit is settled
    std::chrono::milliseconds followEvery { 2000 }; // how often open payouts are followed
    std::chrono::seconds rebroadcastAfter { 30 }; // a sent payout not yet mined is sent again
};

// Pays validated credit as ERC-20 transfer(to, amount) transactions (EIP-1559, type 2) signed
// by the hub's payout key, each payout exactly once:
//  1. settle: nonce from the hub's own records (checked against eth_getTransactionCount),
//     fees from eth_feeHistory and eth_maxPriorityFeePerGas, gas from eth_estimateGas per
//     transfer; every payout the key's tokens and gas coin can pay is signed and stored with
//     its credits marked paid, in one database transaction, before anything is sent;
//  2. follow: each signed or sent payout is sent (again, byte for byte, after a restart or
//     when the node forgot it) until its receipt has enough confirmations; a reverted one
//     (receipt status 0), or one whose nonce another transaction took, puts its credits back.
// A hub killed at any point restarts into step 2 with the very same bytes, so it never pays a
// payout twice and never loses one. The key never leaves this object, and is never logged.
class ChainPayer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChainPayer)
public:
    ChainPayer(Payouts& payouts, chain::ChainClient& chain, evm::Secp256k1Key key, ChainPayerConfig config,
        QObject* parent = nullptr);
    ~ChainPayer() override;

    // Follows open payouts at once (a restart's unfinished work), then on its timers.
    void start();
    // The payout key's address, 0x + 40 lowercase hex.
    QString sender() const { return m_sender; }

Q_SIGNALS:
    // One line for the operator's log (no secret is ever in one).
    void log(const QString& line);
    // Step 1 ran (made may be empty) or step 2 went through every open payout.
    void settled(int made);
    void followed(int open);

private:
    struct Round; // one settle run's chain readings
    void settle();
    // Runs asynchronous steps in turn; a step that fails does not call its next.
    void runSteps(QList<std::function<void(std::function<void()>)>> steps);
    void follow();
    void followNext(QList<Payout> open, quint64 head);
    void broadcast(const Payout& p, std::function<void()> next);
    void checkNonceTaken(const Payout& p, std::function<void()> next);
    // Reverted or Dropped: the credits are unpaid again (Payouts::markFailed), and it is said.
    void failPayout(const Payout& p, PayoutState state, const QString& reason);
    // The follow round is over (completed: every open payout was looked at); a settle that
    // came due meanwhile runs now.
    void endFollow(bool completed);
    void signDue(const std::shared_ptr<Round>& round);
    void finishSettle(int made);
    // Ends this settle run: nothing was signed, for the reason said.
    void hold(const QString& line);
    void say(const QString& line);
    // Says a failure once until the next success of the same step.
    void fail(const QString& step, const QString& line);

    Payouts& m_payouts;
    chain::ChainClient& m_chain;
    evm::Secp256k1Key m_key;
    ChainPayerConfig m_config;
    QString m_sender;
    QTimer m_settleTimer;
    QTimer m_followTimer;
    bool m_settling = false;
    bool m_following = false;
    bool m_settleDue = false;
    QHash<qint64, QElapsedTimer> m_dropSuspects; // payout id → since when its nonce looks taken
    QHash<qint64, QElapsedTimer> m_lastSent; // payout id → when this process last sent it
    QHash<QString, QString> m_lastFailure; // step → the line said
};

} // namespace sc::hub
