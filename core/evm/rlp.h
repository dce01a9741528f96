// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evm/uint256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace sc::evm {

// One decoded RLP item: a byte string or a list of items.
struct RlpItem {
    bool isList = false;
    QByteArray bytes; // when !isList
    QList<RlpItem> items; // when isList
};

// Recursive Length Prefix, Ethereum's serialisation of transactions (Yellow Paper, appendix B).
// Written here rather than taken from a library: it is small, fully specified, and Debian has
// no package for it. The encoder builds canonical output; the decoder accepts only canonical
// input (the shortest length form, single bytes below 0x80 never wrapped, integers without
// leading zeros) and all of it, so a signed transaction reads back to exactly one meaning.
class Rlp final {
public:
    static QByteArray encodeBytes(QByteArrayView bytes);
    // Integers are their minimal big-endian bytes: 0 → 0x80, 15 → 0x0f, 1024 → 0x820400.
    static QByteArray encodeUint(const Uint256& value);
    static QByteArray encodeUint(std::uint64_t value) { return encodeUint(Uint256(value)); }
    // A list of already-encoded items, concatenated under a list header.
    static QByteArray encodeList(const QList<QByteArray>& encodedItems);
    // A decoded item encoded again; for canonical input, encode(*decode(x)) == x.
    static QByteArray encode(const RlpItem& item);

    // Decodes exactly one item spanning all of data; nullopt with *error (technical) otherwise.
    // Nesting deeper than kMaxDepth is refused.
    static constexpr int kMaxDepth = 16;
    static std::optional<RlpItem> decode(QByteArrayView data, QString* error);
    // A string item read as an integer: at most 32 bytes, no leading zero byte.
    static std::optional<Uint256> toUint(const RlpItem& item, QString* error);

private:
    static QByteArray header(int shortBase, qsizetype length);
};

} // namespace sc::evm
