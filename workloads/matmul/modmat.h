// SPDX-License-Identifier: GPL-3.0-or-later
// sc-matmul's arithmetic, shared by the program (its CPU reference and input), the tests and
// the hub's validator: square matrices over the integers modulo the Mersenne prime 2^31 − 1,
// generated from a seed, their product, and Freivalds' check of a claimed product.
// Header-only and free of OpenCL, Qt and I/O, so every side computes bit for bit the same.
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sc::matmul {

constexpr std::uint32_t kPrime = 2147483647u; // 2^31 − 1
constexpr std::uint32_t kMaxN = 4096;

// x mod (2^31 − 1) for any 64-bit x: two folds (2^31 ≡ 1) and one subtraction.
constexpr std::uint64_t reduce(std::uint64_t x)
{
    x = (x & kPrime) + (x >> 31);
    x = (x & kPrime) + (x >> 31);
    return x >= kPrime ? x - kPrime : x;
}

constexpr std::uint64_t splitmix64(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// The task: C = A · B mod p for n × n matrices A and B drawn from seed.
struct Input {
    std::uint32_t n = 0;
    std::uint64_t seed = 0;
};

// "n seed" with 1 ≤ n ≤ kMaxN; anything else is nullopt.
inline std::optional<Input> parseInput(std::string_view text)
{
    Input in;
    std::uint64_t n = 0;
    std::size_t pos = 0;
    auto skipSpace = [&] {
        while (pos < text.size()
            && (text[pos] == ' ' || text[pos] == '\t' || text[pos] == '\n' || text[pos] == '\r'))
            ++pos;
    };
    auto number = [&](std::uint64_t& out) {
        skipSpace();
        const std::size_t start = pos;
        out = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (pos - start >= 19)
                return false; // more than 19 digits: beyond what the task can mean
            out = out * 10 + static_cast<std::uint64_t>(text[pos] - '0');
            ++pos;
        }
        return pos > start;
    };
    if (!number(n) || !number(in.seed))
        return std::nullopt;
    skipSpace();
    if (pos != text.size() || n < 1 || n > kMaxN)
        return std::nullopt;
    in.n = static_cast<std::uint32_t>(n);
    return in;
}

// Element (i, j) of A (which = 0) or B (which = 1), in [0, p).
constexpr std::uint32_t element(
    std::uint64_t seed, int which, std::uint32_t n, std::uint32_t i, std::uint32_t j)
{
    const std::uint64_t index
        = (static_cast<std::uint64_t>(which) << 40) | (static_cast<std::uint64_t>(i) * n + j);
    return static_cast<std::uint32_t>(reduce(splitmix64(seed ^ splitmix64(index))));
}

// A or B, row-major.
inline std::vector<std::uint32_t> matrix(const Input& in, int which)
{
    std::vector<std::uint32_t> m(static_cast<std::size_t>(in.n) * in.n);
    for (std::uint32_t i = 0; i < in.n; ++i) {
        for (std::uint32_t j = 0; j < in.n; ++j)
            m[static_cast<std::size_t>(i) * in.n + j] = element(in.seed, which, in.n, i, j);
    }
    return m;
}

// Rows [rowBegin, rowEnd) of A · B mod p on the CPU into c (n × n, row-major): the reference
// the OpenCL kernel must match. Products are < 2^62, so two of them and a reduced sum fit in 64
// bits before each reduction (the kernel accumulates the same way).
inline void multiplyRows(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
    std::uint32_t n, std::uint32_t rowBegin, std::uint32_t rowEnd, std::vector<std::uint32_t>& c)
{
    std::vector<std::uint64_t> acc(n);
    for (std::uint32_t i = rowBegin; i < rowEnd; ++i) {
        std::fill(acc.begin(), acc.end(), 0);
        for (std::uint32_t k = 0; k < n; ++k) {
            const std::uint64_t aik = a[static_cast<std::size_t>(i) * n + k];
            const std::uint32_t* brow = &b[static_cast<std::size_t>(k) * n];
            for (std::uint32_t j = 0; j < n; ++j)
                acc[j] = reduce(acc[j] + aik * brow[j]);
        }
        for (std::uint32_t j = 0; j < n; ++j)
            c[static_cast<std::size_t>(i) * n + j] = static_cast<std::uint32_t>(acc[j]);
    }
}

// m · v mod p (n × n times n).
inline std::vector<std::uint32_t> multiplyVector(
    const std::uint32_t* m, std::uint32_t n, const std::vector<std::uint32_t>& v)
{
    std::vector<std::uint32_t> out(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        std::uint64_t acc = 0;
        const std::uint32_t* row = m + static_cast<std::size_t>(i) * n;
        for (std::uint32_t k = 0; k < n; ++k)
            acc = reduce(acc + static_cast<std::uint64_t>(row[k]) * v[k]);
        out[i] = static_cast<std::uint32_t>(acc);
    }
    return out;
}

// Freivalds' check: C == A · B (mod p) with error probability at most (1/p)^rounds for a wrong
// C, in O(rounds · n²) instead of the O(n³) of recomputing it. Each round draws a vector r
// from randomSeed (the validator's own secret, never the task's seed) and compares A(Br) with
// Cr.
// Entry k of round's random vector r in Freivalds' check, drawn from the validator's secret.
constexpr std::uint32_t freivaldsEntry(std::uint64_t randomSeed, int round, std::uint32_t k)
{
    return static_cast<std::uint32_t>(
        reduce(splitmix64(randomSeed ^ splitmix64((std::uint64_t(round) << 32) | k))));
}

inline bool freivalds(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b,
    const std::uint32_t* c, std::uint32_t n, int rounds, std::uint64_t randomSeed)
{
    std::vector<std::uint32_t> r(n);
    for (int round = 0; round < rounds; ++round) {
        for (std::uint32_t k = 0; k < n; ++k)
            r[k] = freivaldsEntry(randomSeed, round, k);
        const std::vector<std::uint32_t> abr = multiplyVector(a.data(), n, multiplyVector(b.data(), n, r));
        const std::vector<std::uint32_t> cr = multiplyVector(c, n, r);
        if (abr != cr)
            return false;
    }
    return true;
}

// The output file: a text line "sc-matmul 1 <n> <p>\n", then the n² entries of C row by row as
// 4-byte little-endian integers. Two honest devices write the same bytes.
inline std::string header(std::uint32_t n)
{
    return "sc-matmul 1 " + std::to_string(n) + ' ' + std::to_string(kPrime) + '\n';
}

// count entries as 4-byte little-endian integers, appended to out.
inline void appendEntries(std::string& out, const std::uint32_t* entries, std::size_t count)
{
    const std::size_t at = out.size();
    out.resize(at + count * 4);
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t v = entries[i];
        const unsigned char bytes[4] = { static_cast<unsigned char>(v), static_cast<unsigned char>(v >> 8),
            static_cast<unsigned char>(v >> 16), static_cast<unsigned char>(v >> 24) };
        std::memcpy(&out[at + i * 4], bytes, 4);
    }
}

