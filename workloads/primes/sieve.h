// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The computation of sc-primes (docs/workloads.md), pure and header-only: sc-primes runs it in
// a task, and the hub's load generator (bench/hubload) runs it in process, so its simulated
// devices give the very answers real ones give.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

namespace sc::primes {

struct State {
    std::uint64_t next = 0; // first number not yet sieved
    std::uint64_t count = 0;
    std::uint64_t checksum = 0;
};

inline std::uint64_t mix(std::uint64_t h, std::uint64_t p)
{
    h ^= p + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

// The primes up to sqrt(hi), which sieve every segment below hi.
inline std::vector<std::uint32_t> smallPrimes(std::uint64_t hi)
{
    const auto root = static_cast<std::uint64_t>(std::sqrt(static_cast<long double>(hi))) + 1;
    std::vector<std::uint32_t> small;
    std::vector<bool> comp(root + 1, false);
    for (std::uint64_t i = 2; i <= root; ++i) {
        if (comp[i])
            continue;
        small.push_back(static_cast<std::uint32_t>(i));
        for (std::uint64_t j = i * i; j <= root; j += i)
            comp[j] = true;
    }
    return small;
}

inline constexpr std::uint64_t kSegment = 1 << 18;

// Sieves the next segment of [st.next, hi): at most kSegment numbers; seg holds kSegment.
inline void sieveSegment(
    State& st, std::uint64_t hi, const std::vector<std::uint32_t>& small, std::vector<char>& seg)
{
    const std::uint64_t a = st.next;
    const std::uint64_t b = std::min(hi, a + kSegment);
    std::fill(seg.begin(), seg.begin() + static_cast<long>(b - a), 1);
    for (std::uint32_t p : small) {
        const std::uint64_t pp = std::uint64_t(p) * p;
        if (pp >= b)
            break;
        std::uint64_t start = std::max(pp, (a + p - 1) / p * p);
        for (std::uint64_t j = start; j < b; j += p)
            seg[j - a] = 0;
    }
    for (std::uint64_t n = a; n < b; ++n) {
        if (n >= 2 && seg[n - a]) {
            ++st.count;
            st.checksum = mix(st.checksum, n);
        }
    }
    st.next = b;
}

// The output file's text: "count checksum\n".
inline std::string outputText(const State& st)
{
    return std::to_string(st.count) + ' ' + std::to_string(st.checksum) + '\n';
}

// The whole range at once: what sc-primes writes for input "lo hi".
inline std::string answer(std::uint64_t lo, std::uint64_t hi)
{
    State st { lo, 0, 0 };
    const auto small = smallPrimes(hi);
    std::vector<char> seg(kSegment);
    while (st.next < hi)
        sieveSegment(st, hi, small, seg);
    return outputText(st);
}

} // namespace sc::primes
