// SPDX-License-Identifier: GPL-3.0-or-later
// sc-primes: counts the primes in [lo, hi) with a segmented sieve and prints their count and
// a checksum (sum of primes modulo 2^64, mixed). Contract: docs/workloads.md.
//   sc-primes --input FILE --output FILE [--checkpoint FILE] [--checkpoint-seconds N]
// FILE input holds "lo hi". Progress goes to stdout as "progress <fraction>".
#include <chrono>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace {

volatile std::sig_atomic_t g_stop = 0;
void onTerm(int) { g_stop = 1; }

struct State {
    std::uint64_t next = 0; // first number not yet sieved
    std::uint64_t count = 0;
    std::uint64_t checksum = 0;
};

std::uint64_t mix(std::uint64_t h, std::uint64_t p)
{
    h ^= p + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
    return h;
}

bool writeAtomically(const std::string& path, const std::string& text)
{
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        if (!(out << text) || !out.flush())
            return false;
    }
    return std::rename(tmp.c_str(), path.c_str()) == 0;
}

bool saveCheckpoint(const std::string& path, const State& st)
{
    return path.empty()
        || writeAtomically(path,
            std::to_string(st.next) + ' ' + std::to_string(st.count) + ' ' + std::to_string(st.checksum)
                + '\n');
}

int usage(const char* why)
{
    std::fprintf(stderr,
        "sc-primes: %s\nusage: sc-primes --input FILE --output FILE "
        "[--checkpoint FILE] [--checkpoint-seconds N]\n",
        why);
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::string input, output, checkpoint;
    double checkpointSeconds = 5;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--help") {
            std::printf(
                "sc-primes --input FILE --output FILE [--checkpoint FILE] [--checkpoint-seconds N]\n");
            return 0;
        }
        if (i + 1 >= argc)
            return usage("missing value");
        if (a == "--input")
            input = argv[++i];
        else if (a == "--output")
            output = argv[++i];
        else if (a == "--checkpoint")
            checkpoint = argv[++i];
        else if (a == "--checkpoint-seconds")
            checkpointSeconds = std::atof(argv[++i]);
        else
            return usage("unknown option");
    }
    if (input.empty() || output.empty())
        return usage("--input and --output are required");

    std::uint64_t lo = 0, hi = 0;
    {
        std::ifstream in(input);
        if (!(in >> lo >> hi) || hi < lo || hi > (1ULL << 40)) {
            std::fprintf(stderr, "sc-primes: bad input: expected \"lo hi\" with lo <= hi <= 2^40\n");
            return 3;
        }
    }

    State st { lo, 0, 0 };
    if (!checkpoint.empty()) {
        std::ifstream cp(checkpoint);
        State s {};
        if (cp >> s.next >> s.count >> s.checksum && s.next >= lo && s.next <= hi) {
            st = s;
            std::printf("resumed %llu\n", static_cast<unsigned long long>(st.next));
        }
    }

    struct sigaction sa { };
    sa.sa_handler = onTerm;
    sigaction(SIGTERM, &sa, nullptr);
    sigaction(SIGINT, &sa, nullptr);

    const auto root = static_cast<std::uint64_t>(std::sqrt(static_cast<long double>(hi))) + 1;
    std::vector<std::uint32_t> small;
    {
        std::vector<bool> comp(root + 1, false);
        for (std::uint64_t i = 2; i <= root; ++i) {
            if (comp[i])
                continue;
            small.push_back(static_cast<std::uint32_t>(i));
            for (std::uint64_t j = i * i; j <= root; j += i)
                comp[j] = true;
        }
    }

    constexpr std::uint64_t segment = 1 << 18;
    std::vector<char> seg(segment);
    auto lastCp = std::chrono::steady_clock::now();
    while (st.next < hi && !g_stop) {
        const std::uint64_t a = st.next;
        const std::uint64_t b = std::min(hi, a + segment);
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
        const auto now = std::chrono::steady_clock::now();
        if (std::chrono::duration<double>(now - lastCp).count() >= checkpointSeconds) {
            lastCp = now;
            saveCheckpoint(checkpoint, st);
            std::printf("progress %.4f\n", hi == lo ? 1.0 : double(st.next - lo) / double(hi - lo));
            std::fflush(stdout);
        }
    }
    if (g_stop) {
        saveCheckpoint(checkpoint, st);
        std::printf("stopped %llu\n", static_cast<unsigned long long>(st.next));
        return 143;
    }
    if (!writeAtomically(output, std::to_string(st.count) + ' ' + std::to_string(st.checksum) + '\n')) {
        std::fprintf(stderr, "sc-primes: cannot write output %s: %s\n", output.c_str(), std::strerror(errno));
        return 4;
    }
    std::printf("progress 1.0000\ndone %llu\n", static_cast<unsigned long long>(st.count));
    return 0;
}
