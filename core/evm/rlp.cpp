// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/rlp.h"

namespace sc::evm {

namespace {
    constexpr int kStringBase = 0x80; // 0x80..0xb7 short, 0xb8..0xbf long
    constexpr int kListBase = 0xc0; // 0xc0..0xf7 short, 0xf8..0xff long
    constexpr qsizetype kShortLimit = 55;

    std::optional<RlpItem> fail(QString* error, const QString& why)
    {
        if (error)
            *error = why;
        return std::nullopt;
    }

    // Decodes one item at data[*pos], advancing *pos past it.
    std::optional<RlpItem> decodeAt(QByteArrayView data, qsizetype* pos, int depth, QString* error)
    {
        if (depth > Rlp::kMaxDepth)
            return fail(error, QStringLiteral("RLP nested deeper than %1").arg(Rlp::kMaxDepth));
        if (*pos >= data.size())
            return fail(error, QStringLiteral("RLP truncated at offset %1").arg(*pos));
        const int prefix = static_cast<unsigned char>(data[*pos]);
        const qsizetype start = *pos;
        ++*pos;
        RlpItem item;
        if (prefix < kStringBase) {
            item.bytes = QByteArray(1, static_cast<char>(prefix));
            return item;
        }
        const bool isList = prefix >= kListBase;
        const int base = isList ? kListBase : kStringBase;
        qsizetype length = 0;
        if (prefix - base <= kShortLimit) {
            length = prefix - base;
        } else {
            const int lengthOfLength = prefix - base - static_cast<int>(kShortLimit);
            if (data.size() - *pos < lengthOfLength)
                return fail(error, QStringLiteral("RLP length truncated at offset %1").arg(start));
            if (static_cast<unsigned char>(data[*pos]) == 0)
                return fail(error, QStringLiteral("RLP length with a leading zero at offset %1").arg(start));
            if (lengthOfLength > 4)
                return fail(error, QStringLiteral("RLP item too long at offset %1").arg(start));
            for (int i = 0; i < lengthOfLength; ++i)
                length = (length << 8) | static_cast<unsigned char>(data[*pos + i]);
            *pos += lengthOfLength;
            if (length <= kShortLimit)
                return fail(error, QStringLiteral("RLP long form for a short item at offset %1").arg(start));
        }
        if (data.size() - *pos < length)
            return fail(error, QStringLiteral("RLP payload truncated at offset %1").arg(start));
        const QByteArrayView payload = data.sliced(*pos, length);
        *pos += length;
        if (!isList) {
            if (length == 1 && static_cast<unsigned char>(payload[0]) < kStringBase)
                return fail(
                    error, QStringLiteral("RLP single byte below 0x80 wrapped at offset %1").arg(start));
            item.bytes = payload.toByteArray();
            return item;
        }
        item.isList = true;
        qsizetype inner = 0;
        while (inner < payload.size()) {
            std::optional<RlpItem> child = decodeAt(payload, &inner, depth + 1, error);
            if (!child)
                return std::nullopt;
            item.items.append(std::move(*child));
        }
        return item;
    }
} // namespace

QByteArray Rlp::header(int shortBase, qsizetype length)
{
    if (length <= kShortLimit)
        return QByteArray(1, static_cast<char>(shortBase + length));
    const QByteArray lengthBytes = Uint256(static_cast<std::uint64_t>(length)).toMinimalBigEndian();
    return QByteArray(1, static_cast<char>(shortBase + kShortLimit + lengthBytes.size())) + lengthBytes;
}

QByteArray Rlp::encodeBytes(QByteArrayView bytes)
{
    if (bytes.size() == 1 && static_cast<unsigned char>(bytes[0]) < kStringBase)
        return bytes.toByteArray();
    return header(kStringBase, bytes.size()) + bytes.toByteArray();
}

QByteArray Rlp::encodeUint(const Uint256& value) { return encodeBytes(value.toMinimalBigEndian()); }

QByteArray Rlp::encodeList(const QList<QByteArray>& encodedItems)
{
    QByteArray payload;
    for (const QByteArray& item : encodedItems)
        payload += item;
    return header(kListBase, payload.size()) + payload;
}

QByteArray Rlp::encode(const RlpItem& item)
{
    if (!item.isList)
        return encodeBytes(item.bytes);
    QList<QByteArray> encoded;
    encoded.reserve(item.items.size());
    for (const RlpItem& child : item.items)
        encoded.append(encode(child));
    return encodeList(encoded);
}

std::optional<RlpItem> Rlp::decode(QByteArrayView data, QString* error)
{
    qsizetype pos = 0;
    std::optional<RlpItem> item = decodeAt(data, &pos, 0, error);
    if (!item)
        return std::nullopt;
    if (pos != data.size())
        return fail(error, QStringLiteral("RLP has %1 trailing bytes").arg(data.size() - pos));
    return item;
}

std::optional<Uint256> Rlp::toUint(const RlpItem& item, QString* error)
{
    const auto bad = [error](const QString& why) -> std::optional<Uint256> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (item.isList)
        return bad(QStringLiteral("RLP list where an integer was expected"));
    if (item.bytes.size() > 32)
        return bad(QStringLiteral("RLP integer longer than 32 bytes"));
    if (!item.bytes.isEmpty() && item.bytes[0] == '\0')
        return bad(QStringLiteral("RLP integer with a leading zero byte"));
    return Uint256::fromBigEndian(item.bytes);
}

} // namespace sc::evm
