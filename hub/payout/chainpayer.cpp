// SPDX-License-Identifier: GPL-3.0-or-later
#include "payout/chainpayer.h"

#include "chain/chainclient.h"
#include "evm/abi.h"
#include "evm/transaction.h"

#include <memory>

namespace sc::hub {

namespace {

    QString hex0x(const QByteArray& bytes)
    {
        return QStringLiteral("0x") + QString::fromLatin1(bytes.toHex());
    }

    QByteArray fromHex0x(const QString& text) { return QByteArray::fromHex(text.mid(2).toLatin1()); }

} // namespace

// What one settle run read from the chain before it signs.
struct ChainPayer::Round {
    QList<DuePayout> due;
    quint64 firstNonce = 0;
    evm::Uint256 tokenBalance;
    evm::Uint256 nativeBalance;
    evm::Uint256 baseFee;
    evm::Uint256 priorityFee;
    QHash<QString, quint64> gas; // device → gas limit for its transfer
    qsizetype estimated = 0;
    qsizetype refused = 0; // transfers eth_estimateGas refused
};

ChainPayer::ChainPayer(Payouts& payouts, chain::ChainClient& chain, evm::Secp256k1Key key,
    ChainPayerConfig config, QObject* parent)
    : QObject(parent)
    , m_payouts(payouts)
    , m_chain(chain)
    , m_key(std::move(key))
    , m_config(config)
    , m_sender(hex0x(m_key.address()))
{
    connect(&m_settleTimer, &QTimer::timeout, this, &ChainPayer::settle);
    connect(&m_followTimer, &QTimer::timeout, this, &ChainPayer::follow);
}

ChainPayer::~ChainPayer() = default;

void ChainPayer::start()
{
    if (m_config.every.count() > 0)
        m_settleTimer.start(m_config.every);
    m_followTimer.start(m_config.followEvery);
    follow();
}

void ChainPayer::say(const QString& line) { Q_EMIT log(line); }

void ChainPayer::fail(const QString& step, const QString& line)
{
    if (m_lastFailure.value(step) == line)
        return;
    m_lastFailure.insert(step, line);
    say(line);
}

// ---- step 1: settle ----

void ChainPayer::settle()
{
    if (m_settling || m_following) {
        m_settleDue = true; // the two never interleave: it runs when the follow ends
        return;
    }
    if (!m_payouts.leads())
        return; // another replica pays (Payouts::leads)
    m_settleDue = false;
    m_settling = true;
    const auto due = m_payouts.due(m_config.minAmount);
    const auto open = m_payouts.openOnChain(m_config.chainId, m_sender);
    if (!due || !open) {
        fail(QStringLiteral("settle"), QStringLiteral("payouts: cannot read the database; retried later"));
        return finishSettle(0);
    }
    if (due->isEmpty())
        return finishSettle(0);
    // A payout the node has not taken yet comes first: new nonces would only queue behind it.
    for (const Payout& p : *open) {
        if (p.state == PayoutState::Signed) {
            fail(QStringLiteral("settle"),
                QStringLiteral(
                    "payouts: waiting for payout %1 (nonce %2) to reach the chain before paying more")
                    .arg(p.id)
                    .arg(*p.nonce));
            return finishSettle(0);
        }
    }
    auto round = std::make_shared<Round>();
    round->due = *due;
    using Next = std::function<void()>;
    using Error = std::optional<chain::ChainError>;
    auto malformed = [](const Error& e) { return e ? e->message : QStringLiteral("malformed reply"); };
    const QList<std::function<void(Next)>> steps {
        [this](Next next) {
            m_chain.chainId([this, next](const quint64& id, const Error& e) {
                if (e)
                    return hold(QStringLiteral("payouts: the chain did not answer (%1); retried later")
                                    .arg(e->message));
                if (id != m_config.chainId)
                    return hold(
                        QStringLiteral("payouts held: the chain now says chain id %1, the network pays on %2")
                            .arg(id)
                            .arg(m_config.chainId));
                next();
            });
        },
        // The nonce comes from the hub's own records; the chain's count only checks them.
        [this, round](Next next) {
            m_chain.transactionCount(
                m_key.address(), true, [this, round, next](const quint64& pending, const Error& e) {
                    if (e)
                        return hold(
                            QStringLiteral("payouts: eth_getTransactionCount failed (%1)").arg(e->message));
                    bool ok = false;
                    const auto ours = m_payouts.nextNonce(m_config.chainId, m_sender, &ok);
                    if (!ok)
                        return hold(QStringLiteral("payouts: cannot read the database; retried later"));
                    if (ours && pending > *ours)
                        return hold(QStringLiteral(
                            "payouts held: the payout key %1 has sent %2 transactions, this hub"
                            " made %3; another program uses the key (give each hub its own key)")
                                        .arg(m_sender)
                                        .arg(pending)
                                        .arg(*ours));
                    round->firstNonce = ours.value_or(pending);
                    next();
                });
        },
        [this, round](Next next) {
            m_chain.call(m_config.token, evm::Abi::balanceOfCall(m_key.address()),
                [this, round, next](const QByteArray& word, const Error& e) {
                    QString why;
                    const auto balance = e ? std::nullopt : evm::Abi::decodeUint256(word, &why);
                    if (!balance)
                        return hold(QStringLiteral("payouts: cannot read the key's token balance (%1)")
                                        .arg(e ? e->message : why));
                    round->tokenBalance = *balance;
                    next();
                });
        },
        [this, round, malformed](Next next) {
            m_chain.balance(
                m_key.address(), [this, round, next, malformed](const QByteArray& wei, const Error& e) {
                    const auto native = e ? std::nullopt : evm::Uint256::fromHex(QString::fromLatin1(wei));
                    if (!native)
                        return hold(QStringLiteral("payouts: cannot read the key's gas balance (%1)")
                                        .arg(malformed(e)));
                    round->nativeBalance = *native;
                    next();
                });
        },
        [this, round, malformed](Next next) {
            m_chain.nextBaseFee([this, round, next, malformed](const QByteArray& fee, const Error& e) {
                const auto base = e ? std::nullopt : evm::Uint256::fromHex(QString::fromLatin1(fee));
                if (!base)
                    return hold(QStringLiteral("payouts: eth_feeHistory failed (%1)").arg(malformed(e)));
                round->baseFee = *base;
                next();
            });
        },
        [this, round, malformed](Next next) {
            m_chain.maxPriorityFeePerGas([this, round, next, malformed](
                                             const QByteArray& tip, const Error& e) {
                const auto priority = e ? std::nullopt : evm::Uint256::fromHex(QString::fromLatin1(tip));
                if (!priority)
                    return hold(
                        QStringLiteral("payouts: eth_maxPriorityFeePerGas failed (%1)").arg(malformed(e)));
                round->priorityFee = *priority;
                next();
            });
        },
        [this, round](Next) { signDue(round); },
    };
    runSteps(steps);
}

void ChainPayer::runSteps(QList<std::function<void(std::function<void()>)>> steps)
{
    if (steps.isEmpty())
        return;
    const auto first = steps.takeFirst();
    first([this, steps] { runSteps(steps); });
}

// Estimates the gas of each due transfer (one at a time), then signs what can be paid.
void ChainPayer::signDue(const std::shared_ptr<Round>& round)
{
    if (round->estimated < round->due.size()) {
        const DuePayout d = round->due.at(round->estimated++);
        const auto amount = evm::microTokensToBaseUnits(d.amount, m_config.decimals);
        const QByteArray to = fromHex0x(d.address);
        if (!amount || to.size() != 20) {
            fail(QStringLiteral("estimate ") + d.deviceId,
                QStringLiteral("payouts: %1 micro-tokens to %2 cannot be paid in this token (%3 decimals)")
                    .arg(d.amount)
                    .arg(d.address)
                    .arg(m_config.decimals));
            return signDue(round);
        }
        m_chain.estimateGas(m_key.address(), m_config.token, evm::Abi::transferCall(to, *amount),
            [this, round, d](const quint64& gas, const std::optional<chain::ChainError>& e) {
                if (e) {
                    ++round->refused;
                    fail(QStringLiteral("estimate ") + d.deviceId,
                        QStringLiteral("payouts: the chain would refuse a transfer to %1 (%2); it waits")
                            .arg(d.address, e->message));
                } else {
                    m_lastFailure.remove(QStringLiteral("estimate ") + d.deviceId);
                    round->gas.insert(d.deviceId, gas + gas / 4); // a margin: state may change before it runs
                }
                signDue(round);
            });
        return;
    }
    // EIP-1559: pay up to twice the next base fee plus the tip, so a rising base fee for a few
    // blocks does not strand the transaction; the chain charges only base fee + tip.
    const auto twice = round->baseFee.checkedMul(2);
    const auto maxFee = twice ? twice->checkedAdd(round->priorityFee) : std::nullopt;
    if (!maxFee)
        return hold(QStringLiteral("payouts: the chain's fees are out of range"));
    const auto open = m_payouts.openTotal(m_config.chainId, m_sender);
    if (!open)
        return finishSettle(0);
    const qint64 tokens = evm::baseUnitsToMicroTokensFloor(round->tokenBalance, m_config.decimals);
    ChainSettlement chain;
    chain.chainId = m_config.chainId;
    chain.sender = m_sender;
    chain.firstNonce = round->firstNonce;
    chain.maxTotal = std::max<qint64>(0, tokens - *open);
    chain.maxCount = Payouts::kMaxPerRun;
    auto gasLeft = std::make_shared<evm::Uint256>(round->nativeBalance);
    auto shortOfGas = std::make_shared<int>(0);
    chain.sign = [this, round, maxFee, gasLeft, shortOfGas](
                     const DuePayout& d, quint64 nonce) -> std::optional<SignedTransfer> {
        const auto gas = round->gas.constFind(d.deviceId);
        const auto amount = evm::microTokensToBaseUnits(d.amount, m_config.decimals);
        if (gas == round->gas.constEnd() || !amount)
            return std::nullopt;
        const auto cost = maxFee->checkedMul(*gas);
        const auto left = cost ? gasLeft->checkedSub(*cost) : std::nullopt;
        if (!left) {
            ++*shortOfGas;
            return std::nullopt;
        }
        evm::Eip1559Transaction tx;
        tx.chainId = m_config.chainId;
        tx.nonce = nonce;
        tx.maxPriorityFeePerGas = round->priorityFee;
        tx.maxFeePerGas = *maxFee;
        tx.gasLimit = *gas;
        tx.to = m_config.token;
        tx.data = evm::Abi::transferCall(fromHex0x(d.address), *amount);
        QString error;
        const auto raw = tx.sign(m_key, &error);
        if (!raw)
            return std::nullopt;
        *gasLeft = *left;
        return SignedTransfer { *raw, hex0x(evm::Eip1559Transaction::hash(*raw)), amount->toDecimal() };
    };
    QList<Payout> made;
    if (!m_payouts.settleOnChain(m_config.minAmount, chain, &made).ok())
        return hold(QStringLiteral("payouts: cannot write to the database; nothing was paid"));
    qint64 paid = 0;
    for (const Payout& p : made)
        paid += p.amount;
    // Those the chain would refuse were said above; these wait for funds.
    const qsizetype waiting = round->due.size() - made.size() - round->refused;
    if (!made.isEmpty())
        say(QStringLiteral("payouts: signed %1 transfer(s), %2 micro-tokens, nonces %3-%4")
                .arg(made.size())
                .arg(paid)
                .arg(*made.constFirst().nonce)
                .arg(*made.constLast().nonce));
    if (waiting > 0) {
        fail(QStringLiteral("funds"),
            *shortOfGas > 0
                ? QStringLiteral("payouts: %1 wait: the payout key %2 has too little gas coin; fund it")
                      .arg(waiting)
                      .arg(m_sender)
                : QStringLiteral("payouts: %1 wait: the payout key %2 holds too few tokens (or a transfer"
                                 " would fail); fund it")
                      .arg(waiting)
                      .arg(m_sender));
    } else {
        m_lastFailure.remove(QStringLiteral("funds"));
    }
    m_lastFailure.remove(QStringLiteral("settle"));
    finishSettle(static_cast<int>(made.size()));
}

void ChainPayer::hold(const QString& line)
{
    fail(QStringLiteral("settle"), line);
    finishSettle(0);
}

void ChainPayer::finishSettle(int made)
{
    m_settling = false;
    Q_EMIT settled(made);
    if (made > 0)
        follow();
}

// ---- step 2: follow ----

void ChainPayer::follow()
{
    if (m_following || m_settling || !m_payouts.leads())
        return;
    const auto open = m_payouts.openOnChain(m_config.chainId, m_sender);
    if (!open) {
        fail(QStringLiteral("follow"), QStringLiteral("payouts: cannot read the database; retried later"));
        return;
    }
    if (open->isEmpty()) {
        Q_EMIT followed(0);
        return;
    }
    m_following = true;
    m_chain.blockNumber([this, list = *open](const quint64& head, const std::optional<chain::ChainError>& e) {
        if (e) {
            fail(QStringLiteral("follow"),
                QStringLiteral(
                    "payouts: the chain did not answer (%1); %2 payout(s) wait to be sent or confirmed")
                    .arg(e->message)
                    .arg(list.size()));
            return endFollow(false);
        }
        followNext(list, head);
    });
}

void ChainPayer::followNext(QList<Payout> open, quint64 head)
{
    if (open.isEmpty())
        return endFollow(true);
    const Payout p = open.takeFirst();
    auto next = [this, open, head] { followNext(open, head); };
    m_chain.receipt(fromHex0x(p.txHash),
        [this, p, head, next](
            const std::optional<chain::Receipt>& r, const std::optional<chain::ChainError>& e) {
            if (e) {
                // One payout's trouble holds none of the others back.
                fail(QStringLiteral("receipt ") + QString::number(p.id),
                    QStringLiteral("payouts: cannot read the receipt of payout %1 (%2); retried")
                        .arg(p.id)
                        .arg(e->message));
                return next();
            }
            m_lastFailure.remove(QStringLiteral("receipt ") + QString::number(p.id));
            if (r)
                m_dropSuspects.remove(p.id); // mined: whatever looked taken was not
            if (!r) {
                const auto sent = m_lastSent.constFind(p.id);
                const bool due = sent == m_lastSent.constEnd()
                    || sent->elapsed() >= std::chrono::milliseconds(m_config.rebroadcastAfter).count();
                if (due)
                    return broadcast(p, next);
                return next();
            }
            // Success or failure, a receipt counts only once it is deep enough: a reorg may
            // still move the transaction, and a revert must be final before its credit is
            // paid again.
            const quint64 depth = head >= r->blockNumber ? head - r->blockNumber + 1 : 0;
            if (depth < static_cast<quint64>(m_config.confirmations)) {
                if (p.state == PayoutState::Signed)
                    (void)m_payouts.markSent(p.id);
                return next();
            }
            if (!r->success) {
                failPayout(p, PayoutState::Reverted,
                    QStringLiteral("the token contract refused the transfer (status 0 in block %1)")
                        .arg(r->blockNumber));
                return next();
            }
            const auto price = evm::Uint256::fromHex(QString::fromLatin1(r->effectiveGasPrice));
            const auto fee = price ? price->checkedMul(r->gasUsed) : std::nullopt;
            if (m_payouts.markConfirmed(p.id, r->blockNumber, r->gasUsed, fee ? fee->toDecimal() : QString())
                    .ok()) {
                m_lastSent.remove(p.id);
                say(QStringLiteral(
                    "payouts: payout %1 confirmed: %2 micro-tokens to %3 in block %4, %5 gas (%6)")
                        .arg(p.id)
                        .arg(p.amount)
                        .arg(p.address)
                        .arg(r->blockNumber)
                        .arg(r->gasUsed)
                        .arg(p.txHash));
            }
            next();
        });
}

void ChainPayer::broadcast(const Payout& p, std::function<void()> next)
{
    m_lastSent[p.id].start();
    m_chain.sendRawTransaction(
        p.rawTx, [this, p, next](const QByteArray& hash, const std::optional<chain::ChainError>& e) {
            if (!e) {
                if (hex0x(hash) != p.txHash)
                    say(QStringLiteral("payouts: the node named payout %1 %2, not %3")
                            .arg(p.id)
                            .arg(hex0x(hash), p.txHash));
                if (p.state == PayoutState::Signed)
                    (void)m_payouts.markSent(p.id);
                return next();
            }
            if (e->kind != chain::ChainError::Kind::Rpc) {
                fail(QStringLiteral("send ") + QString::number(p.id),
                    QStringLiteral("payouts: cannot send payout %1 (%2); retried").arg(p.id).arg(e->message));
                return next();
            }
            // The node has it already (its reply to the first send was lost): it is sent.
            if (e->message.contains(QLatin1String("already known"), Qt::CaseInsensitive)
                || e->message.contains(QLatin1String("already imported"), Qt::CaseInsensitive)) {
                if (p.state == PayoutState::Signed)
                    (void)m_payouts.markSent(p.id);
                return next();
            }
            // The node refused it: already in its pool, or mined, or its nonce taken, or no funds.
            checkNonceTaken(p, [this, p, next, message = e->message] {
                if (!m_lastSent.contains(p.id))
                    return next(); // dropped just now: said already
                fail(QStringLiteral("send ") + QString::number(p.id),
                    QStringLiteral("payouts: the node refused payout %1 (%2); sent again in %3 s")
                        .arg(p.id)
                        .arg(message)
                        .arg(m_config.rebroadcastAfter.count()));
                next();
            });
        });
}

// A refused transaction whose nonce is below the sender's mined count and that has no receipt
// of its own can never be mined: another transaction used the nonce, and its credits go back.
// That is decided only when it has held, on the network's chain, on every check for at least
// twice the resend interval: one lagging node (a load balancer's) must not unpay a payout that
// was mined.
void ChainPayer::checkNonceTaken(const Payout& p, std::function<void()> next)
{
    m_chain.transactionCount(m_key.address(), false,
        [this, p, next](const quint64& mined, const std::optional<chain::ChainError>& e) {
            if (e)
                return next();
            if (mined <= *p.nonce) {
                m_dropSuspects.remove(p.id);
                return next();
            }
            m_chain.receipt(fromHex0x(p.txHash),
                [this, p, next](
                    const std::optional<chain::Receipt>& r, const std::optional<chain::ChainError>& failed) {
                    if (failed || r) {
                        m_dropSuspects.remove(p.id);
                        return next(); // mined after all: the next follow confirms it
                    }
                    m_chain.chainId(
                        [this, p, next](const quint64& id, const std::optional<chain::ChainError>& e2) {
                            if (e2 || id != m_config.chainId) {
                                m_dropSuspects.remove(p.id);
                                return next();
                            }
                            auto suspect = m_dropSuspects.find(p.id);
                            if (suspect == m_dropSuspects.end()) {
                                m_dropSuspects[p.id].start();
                                return next();
                            }
                            if (suspect->elapsed()
                                < 2 * std::chrono::milliseconds(m_config.rebroadcastAfter).count())
                                return next();
                            m_dropSuspects.erase(suspect);
                            failPayout(p, PayoutState::Dropped,
                                QStringLiteral("nonce %1 was used by another transaction of the payout key")
                                    .arg(*p.nonce));
                            next();
                        });
                });
        });
}

void ChainPayer::failPayout(const Payout& p, PayoutState state, const QString& reason)
{
    if (!m_payouts.markFailed(p.id, state, reason).ok())
        return;
    m_lastSent.remove(p.id);
    m_lastFailure.remove(QStringLiteral("send ") + QString::number(p.id));
    say(QStringLiteral("payouts: payout %1 to %2 %3: %4; its %5 micro-tokens are unpaid again")
            .arg(p.id)
            .arg(p.address, toString(state), reason)
            .arg(p.amount));
}

void ChainPayer::endFollow(bool completed)
{
    m_following = false;
    if (completed)
        m_lastFailure.remove(QStringLiteral("follow"));
    const auto left = m_payouts.openOnChain(m_config.chainId, m_sender);
    Q_EMIT followed(left ? static_cast<int>(left->size()) : -1);
    if (m_settleDue)
        settle();
}

} // namespace sc::hub
