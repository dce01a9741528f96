// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evm/secp256k1key.h"
#include "evm/uint256.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace sc::evm {

// A pre-EIP-1559 transaction with EIP-155 replay protection. Kept for chains without
// EIP-1559 and because EIP-155's published example checks the signing path end to end.
//   signingHash() = keccak256(rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0]))
//   raw           = rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s]),
//                   v = recoveryId + 35 + 2 * chainId
struct LegacyTransaction {
    std::uint64_t nonce = 0;
    Uint256 gasPrice;
    std::uint64_t gasLimit = 0;
    QByteArray to; // 20 bytes
    Uint256 value;
    QByteArray data;
    std::uint64_t chainId = 0;

    QByteArray signingHash() const;
    // The signed raw transaction; nullopt with *error when `to` is not 20 bytes or signing fails.
    std::optional<QByteArray> sign(const Secp256k1Key& key, QString* error) const;
    // EIP-155's v for a recovery id; nullopt if it would not fit (absurd chain ids).
    std::optional<Uint256> v(int recoveryId) const;
};

} // namespace sc::evm
