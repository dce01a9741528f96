// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/states.h"
#include "store/storeresult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>
#include <functional>
#include <optional>

namespace sc::hub {

struct StoreContext;

// One payout: a device's validated, unpaid credit (micro-tokens), paid in one row. On a chain
// it is one ERC-20 transfer; the chain fields are empty for a network that only records.
struct Payout {
    qint64 id = 0;
    QString deviceId;
    QString address;
    qint64 amount = 0; // micro-tokens
    qint64 credits = 0; // ledger rows it settles
    qint64 time = 0;
    PayoutState state = PayoutState::Recorded;
    quint64 chainId = 0;
    QString sender; // the payout key's address, 0x + 40 lowercase hex
    std::optional<quint64> nonce;
    QString tokenAmount; // the token's base units, decimal
    QByteArray rawTx; // the signed transaction, exactly as sent
    QString txHash; // 0x + 64 lowercase hex
    std::optional<quint64> block;
    std::optional<quint64> gasUsed;
    QString fee; // wei paid for gas, decimal
    QString reason; // why it failed
    qint64 updated = 0;

    bool failed() const { return state == PayoutState::Reverted || state == PayoutState::Dropped; }
    bool open() const { return state == PayoutState::Signed || state == PayoutState::Sent; }
};

// A device due a payout (validated, unpaid credit of at least the minimum, a payout address).
struct DuePayout {
    QString deviceId;
    QString address;
    qint64 amount = 0;
    qint64 credits = 0;
};

// What a payout on a chain is signed with. sign() returns the raw signed transaction and its
// token amount, or nullopt to leave this device for a later run (it is not paid now).
struct SignedTransfer {
    QByteArray raw;
    QString txHash;
    QString tokenAmount;
};
struct ChainSettlement {
    quint64 chainId = 0;
    QString sender;
    quint64 firstNonce = 0; // the nonce of this run's first transaction
    qint64 maxTotal = 0; // micro-tokens the payout key can still pay
    int maxCount = 0; // transactions its gas coin can still pay for
    std::function<std::optional<SignedTransfer>(const DuePayout&, quint64 nonce)> sign;
};

// The payouts table. settle() pays every device whose validated, unpaid credit reaches
// minAmount and that gave a payout address: one payout per device, its credits marked paid,
// all in one transaction, so a credit is paid once whatever happens. Without a chain the
// payout is only recorded; settleOnChain() stores each payout's signed transfer in that same
// transaction, before anything is sent (hub/payout/chainpayer.h sends and follows them).
class Payouts final {
public:
    static constexpr int kMaxPerRun = 100;

    explicit Payouts(const StoreContext& context)
        : m_context(context)
    {
    }

    // Whether this hub is the one that pays: always on SQLite (one hub); on PostgreSQL the
    // replica holding the payout lock (a session lock: when that replica dies or loses its
    // connection, the next one to ask takes over). Payouts from two replicas would be safe
    // (one transaction each, unique nonces) but race for nonces and gas for nothing.
    bool leads() const;
    StoreResult settle(qint64 minAmount, QList<Payout>* made);
    StoreResult settleOnChain(qint64 minAmount, const ChainSettlement& chain, QList<Payout>* made);
    // Who settle() would pay now, largest first (at most kMaxPerRun).
    std::optional<QList<DuePayout>> due(qint64 minAmount) const;

    // The nonce after the highest this sender used on this chain; nullopt (with *ok true) when it
    // has sent nothing yet, *ok false on a storage error.
    std::optional<quint64> nextNonce(quint64 chainId, const QString& sender, bool* ok) const;
    // Payouts on this chain from this sender that are signed or sent, lowest nonce first.
    std::optional<QList<Payout>> openOnChain(quint64 chainId, const QString& sender) const;
    // Micro-tokens of those open payouts (signed, not yet mined: the chain's balance still
    // holds them).
    std::optional<qint64> openTotal(quint64 chainId, const QString& sender) const;
    // Open payouts of any other chain or sender: a hub started with another key or chain would
    // never send or follow them.
    std::optional<qint64> openElsewhere(quint64 chainId, const QString& sender) const;
    StoreResult markSent(qint64 id);
    StoreResult markConfirmed(qint64 id, quint64 block, quint64 gasUsed, const QString& fee);
    // Reverted or Dropped: the payout's credits are unpaid again, in the same transaction.
    StoreResult markFailed(qint64 id, PayoutState state, const QString& reason);

    // The newest `limit` payouts to a device, newest first.
    std::optional<QList<Payout>> recent(const QString& deviceId, int limit) const;
    // Every payout, oldest first (`sparecycles-hub payouts`).
    std::optional<QList<Payout>> all() const;
    // Everything paid to a device (failed payouts are not paid).
    std::optional<qint64> paidTotal(const QString& deviceId) const;

private:
    StoreResult insertAndMarkPaid(Payout* p);
    StoreResult update(qint64 id, const QString& sql, const QVariantList& args);

    const StoreContext& m_context;
};

} // namespace sc::hub
