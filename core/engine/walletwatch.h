// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clocks.h"
#include "engine/enginestatus.h"
#include "protocol/messages.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

namespace sc::core {
class HttpTransport;
}

namespace sc::chain {
class ChainClient;
struct ChainError;
struct Receipt;
}

namespace sc::core {

// Reads the token balance (balanceOf) and the gas coin balance of the payout address from the
// chain the network pays on, every minute and soon after a payout: from the user's own node
// (chain_rpc_url) when set, else from the one the network suggests, after checking the node is
// on the network's chain. A failed read keeps the last good balance and says why. Nothing here
// trusts the hub for a balance.
class WalletWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WalletWatch)
public:
    static constexpr qint64 kPollMs = 60'000;

    WalletWatch(HttpTransport& http, WallClock wall, MonoClock mono, QObject* parent = nullptr);
    ~WalletWatch() override;

    // What to watch; an unchanged configuration keeps the last balance, a changed one reads
    // again at once.
    void configure(
        const std::optional<ChainInfo>& chain, const QString& payoutAddress, const QString& userRpc);
    // Reads when due (call it on the engine's tick).
    void poll();
    // A payout was seen: read again at the next poll.
    void refreshSoon() { m_nextMs = 0; }
    // The hub's newest payouts: each read also fetches the receipts of those with a
    // transaction (WalletStatus::payouts), until the chain has them final.
    void watchPayouts(const QList<PayoutEntry>& payouts);
    static constexpr int kMaxPayoutChecks = 10;
    static constexpr qint64 kPayoutPollMs = 10'000;

    // nullopt when the network pays on no chain or there is no payout address; with a reason
    // why the network's chain is missing (setUnavailable), a status that says it.
    std::optional<WalletStatus> status() const;
    // The network should have a chain and has none (the demo's chain did not start): why, in
    // a sentence for the Wallet card; empty when nothing is missing.
    void setUnavailable(const QString& reason)
    {
        m_unavailable = reason;
        Q_EMIT changed();
    }

    // The last good read from an earlier run (the engine keeps it in its ledger), shown until a
    // new read succeeds; ignored unless for the same address, chain and token.
    void restore(const WalletStatus& last);

Q_SIGNALS:
    void changed();
    void activity(const QString& message);

private:
    void readAll();
    // Reads the receipts of the watched payouts not yet final, one at a time, then finishes.
    void checkPayouts(QStringList hashes, const QString& node);
    bool paysUs(const chain::Receipt& r, qint64 microTokens) const;
    void fail(const chain::ChainError& e, const QString& node);
    void finish(const QString& error);

    HttpTransport& m_http;
    WallClock m_wall;
    MonoClock m_mono;
    std::optional<ChainInfo> m_chain;
    QString m_address;
    QUrl m_rpc;
    std::unique_ptr<chain::ChainClient> m_client;
    WalletStatus m_status;
    bool m_inFlight = false;
    qint64 m_nextMs = 0;
    quint64 m_generation = 0; // a reconfigure makes answers to older reads stale
    QString m_lastDetail;
    QString m_unavailable;
    QStringList m_watchedHashes; // newest first
    QHash<QString, qint64> m_watchedAmounts; // hash → micro-tokens the hub says it paid
};

} // namespace sc::core
