// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evm/secp256k1key.h"
#include "evm/uint256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <optional>

namespace sc::evm {

// An EIP-1559 (type 2) transaction, what the hub sends to pay a token transfer: the fields,
// the hash its sender signs, and the signed raw bytes for eth_sendRawTransaction. The access
// list is always empty. Amounts are in wei, gasLimit in gas.
//   signingHash() = keccak256(0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas,
//                                          gasLimit, to, value, data, []]))
//   raw           = 0x02 || rlp([... the same nine ..., yParity, r, s])
//   hash          = keccak256(raw): the transaction hash the chain reports
struct Eip1559Transaction {
    static constexpr char kType = 0x02;

    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    Uint256 maxPriorityFeePerGas;
    Uint256 maxFeePerGas;
    std::uint64_t gasLimit = 0;
    QByteArray to; // 20 bytes (contract creation is not supported)
    Uint256 value;
    QByteArray data;

    // The type byte and RLP of the unsigned fields, and its Keccak-256.
    QByteArray signingPayload() const;
    QByteArray signingHash() const;
    // The signed raw transaction; nullopt with *error when `to` is not 20 bytes or signing fails.
    std::optional<QByteArray> sign(const Secp256k1Key& key, QString* error) const;
    static QByteArray hash(QByteArrayView raw);
};

// A signed type-2 transaction read back from its raw bytes (strict: canonical RLP, nine fields
// plus yParity, r, s; an empty access list).
struct SignedEip1559Transaction {
    Eip1559Transaction transaction;
    RecoverableSignature signature;

    static std::optional<SignedEip1559Transaction> decode(QByteArrayView raw, QString* error);
    // The 20-byte sender recovered from the signature; nullopt when it does not verify.
    std::optional<QByteArray> sender() const;
};

} // namespace sc::evm
