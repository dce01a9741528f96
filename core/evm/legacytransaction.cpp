// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/legacytransaction.h"

#include "evm/keccak.h"
#include "evm/rlp.h"

namespace sc::evm {

namespace {
    QList<QByteArray> commonFields(const LegacyTransaction& tx)
    {
        return { Rlp::encodeUint(tx.nonce), Rlp::encodeUint(tx.gasPrice), Rlp::encodeUint(tx.gasLimit),
            Rlp::encodeBytes(tx.to), Rlp::encodeUint(tx.value), Rlp::encodeBytes(tx.data) };
    }
} // namespace

QByteArray LegacyTransaction::signingHash() const
{
    QList<QByteArray> fields = commonFields(*this);
    fields << Rlp::encodeUint(chainId) << Rlp::encodeUint(std::uint64_t(0))
           << Rlp::encodeUint(std::uint64_t(0));
    return Keccak256::hash(Rlp::encodeList(fields));
}

std::optional<Uint256> LegacyTransaction::v(int recoveryId) const
{
    const std::optional<Uint256> twice = Uint256(chainId).checkedMul(2);
    if (!twice || recoveryId < 0)
        return std::nullopt;
    return twice->checkedAdd(Uint256(35 + static_cast<std::uint64_t>(recoveryId)));
}

std::optional<QByteArray> LegacyTransaction::sign(const Secp256k1Key& key, QString* error) const
{
    const auto fail = [error](const QString& why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (to.size() != 20)
        return fail(QStringLiteral("transaction: 'to' must be a 20-byte address"));
    const std::optional<RecoverableSignature> sig = key.sign(signingHash());
    const std::optional<Uint256> vValue = sig ? v(sig->recoveryId) : std::nullopt;
    if (!sig || !vValue)
        return fail(QStringLiteral("transaction: signing failed"));
    QList<QByteArray> fields = commonFields(*this);
    fields << Rlp::encodeUint(*vValue) << Rlp::encodeUint(sig->r) << Rlp::encodeUint(sig->s);
    return Rlp::encodeList(fields);
}

} // namespace sc::evm
