// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/walletwatch.h"

#include "chain/chainclient.h"
#include "evm/abi.h"
#include "evm/uint256.h"
#include "network/httpclient.h"
#include "wallet/evmaddress.h"

#include <QJsonValue>
#include <QPointer>
#include <algorithm>

namespace sc::core {

namespace {
    constexpr qint64 kRetryMs = 15'000;

    QByteArray addressBytes(const QString& address) { return QByteArray::fromHex(address.mid(2).toLatin1()); }

    std::optional<QString> decimalOfWord(const QByteArray& word)
    {
        QString why;
        const auto value = evm::Abi::decodeUint256(word, &why);
        return value ? std::optional<QString>(value->toDecimal()) : std::nullopt;
    }

    std::optional<QString> decimalOfQuantity(const QByteArray& quantity)
    {
        const auto value = evm::Uint256::fromHex(QString::fromLatin1(quantity));
        return value ? std::optional<QString>(value->toDecimal()) : std::nullopt;
    }
} // namespace

WalletWatch::WalletWatch(HttpTransport& http, WallClock wall, MonoClock mono, QObject* parent)
    : QObject(parent)
    , m_http(http)
    , m_wall(std::move(wall))
    , m_mono(std::move(mono))
{
}

WalletWatch::~WalletWatch() = default;

void WalletWatch::configure(
    const std::optional<ChainInfo>& chain, const QString& payoutAddress, const QString& userRpc)
{
    QString error;
    const QString address = payoutAddress.isEmpty() || !EvmAddress::validate(payoutAddress, &error)
        ? QString()
        : EvmAddress::checksummed(payoutAddress);
    const QUrl rpc(userRpc.isEmpty() && chain ? chain->rpcHint : userRpc);
    const bool same = address == m_address && rpc == m_rpc && chain.has_value() == m_chain.has_value()
        && (!chain || (chain->chainId == m_chain->chainId && chain->token == m_chain->token));
    m_chain = chain;
    if (same)
        return;
    ++m_generation;
    m_inFlight = false;
    m_address = address;
    m_rpc = rpc;
    m_client.reset();
    m_status = WalletStatus {};
    if (m_chain && !m_address.isEmpty()) {
        m_status.address = m_address;
        m_status.chainId = m_chain->chainId;
        m_status.token = m_chain->token;
        m_status.symbol = m_chain->symbol;
        m_status.decimals = m_chain->decimals;
        m_status.nativeSymbol = m_chain->nativeSymbol;
        if (m_rpc.isEmpty())
            m_status.error = tr("This network names no blockchain node to read your balance from. Add one in "
                                "Settings (blockchain node address).");
        else
            m_client = std::make_unique<chain::ChainClient>(m_http, m_rpc);
    }
    m_nextMs = 0;
    Q_EMIT changed();
}

std::optional<WalletStatus> WalletWatch::status() const
{
    if (!m_chain && !m_unavailable.isEmpty() && !m_address.isEmpty()) {
        WalletStatus missing;
        missing.address = m_address;
        missing.error = m_unavailable;
        return missing;
    }
    if (!m_chain || m_address.isEmpty())
        return std::nullopt;
    return m_status;
}

void WalletWatch::poll()
{
    if (!m_client || m_inFlight || m_mono() < m_nextMs)
        return;
    readAll();
}

void WalletWatch::readAll()
{
    m_inFlight = true;
    const quint64 generation = m_generation;
    QPointer<WalletWatch> self(this);
    auto stale = [self, generation] { return !self || self->m_generation != generation; };
    const QString node
        = m_rpc.port() > 0 ? QStringLiteral("%1:%2").arg(m_rpc.host()).arg(m_rpc.port()) : m_rpc.host();
    // The chain first: a node on another chain would report some other token's balance.
    m_client->chainId([this, stale, node](const quint64& id, const std::optional<chain::ChainError>& e) {
        if (stale())
            return;
        if (e)
            return fail(*e, node);
        if (id != m_chain->chainId)
            return finish(tr("The blockchain node %1 is on chain %2, but this network pays on chain %3.")
                              .arg(node)
                              .arg(id)
                              .arg(m_chain->chainId));
        const QByteArray token = addressBytes(m_chain->token);
        const QByteArray owner = addressBytes(m_address);
        m_client->call(token, evm::Abi::balanceOfCall(owner),
            [this, stale, node, owner](const QByteArray& word, const std::optional<chain::ChainError>& e2) {
                if (stale())
                    return;
                if (e2)
                    return fail(*e2, node);
                const auto balance = decimalOfWord(word);
                if (!balance)
                    return finish(
                        tr("The blockchain node %1 sent a balance that is not a number.").arg(node));
                m_client->balance(owner,
                    [this, stale, node, balance](
                        const QByteArray& quantity, const std::optional<chain::ChainError>& e3) {
                        if (stale())
                            return;
                        if (e3)
                            return finish(
                                tr("The blockchain node %1 did not answer: %2").arg(node, e3->message));
                        const auto native = decimalOfQuantity(quantity);
                        if (!native)
                            return finish(
                                tr("The blockchain node %1 sent a balance that is not a number.").arg(node));
                        // The head block: how deep each payout is (its confirmations).
                        m_client->blockNumber([this, stale, node, balance, native](const quint64& head,
                                                  const std::optional<chain::ChainError>& e4) {
                            if (stale())
                                return;
                            if (e4)
                                return finish(
                                    tr("The blockchain node %1 did not answer: %2").arg(node, e4->message));
                            m_status.balance = *balance;
                            m_status.nativeBalance = *native;
                            m_status.block = head;
                            m_status.asOf = m_wall();
                            checkPayouts(m_watchedHashes, node);
                        });
                    });
            });
    });
}

void WalletWatch::watchPayouts(const QList<PayoutEntry>& payouts)
{
    QStringList hashes;
    for (const PayoutEntry& p : payouts) {
        // A payout the hub gave up (reverted, or its nonce taken) has nothing more to show.
        if (!p.txHash.isEmpty() && !p.failed() && hashes.size() < kMaxPayoutChecks) {
            hashes.append(p.txHash);
            m_watchedAmounts.insert(p.txHash, p.amount);
        }
    }
    for (auto it = m_watchedAmounts.begin(); it != m_watchedAmounts.end();)
        it = hashes.contains(it.key()) ? std::next(it) : m_watchedAmounts.erase(it);
    if (hashes == m_watchedHashes)
        return;
    const bool news = std::any_of(hashes.cbegin(), hashes.cend(), [this](const QString& h) {
        return std::none_of(m_status.payouts.cbegin(), m_status.payouts.cend(),
            [&h](const PayoutCheck& c) { return c.txHash == h; });
    });
    m_watchedHashes = hashes;
    if (news)
        m_nextMs = 0; // a new payout: look it up on the chain at the next poll
}

void WalletWatch::checkPayouts(QStringList hashes, const QString& node)
{
    // A receipt that succeeded or failed is final; one not found yet is asked for again.
    while (!hashes.isEmpty()) {
        const QString& hash = hashes.constFirst();
        const auto known = std::find_if(m_status.payouts.cbegin(), m_status.payouts.cend(),
            [&hash](const PayoutCheck& c) { return c.txHash == hash; });
        if (known == m_status.payouts.cend() || known->state == PayoutCheck::State::NotFound)
            break;
        hashes.removeFirst();
    }
    if (hashes.isEmpty()) {
        // Only the watched payouts are kept, newest first.
        QList<PayoutCheck> kept;
        for (const QString& h : std::as_const(m_watchedHashes))
            for (const PayoutCheck& c : std::as_const(m_status.payouts))
                if (c.txHash == h)
                    kept.append(c);
        m_status.payouts = kept;
        finish(QString());
        // A payout not on the chain yet is looked up again soon, not in a minute.
        if (std::any_of(kept.cbegin(), kept.cend(),
                [](const PayoutCheck& c) { return c.state == PayoutCheck::State::NotFound; }))
            m_nextMs = m_mono() + kPayoutPollMs;
        return;
    }
    const QString hash = hashes.takeFirst();
    const quint64 generation = m_generation;
    QPointer<WalletWatch> self(this);
    m_client->receipt(QByteArray::fromHex(hash.mid(2).toLatin1()),
        [this, self, generation, hashes, hash, node](
            const std::optional<chain::Receipt>& r, const std::optional<chain::ChainError>& e) {
            if (!self || m_generation != generation)
                return;
            if (e)
                return fail(*e, node);
            PayoutCheck check;
            check.txHash = hash;
            if (r) {
                check.state = !r->success                          ? PayoutCheck::State::Failed
                    : paysUs(*r, m_watchedAmounts.value(hash, -1)) ? PayoutCheck::State::Succeeded
                                                                   : PayoutCheck::State::NotThisPayout;
                check.block = r->blockNumber;
            }
            auto it = std::find_if(m_status.payouts.begin(), m_status.payouts.end(),
                [&hash](const PayoutCheck& c) { return c.txHash == hash; });
            if (it == m_status.payouts.end())
                m_status.payouts.append(check);
            else
                *it = check;
            checkPayouts(hashes, node);
        });
}

bool WalletWatch::paysUs(const chain::Receipt& r, qint64 microTokens) const
{
    // The hub's hash must name a transfer of this token, of exactly that amount, to this
    // address: any other successful transaction proves nothing about this payout.
    const auto expected = microTokens > 0
        ? evm::microTokensToBaseUnits(microTokens, static_cast<unsigned>(m_chain->decimals))
        : std::nullopt;
    if (!expected)
        return false;
    const QByteArray token = addressBytes(m_chain->token);
    const QByteArray to = evm::Abi::encodeAddress(addressBytes(m_address));
    for (const chain::LogEntry& log : r.logs) {
        if (log.address != token || log.topics.size() != 3 || log.topics.at(0) != evm::Abi::transferTopic()
            || log.topics.at(2) != to)
            continue;
        QString why;
        const auto value = evm::Abi::decodeUint256(log.data, &why);
        if (value && *value == *expected)
            return true;
    }
    return false;
}

void WalletWatch::fail(const chain::ChainError& e, const QString& node)
{
    // The card says what happened in plain words; the node's own words go to Activity, once
    // per kind of failure, for whoever wants the detail.
    const QString detail = tr("Reading the wallet balance from %1 failed: %2").arg(node, e.message);
    if (detail != m_lastDetail)
        Q_EMIT activity(detail);
    m_lastDetail = detail;
    finish(e.kind == chain::ChainError::Kind::Transport
            ? tr("Could not reach the blockchain node (%1).").arg(node)
            : tr("The blockchain node (%1) gave an answer this app cannot use.").arg(node));
}

void WalletWatch::restore(const WalletStatus& last)
{
    // Only the same address on the same chain and token: anything else is another wallet.
    if (m_status.address.isEmpty() || last.address != m_status.address || last.chainId != m_status.chainId
        || last.token.compare(m_status.token, Qt::CaseInsensitive) != 0 || last.asOf <= m_status.asOf)
        return;
    m_status.balance = last.balance;
    m_status.nativeBalance = last.nativeBalance;
    m_status.block = last.block;
    m_status.payouts = last.payouts;
    m_status.asOf = last.asOf;
    Q_EMIT changed();
}

void WalletWatch::finish(const QString& error)
{
    if (error.isEmpty())
        m_lastDetail.clear();
    m_inFlight = false;
    m_status.error = error;
    m_nextMs = m_mono() + (error.isEmpty() ? kPollMs : kRetryMs);
    Q_EMIT changed();
}

} // namespace sc::core
