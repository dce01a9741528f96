// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// sc-matmul outputs for the hub's tests: the true product by modmat.h's CPU reference (small n
// only: O(n³)), and the same with one entry off.
#include "matmul/modmat.h"

#include <QByteArray>

namespace sc::test {

inline QByteArray matmulOutput(std::uint32_t n, std::uint64_t seed)
{
    const sc::matmul::Input in { n, seed };
    const auto a = sc::matmul::matrix(in, 0);
    const auto b = sc::matmul::matrix(in, 1);
    std::vector<std::uint32_t> c(static_cast<std::size_t>(n) * n);
    sc::matmul::multiplyRows(a, b, n, 0, n, c);
    const std::string bytes = sc::matmul::outputBytes(c, n);
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

// A wrong product in the right format: entry `at` of C (counted from 0) one more, mod p.
inline QByteArray wrongMatmulOutput(std::uint32_t n, std::uint64_t seed, std::size_t at = 0)
{
    QByteArray out = matmulOutput(n, seed);
    const qsizetype pos = out.indexOf('\n') + 1 + static_cast<qsizetype>(at) * 4;
    // Entries are little-endian and below p = 2^31 − 1; bump the low byte and wrap within p.
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(out[pos + i]);
    v = (v + 1) % sc::matmul::kPrime;
    for (int i = 0; i < 4; ++i)
        out[pos + i] = static_cast<char>((v >> (8 * i)) & 0xff);
    return out;
}

} // namespace sc::test
