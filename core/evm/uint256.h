// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <array>
#include <compare>
#include <cstdint>
#include <optional>

namespace sc::evm {

// An exact unsigned 256-bit integer: the EVM's word, token balances in base units, gas prices.
// A value type of four 64-bit limbs (least significant first). Nothing wraps silently: adding,
// subtracting and multiplying return std::nullopt when the exact result does not fit. No
// floating point anywhere; decimal display goes through formatUnits()/parseUnits().
class Uint256 final {
    Q_DECLARE_TR_FUNCTIONS(Uint256)

public:
    constexpr Uint256() = default;
    constexpr explicit Uint256(std::uint64_t value)
        : m_limbs { value, 0, 0, 0 }
    {
    }
    // From the most significant limb down.
    static constexpr Uint256 fromLimbs(std::uint64_t l3, std::uint64_t l2, std::uint64_t l1, std::uint64_t l0)
    {
        Uint256 v;
        v.m_limbs = { l0, l1, l2, l3 };
        return v;
    }
    static constexpr Uint256 max() { return fromLimbs(~0ULL, ~0ULL, ~0ULL, ~0ULL); }

    constexpr bool isZero() const { return (m_limbs[0] | m_limbs[1] | m_limbs[2] | m_limbs[3]) == 0; }
    // limb(0) is the least significant.
    constexpr std::uint64_t limb(int i) const { return m_limbs[static_cast<std::size_t>(i)]; }
    // The value as 64 bits, or nullopt when it is larger.
    constexpr std::optional<std::uint64_t> toUint64() const
    {
        if (m_limbs[1] | m_limbs[2] | m_limbs[3])
            return std::nullopt;
        return m_limbs[0];
    }
    // Number of significant bits (0 for zero) and bytes (0 for zero).
    constexpr int bitLength() const
    {
        for (int i = 3; i >= 0; --i) {
            std::uint64_t w = m_limbs[static_cast<std::size_t>(i)];
            if (w) {
                int bits = 0;
                while (w) {
                    ++bits;
                    w >>= 1;
                }
                return i * 64 + bits;
            }
        }
        return 0;
    }
    constexpr int byteLength() const { return (bitLength() + 7) / 8; }

    constexpr bool operator==(const Uint256&) const = default;
    constexpr std::strong_ordering operator<=>(const Uint256& o) const
    {
        for (int i = 3; i >= 0; --i) {
            const auto k = static_cast<std::size_t>(i);
            if (m_limbs[k] != o.m_limbs[k])
                return m_limbs[k] < o.m_limbs[k] ? std::strong_ordering::less : std::strong_ordering::greater;
        }
        return std::strong_ordering::equal;
    }

