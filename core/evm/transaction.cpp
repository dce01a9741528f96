// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/transaction.h"

#include "evm/keccak.h"
#include "evm/rlp.h"

namespace sc::evm {

namespace {
    QList<QByteArray> unsignedFields(const Eip1559Transaction& tx)
    {
        return { Rlp::encodeUint(tx.chainId), Rlp::encodeUint(tx.nonce),
            Rlp::encodeUint(tx.maxPriorityFeePerGas), Rlp::encodeUint(tx.maxFeePerGas),
            Rlp::encodeUint(tx.gasLimit), Rlp::encodeBytes(tx.to), Rlp::encodeUint(tx.value),
            Rlp::encodeBytes(tx.data), Rlp::encodeList({}) };
    }

    template <typename T> std::optional<T> fail(QString* error, const QString& why)
    {
        if (error)
            *error = why;
        return std::nullopt;
    }
} // namespace

QByteArray Eip1559Transaction::signingPayload() const
{
    return QByteArray(1, kType) + Rlp::encodeList(unsignedFields(*this));
}

QByteArray Eip1559Transaction::signingHash() const { return Keccak256::hash(signingPayload()); }

std::optional<QByteArray> Eip1559Transaction::sign(const Secp256k1Key& key, QString* error) const
{
    if (to.size() != 20)
        return fail<QByteArray>(error, QStringLiteral("transaction: 'to' must be a 20-byte address"));
    const std::optional<RecoverableSignature> sig = key.sign(signingHash());
    if (!sig)
        return fail<QByteArray>(error, QStringLiteral("transaction: signing failed"));
    QList<QByteArray> fields = unsignedFields(*this);
    fields << Rlp::encodeUint(static_cast<std::uint64_t>(sig->recoveryId)) << Rlp::encodeUint(sig->r)
           << Rlp::encodeUint(sig->s);
    return QByteArray(1, kType) + Rlp::encodeList(fields);
}

QByteArray Eip1559Transaction::hash(QByteArrayView raw) { return Keccak256::hash(raw); }

std::optional<SignedEip1559Transaction> SignedEip1559Transaction::decode(QByteArrayView raw, QString* error)
{
    using Out = SignedEip1559Transaction;
    if (raw.isEmpty() || raw[0] != Eip1559Transaction::kType)
        return fail<Out>(error, QStringLiteral("transaction: not type 2"));
    const std::optional<RlpItem> list = Rlp::decode(raw.sliced(1), error);
    if (!list)
        return std::nullopt;
    if (!list->isList || list->items.size() != 12)
        return fail<Out>(error, QStringLiteral("transaction: expected a list of 12 fields"));
    const QList<RlpItem>& f = list->items;
    std::optional<Uint256> ints[12];
    for (int i : { 0, 1, 2, 3, 4, 6, 9, 10, 11 }) {
        ints[i] = Rlp::toUint(f[i], error);
        if (!ints[i])
            return std::nullopt;
    }
    const auto small = [](const std::optional<Uint256>& v) { return v->toUint64(); };
    if (!small(ints[0]) || !small(ints[1]) || !small(ints[4]))
        return fail<Out>(error, QStringLiteral("transaction: chainId, nonce or gasLimit above 64 bits"));
    if (f[5].isList || f[5].bytes.size() != 20 || f[7].isList)
        return fail<Out>(error, QStringLiteral("transaction: 'to' or 'data' malformed"));
    if (!f[8].isList || !f[8].items.isEmpty())
        return fail<Out>(error, QStringLiteral("transaction: non-empty access lists are not supported"));
    if (*ints[9] > Uint256(1))
        return fail<Out>(error, QStringLiteral("transaction: yParity must be 0 or 1"));
    Out out;
    out.transaction.chainId = *small(ints[0]);
    out.transaction.nonce = *small(ints[1]);
    out.transaction.maxPriorityFeePerGas = *ints[2];
    out.transaction.maxFeePerGas = *ints[3];
    out.transaction.gasLimit = *small(ints[4]);
    out.transaction.to = f[5].bytes;
    out.transaction.value = *ints[6];
    out.transaction.data = f[7].bytes;
    out.signature.recoveryId = static_cast<int>(*small(ints[9]));
    out.signature.r = *ints[10];
    out.signature.s = *ints[11];
    return out;
}

std::optional<QByteArray> SignedEip1559Transaction::sender() const
{
    return Secp256k1Key::recoverAddress(
        transaction.signingHash(), signature.r, signature.s, signature.recoveryId);
}

} // namespace sc::evm