// Exactly count entries as appendEntries() writes them; nullopt when the size is another or
// an entry is ≥ p.
inline std::optional<std::vector<std::uint32_t>> parseEntries(std::string_view bytes, std::size_t count)
{
    if (bytes.size() != count * 4)
        return std::nullopt;
    std::vector<std::uint32_t> c(count);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t v = static_cast<std::uint32_t>(p[4 * i])
            | (static_cast<std::uint32_t>(p[4 * i + 1]) << 8)
            | (static_cast<std::uint32_t>(p[4 * i + 2]) << 16)
            | (static_cast<std::uint32_t>(p[4 * i + 3]) << 24);
        if (v >= kPrime)
            return std::nullopt;
        c[i] = v;
    }
    return c;
}

inline std::string outputBytes(const std::vector<std::uint32_t>& c, std::uint32_t n)
{
    std::string out = header(n);
    appendEntries(out, c.data(), c.size());
    return out;
}

// C from an output file for an n × n task; nullopt when the header, the size or any entry
// (≥ p) is wrong.
inline std::optional<std::vector<std::uint32_t>> parseOutput(std::string_view bytes, std::uint32_t n)
{
    const std::string h = header(n);
    if (bytes.substr(0, h.size()) != h)
        return std::nullopt;
    return parseEntries(bytes.substr(h.size()), static_cast<std::size_t>(n) * n);
}

// Freivalds' check of an output file as it arrives (header(n), then C's entries), without
// holding A, B or C: A and B are drawn entry by entry from the task's seed and C is read in
// place, all rounds in one pass over each matrix. O(rounds · n) memory instead of three n × n
// matrices (192 MiB at n = 4096), and the verdict freivalds() gives on the parsed C; false
// also when the header, the size or an entry (≥ p) is wrong. The hub's validator.
inline bool freivaldsOutput(std::string_view bytes, const Input& in, int rounds, std::uint64_t randomSeed)
{
    const std::uint32_t n = in.n;
    const std::string h = header(n);
    const std::size_t cells = static_cast<std::size_t>(n) * n;
    if (n < 1 || n > kMaxN || rounds < 1 || bytes.size() != h.size() + cells * 4
        || bytes.substr(0, h.size()) != h)
        return false;
    const auto count = static_cast<std::size_t>(rounds);
    std::vector<std::uint32_t> r(count * n); // round q's vector at q * n
    for (std::size_t q = 0; q < count; ++q) {
        for (std::uint32_t k = 0; k < n; ++k)
            r[q * n + k] = freivaldsEntry(randomSeed, static_cast<int>(q), k);
    }
    // out = M · v for each round, M's entry (i, k) from `entry`; false on an entry ≥ p.
    std::vector<std::uint64_t> acc(count);
    auto times = [&](auto entry, const std::vector<std::uint32_t>& v, std::vector<std::uint32_t>& out) {
        out.assign(count * n, 0);
        for (std::uint32_t i = 0; i < n; ++i) {
            std::fill(acc.begin(), acc.end(), 0);
            for (std::uint32_t k = 0; k < n; ++k) {
                const std::uint64_t x = entry(i, k);
                if (x >= kPrime)
                    return false;
                for (std::size_t q = 0; q < count; ++q)
                    acc[q] = reduce(acc[q] + x * v[q * n + k]);
            }
            for (std::size_t q = 0; q < count; ++q)
                out[q * n + i] = static_cast<std::uint32_t>(acc[q]);
        }
        return true;
    };
    const auto* c = reinterpret_cast<const unsigned char*>(bytes.data() + h.size());
    auto cEntry = [&](std::uint32_t i, std::uint32_t k) {
        const unsigned char* e = c + (static_cast<std::size_t>(i) * n + k) * 4;
        return static_cast<std::uint32_t>(e[0]) | (static_cast<std::uint32_t>(e[1]) << 8)
            | (static_cast<std::uint32_t>(e[2]) << 16) | (static_cast<std::uint32_t>(e[3]) << 24);
    };
    std::vector<std::uint32_t> cr;
    std::vector<std::uint32_t> br;
    std::vector<std::uint32_t> abr;
    return times(cEntry, r, cr)
        && times([&](std::uint32_t i, std::uint32_t k) { return element(in.seed, 1, n, i, k); }, r, br)
        && times([&](std::uint32_t i, std::uint32_t k) { return element(in.seed, 0, n, i, k); }, br, abr)
        && abr == cr;
}

} // namespace sc::matmul