    constexpr std::optional<Uint256> checkedAdd(const Uint256& o) const
    {
        Uint256 r;
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::uint64_t a = m_limbs[i];
            const std::uint64_t s = a + o.m_limbs[i];
            const std::uint64_t c1 = s < a ? 1 : 0;
            r.m_limbs[i] = s + carry;
            const std::uint64_t c2 = r.m_limbs[i] < s ? 1 : 0;
            carry = c1 | c2;
        }
        if (carry)
            return std::nullopt;
        return r;
    }
    // nullopt when o > *this (the result would be negative).
    constexpr std::optional<Uint256> checkedSub(const Uint256& o) const
    {
        if (*this < o)
            return std::nullopt;
        Uint256 r;
        std::uint64_t borrow = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const std::uint64_t a = m_limbs[i];
            const std::uint64_t d = a - o.m_limbs[i];
            const std::uint64_t b1 = a < o.m_limbs[i] ? 1 : 0;
            r.m_limbs[i] = d - borrow;
            const std::uint64_t b2 = d < borrow ? 1 : 0;
            borrow = b1 | b2;
        }
        return r;
    }
    constexpr std::optional<Uint256> checkedMul(std::uint64_t m) const
    {
        Uint256 r;
        std::uint64_t carry = 0;
        for (std::size_t i = 0; i < 4; ++i) {
            const auto [lo, hi] = mul64(m_limbs[i], m);
            r.m_limbs[i] = lo + carry;
            carry = hi + (r.m_limbs[i] < lo ? 1 : 0); // hi <= 2^64 - 2, so no wrap here
        }
        if (carry)
            return std::nullopt;
        return r;
    }
    // The full product, or nullopt when it needs more than 256 bits (e.g. gas limit × fee).
    constexpr std::optional<Uint256> checkedMul(const Uint256& o) const
    {
        Uint256 acc;
        for (std::size_t j = 0; j < 4; ++j) {
            if (o.m_limbs[j] == 0)
                continue;
            const std::optional<Uint256> part = checkedMul(o.m_limbs[j]);
            if (!part)
                return std::nullopt;
            // Shift the partial product left by j limbs; anything shifted out is overflow.
            Uint256 shifted;
            for (std::size_t i = 0; i < 4; ++i) {
                if (i + j < 4)
                    shifted.m_limbs[i + j] = part->m_limbs[i];
                else if (part->m_limbs[i] != 0)
                    return std::nullopt;
            }
            const std::optional<Uint256> sum = acc.checkedAdd(shifted);
            if (!sum)
                return std::nullopt;
            acc = *sum;
        }
        return acc;
    }

    struct DivMod;
    // Quotient and remainder; nullopt when the divisor is zero.
    constexpr std::optional<DivMod> divMod(std::uint64_t divisor) const;

    // 10^exponent, or nullopt from 10^78 on (it exceeds 2^256).
    static constexpr std::optional<Uint256> pow10(unsigned exponent)
    {
        Uint256 r(1);
        for (unsigned i = 0; i < exponent; ++i) {
            const std::optional<Uint256> next = r.checkedMul(10);
            if (!next)
                return std::nullopt;
            r = *next;
        }
        return r;
    }

    // 32 bytes, big-endian (an ABI word).
    QByteArray toBigEndian() const;
    // The shortest big-endian form, empty for zero (RLP's integer encoding).
    QByteArray toMinimalBigEndian() const;
    // Up to 32 big-endian bytes (shorter input is left-padded); nullopt when longer.
    static std::optional<Uint256> fromBigEndian(QByteArrayView bytes);

    // JSON-RPC QUANTITY: "0x" + hex without leading zeros, "0x0" for zero.
    QString toQuantity() const;
    // Accepts a QUANTITY (strict: "0x", no leading zeros except "0x0", either case) or a
    // 32-byte DATA word ("0x" + exactly 64 hex digits, leading zeros allowed). Rejects "0x",
    // a missing prefix, signs, spaces and more than 256 bits.
    static std::optional<Uint256> fromHex(QStringView text);

    // Decimal digits, "0" for zero.
    QString toDecimal() const;
    // ASCII digits only (leading zeros allowed, no sign, no spaces); nullopt when empty,
    // malformed or above max().
    static std::optional<Uint256> fromDecimal(QStringView text);

    // The amount as a decimal number of whole units: formatUnits(1500000000000000000, 18) ==
    // "1.5"; no trailing fractional zeros, no decimal point for whole amounts. Exact for any
    // decimals.
    QString formatUnits(unsigned decimals) const;
    // The inverse: "1.5" with 18 decimals → 1500000000000000000. Accepts digits with at most
    // one '.', which must have a digit on each side; nullopt with *error set (for the user)
    // when the text is malformed, has more fractional digits than decimals, or is too large.
    static std::optional<Uint256> parseUnits(QStringView text, unsigned decimals, QString* error = nullptr);

private:
    struct Product {
        std::uint64_t lo;
        std::uint64_t hi;
    };
    static constexpr Product mul64(std::uint64_t a, std::uint64_t b)
    {
        // Four 32×32 products: portable, constexpr, and no __int128 under -Wpedantic.
        const std::uint64_t aL = a & 0xffffffffULL, aH = a >> 32;
        const std::uint64_t bL = b & 0xffffffffULL, bH = b >> 32;
        const std::uint64_t ll = aL * bL, lh = aL * bH, hl = aH * bL, hh = aH * bH;
        const std::uint64_t mid = (ll >> 32) + (lh & 0xffffffffULL) + (hl & 0xffffffffULL);
        return { (mid << 32) | (ll & 0xffffffffULL), hh + (lh >> 32) + (hl >> 32) + (mid >> 32) };
    }

    std::array<std::uint64_t, 4> m_limbs {};
};

struct Uint256::DivMod {
    Uint256 quotient;
    std::uint64_t remainder = 0;
};

constexpr std::optional<Uint256::DivMod> Uint256::divMod(std::uint64_t divisor) const
{
    if (divisor == 0)
        return std::nullopt;
    // Long division one bit at a time: 256 steps, no 128-bit type needed.
    DivMod out;
    std::uint64_t rem = 0;
    for (int bit = 255; bit >= 0; --bit) {
        const auto limbIndex = static_cast<std::size_t>(bit / 64);
        const std::uint64_t inBit = (m_limbs[limbIndex] >> (bit % 64)) & 1;
        const bool top = (rem >> 63) != 0; // rem * 2 would exceed 64 bits
        rem = (rem << 1) | inBit;
        if (top || rem >= divisor) {
            rem -= divisor; // wraps back into range when top is set
            out.quotient.m_limbs[limbIndex] |= 1ULL << (bit % 64);
        }
    }
    out.remainder = rem;
    return out;
}

// The hub counts credit in integer micro-tokens (1 token = 10^6, core/ledger/credit.h); a token
// contract counts in base units of 10^decimals per token. Converts exactly: nullopt when
// microTokens is negative, when the result exceeds 2^256 - 1, or when decimals < 6 and the
// amount is not a whole number of base units (never rounded here; the caller decides).
std::optional<Uint256> microTokensToBaseUnits(std::int64_t microTokens, unsigned decimals);
// The other way, for a budget: the whole micro-tokens in baseUnits, rounded down, and INT64_MAX
// when there are more than that.
std::int64_t baseUnitsToMicroTokensFloor(const Uint256& baseUnits, unsigned decimals);

} // namespace sc::evm
