// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/abi.h"

#include "evm/keccak.h"

#include <QStringDecoder>

namespace sc::evm {

namespace {
    constexpr qsizetype kWord = 32;
    constexpr qsizetype kAddressSize = 20;

    template <typename T> std::optional<T> fail(QString* error, const QString& why)
    {
        if (error)
            *error = why;
        return std::nullopt;
    }

    // A word holding an address: twelve zero bytes, then the address.
    std::optional<QByteArray> addressFromWord(QByteArrayView word)
    {
        if (word.size() != kWord)
            return std::nullopt;
        for (qsizetype i = 0; i < kWord - kAddressSize; ++i)
            if (word[i] != '\0')
                return std::nullopt;
        return word.sliced(kWord - kAddressSize).toByteArray();
    }

    // A word used as an offset or length: nullopt unless it fits comfortably in qsizetype.
    std::optional<qsizetype> smallWord(QByteArrayView word)
    {
        const std::optional<std::uint64_t> v = Uint256::fromBigEndian(word)->toUint64();
        if (!v || *v > (1ULL << 31))
            return std::nullopt;
        return static_cast<qsizetype>(*v);
    }
} // namespace

QByteArray Abi::selector(QByteArrayView signature) { return Keccak256::hash(signature).left(4); }

QByteArray Abi::eventTopic(QByteArrayView signature) { return Keccak256::hash(signature); }

QByteArray Abi::transferTopic() { return eventTopic("Transfer(address,address,uint256)"); }

QByteArray Abi::encodeAddress(QByteArrayView address)
{
    if (address.size() != kAddressSize)
        return {};
    return QByteArray(kWord - kAddressSize, '\0') + address.toByteArray();
}

QByteArray Abi::encodeUint256(const Uint256& value) { return value.toBigEndian(); }

QByteArray Abi::transferCall(QByteArrayView to, const Uint256& amount)
{
    const QByteArray toWord = encodeAddress(to);
    if (toWord.isEmpty())
        return {};
    return selector("transfer(address,uint256)") + toWord + encodeUint256(amount);
}

QByteArray Abi::balanceOfCall(QByteArrayView owner)
{
    const QByteArray ownerWord = encodeAddress(owner);
    if (ownerWord.isEmpty())
        return {};
    return selector("balanceOf(address)") + ownerWord;
}

QByteArray Abi::decimalsCall() { return selector("decimals()"); }

QByteArray Abi::symbolCall() { return selector("symbol()"); }

std::optional<Uint256> Abi::decodeUint256(QByteArrayView data, QString* error)
{
    if (data.size() != kWord)
        return fail<Uint256>(error, QStringLiteral("ABI uint256: %1 bytes, expected 32").arg(data.size()));
    return Uint256::fromBigEndian(data);
}

std::optional<unsigned> Abi::decodeUint8(QByteArrayView data, QString* error)
{
    const std::optional<Uint256> v = decodeUint256(data, error);
    if (!v)
        return std::nullopt;
    if (*v > Uint256(255))
        return fail<unsigned>(error, QStringLiteral("ABI uint8 out of range: %1").arg(v->toDecimal()));
    return static_cast<unsigned>(*v->toUint64());
}

std::optional<QString> Abi::decodeString(QByteArrayView data, QString* error)
{
    if (data.size() < 2 * kWord || data.size() % kWord != 0)
        return fail<QString>(error, QStringLiteral("ABI string: %1 bytes of return data").arg(data.size()));
    const std::optional<qsizetype> offset = smallWord(data.first(kWord));
    if (!offset || *offset % kWord != 0 || *offset > data.size() - kWord)
        return fail<QString>(error, QStringLiteral("ABI string: offset out of bounds"));
    const std::optional<qsizetype> length = smallWord(data.sliced(*offset, kWord));
    if (!length || *length > kMaxStringBytes)
        return fail<QString>(error, QStringLiteral("ABI string: longer than %1 bytes").arg(kMaxStringBytes));
    const qsizetype start = *offset + kWord;
    const qsizetype padded = (*length + kWord - 1) / kWord * kWord;
    if (padded > data.size() - start)
        return fail<QString>(error, QStringLiteral("ABI string: length past the end of the data"));
    if (start + padded != data.size())
        return fail<QString>(error, QStringLiteral("ABI string: trailing bytes after the string"));
    for (qsizetype i = start + *length; i < start + padded; ++i)
        if (data[i] != '\0')
            return fail<QString>(error, QStringLiteral("ABI string: non-zero padding"));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(data.sliced(start, *length));
    if (utf8.hasError())
        return fail<QString>(error, QStringLiteral("ABI string: not valid UTF-8"));
    return text;
}

std::optional<TransferLog> Abi::decodeTransferLog(
    const QList<QByteArray>& topics, QByteArrayView data, QString* error)
{
    if (topics.size() != 3 || topics[0] != transferTopic())
        return fail<TransferLog>(error, QStringLiteral("log: not an ERC-20 Transfer event"));
    const std::optional<QByteArray> from = addressFromWord(topics[1]);
    const std::optional<QByteArray> to = addressFromWord(topics[2]);
    if (!from || !to)
        return fail<TransferLog>(error, QStringLiteral("log: a Transfer topic is not an address"));
    const std::optional<Uint256> value = decodeUint256(data, error);
    if (!value)
        return std::nullopt;
    return TransferLog { *from, *to, *value };
}

} // namespace sc::evm
