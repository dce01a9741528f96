// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evm/uint256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace sc::evm {

// A Transfer(address indexed from, address indexed to, uint256 value) event of an ERC-20 token.
struct TransferLog {
    QByteArray from; // 20 bytes
    QByteArray to; // 20 bytes
    Uint256 value;
};

// The little of the Solidity contract ABI that paying an ERC-20 token needs: 4-byte function
// selectors, 32-byte words for address and uint256 arguments, call data for transfer,
// balanceOf, decimals and symbol, and strict decoders for what comes back (a uint256, a
// string, a Transfer log). Decoders check every offset and length against the data and
// reject anything they do not fully understand, with a technical *error.
class Abi final {
public:
    // The first 4 bytes of Keccak-256 of a canonical signature, e.g. "transfer(address,uint256)".
    static QByteArray selector(QByteArrayView signature);
    // Keccak-256 of an event signature: the log's first topic.
    static QByteArray eventTopic(QByteArrayView signature);
    static QByteArray transferTopic(); // Transfer(address,address,uint256)

    // One 32-byte word: the address left-padded with zeros; empty when not 20 bytes.
    static QByteArray encodeAddress(QByteArrayView address);
    static QByteArray encodeUint256(const Uint256& value);

    // Call data; empty when an address is not 20 bytes.
    static QByteArray transferCall(QByteArrayView to, const Uint256& amount);
    static QByteArray balanceOfCall(QByteArrayView owner);
    static QByteArray decimalsCall();
    static QByteArray symbolCall();

    // Return data of exactly one 32-byte word.
    static std::optional<Uint256> decodeUint256(QByteArrayView data, QString* error);
    // decimals(): a uint256 word that must fit the declared uint8.
    static std::optional<unsigned> decodeUint8(QByteArrayView data, QString* error);
    // Return data of one dynamic string: offset word, length word, bytes, zero padding.
    // The string is at most kMaxStringBytes and valid UTF-8.
    static constexpr qsizetype kMaxStringBytes = 1024;
    static std::optional<QString> decodeString(QByteArrayView data, QString* error);
    // A Transfer log: three topics (signature, from, to) and one data word (value).
    static std::optional<TransferLog> decodeTransferLog(
        const QList<QByteArray>& topics, QByteArrayView data, QString* error);
};

} // namespace sc::evm
