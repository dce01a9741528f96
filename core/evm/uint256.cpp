// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/uint256.h"

#include <algorithm>
#include <limits>

namespace sc::evm {

namespace {
    int hexValue(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }
} // namespace

QByteArray Uint256::toBigEndian() const
{
    QByteArray out(32, '\0');
    for (int i = 0; i < 32; ++i) {
        const int fromLsb = 31 - i;
        out[i] = static_cast<char>(
            (m_limbs[static_cast<std::size_t>(fromLsb / 8)] >> (8 * (fromLsb % 8))) & 0xff);
    }
    return out;
}

QByteArray Uint256::toMinimalBigEndian() const { return toBigEndian().right(byteLength()); }

std::optional<Uint256> Uint256::fromBigEndian(QByteArrayView bytes)
{
    if (bytes.size() > 32)
        return std::nullopt;
    Uint256 v;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype fromLsb = n - 1 - i;
        v.m_limbs[static_cast<std::size_t>(fromLsb / 8)]
            |= std::uint64_t(static_cast<unsigned char>(bytes[i])) << (8 * (fromLsb % 8));
    }
    return v;
}

QString Uint256::toQuantity() const
{
    if (isZero())
        return QStringLiteral("0x0");
    QString hex = QString::fromLatin1(toMinimalBigEndian().toHex());
    if (hex.startsWith(QLatin1Char('0')))
        hex.remove(0, 1);
    return QStringLiteral("0x") + hex;
}

std::optional<Uint256> Uint256::fromHex(QStringView text)
{
    if (text.size() < 3 || text[0] != u'0' || (text[1] != u'x' && text[1] != u'X'))
        return std::nullopt;
    const QStringView digits = text.mid(2);
    const bool dataWord = digits.size() == 64;
    if (!dataWord && (digits.size() > 64 || (digits.size() > 1 && digits[0] == u'0')))
        return std::nullopt;
    Uint256 v;
    for (const QChar c : digits) {
        const int d = hexValue(c);
        if (d < 0)
            return std::nullopt;
        // Shift left by 4 bits; at most 64 digits, so nothing is lost.
        for (std::size_t i = 3; i > 0; --i)
            v.m_limbs[i] = (v.m_limbs[i] << 4) | (v.m_limbs[i - 1] >> 60);
        v.m_limbs[0] = (v.m_limbs[0] << 4) | std::uint64_t(d);
    }
    return v;
}

QString Uint256::toDecimal() const
{
    if (isZero())
        return QStringLiteral("0");
    // Nineteen digits at a time (10^19 < 2^64).
    constexpr std::uint64_t chunk = 10'000'000'000'000'000'000ULL;
    QString out;
    Uint256 rest = *this;
    while (!rest.isZero()) {
        const DivMod dm = *rest.divMod(chunk);
        QString part = QString::number(dm.remainder);
        rest = dm.quotient;
        if (!rest.isZero())
            part = part.rightJustified(19, QLatin1Char('0'));
        out.prepend(part);
    }
    return out;
}

std::optional<Uint256> Uint256::fromDecimal(QStringView text)
{
    if (text.isEmpty())
        return std::nullopt;
    Uint256 v;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < u'0' || u > u'9')
            return std::nullopt;
        const std::optional<Uint256> times10 = v.checkedMul(10);
        if (!times10)
            return std::nullopt;
        const std::optional<Uint256> next = times10->checkedAdd(Uint256(std::uint64_t(u - u'0')));
        if (!next)
            return std::nullopt;
        v = *next;
    }
    return v;
}

QString Uint256::formatUnits(unsigned decimals) const
{
    QString digits = toDecimal();
    const auto d = static_cast<qsizetype>(decimals);
    if (d == 0)
        return digits;
    if (digits.size() <= d)
        digits = digits.rightJustified(d + 1, QLatin1Char('0'));
    QString whole = digits.left(digits.size() - d);
    QString fraction = digits.right(d);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return fraction.isEmpty() ? whole : whole + QLatin1Char('.') + fraction;
}

std::optional<Uint256> Uint256::parseUnits(QStringView text, unsigned decimals, QString* error)
{
    const auto fail = [error](const QString& why) -> std::optional<Uint256> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const qsizetype dot = text.indexOf(u'.');
    const QStringView whole = dot < 0 ? text : text.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : text.mid(dot + 1);
    const auto allDigits = [](QStringView s) {
        for (const QChar c : s)
            if (c.unicode() < u'0' || c.unicode() > u'9')
                return false;
        return true;
    };
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty()) || !allDigits(whole) || !allDigits(fraction))
        return fail(tr("An amount is written with the digits 0–9 and at most one decimal point, "
                       "like 12 or 1.5."));
    if (fraction.size() > static_cast<qsizetype>(decimals))
        return fail(tr("This token has %1 decimal places; the amount has more.").arg(decimals));
    // Scale by appending the fraction and padding with zeros: exact, no floating point.
    QString scaled = whole.toString() + fraction.toString();
    scaled += QString(static_cast<qsizetype>(decimals) - fraction.size(), QLatin1Char('0'));
    const std::optional<Uint256> v = fromDecimal(scaled);
    if (!v)
        return fail(tr("The amount is too large."));
    return v;
}

std::optional<Uint256> microTokensToBaseUnits(std::int64_t microTokens, unsigned decimals)
{
    if (microTokens < 0)
        return std::nullopt;
    const Uint256 micro(static_cast<std::uint64_t>(microTokens));
    constexpr unsigned kMicroDecimals = 6;
    if (decimals >= kMicroDecimals) {
        const std::optional<Uint256> scale = Uint256::pow10(decimals - kMicroDecimals);
        if (!scale)
            return micro.isZero() ? std::optional<Uint256>(Uint256()) : std::nullopt;
        return micro.checkedMul(*scale);
    }
    const std::uint64_t divisor = *(*Uint256::pow10(kMicroDecimals - decimals)).toUint64();
    const Uint256::DivMod dm = *micro.divMod(divisor);
    if (dm.remainder != 0)
        return std::nullopt;
    return dm.quotient;
}

std::int64_t baseUnitsToMicroTokensFloor(const Uint256& baseUnits, unsigned decimals)
{
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    constexpr unsigned kMicroDecimals = 6;
    Uint256 v = baseUnits;
    if (decimals >= kMicroDecimals) {
        // Divide by 10^(decimals - 6), at most 10^19 (fits 64 bits) at a time.
        for (unsigned left = decimals - kMicroDecimals; left > 0 && !v.isZero();) {
            const unsigned step = std::min(left, 19u);
            v = v.divMod(*(*Uint256::pow10(step)).toUint64())->quotient;
            left -= step;
        }
    } else {
        const auto scaled = v.checkedMul(*(*Uint256::pow10(kMicroDecimals - decimals)).toUint64());
        if (!scaled)
            return kMax;
        v = *scaled;
    }
    const auto small = v.toUint64();
    return small && *small <= static_cast<std::uint64_t>(kMax) ? static_cast<std::int64_t>(*small) : kMax;
}

} // namespace sc::evm
