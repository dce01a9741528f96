// SPDX-License-Identifier: GPL-3.0-or-later
// sc-primes: counts the primes in [lo, hi) with a segmented sieve and prints their count and
// a checksum (sum of primes modulo 2^64, mixed). Contract: docs/workloads.md.
//   sc-primes --input FILE --output FILE [--checkpoint FILE] [--checkpoint-seconds N]
// FILE input holds "lo hi". Progress goes to stdout as "progress <fraction>".
#include "sieve.h"

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

using sc::primes::State;

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

    const std::vector<std::uint32_t> small = sc::primes::smallPrimes(hi);
    std::vector<char> seg(sc::primes::kSegment);
    auto lastCp = std::chrono::steady_clock::now();
    while (st.next < hi && !g_stop) {
        sc::primes::sieveSegment(st, hi, small, seg);
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
    if (!writeAtomically(output, sc::primes::outputText(st))) {
        std::fprintf(stderr, "sc-primes: cannot write output %s: %s\n", output.c_str(), std::strerror(errno));
        return 4;
    }
    std::printf("progress 1.0000\ndone %llu\n", static_cast<unsigned long long>(st.count));
    return 0;
}
