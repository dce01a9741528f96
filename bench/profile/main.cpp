// SPDX-License-Identifier: GPL-3.0-or-later
// sc-bench-profile: how repeatable is the machine benchmark? Runs it N times (default 5) and
// prints each figure's mean and coefficient of variation (standard deviation / mean).
#include "profile/benchmark.h"

#include <QCoreApplication>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(2, std::atoi(argv[1])) : 5;
    std::vector<sc::core::BenchmarkResult> results;
    for (int i = 0; i < runs; ++i) {
        results.push_back(*sc::core::runBenchmark());
        const auto& r = results.back();
        std::printf(
            "run %d: int %.0f/%.0f Mops, fp %.0f/%.0f MFLOPS, mem %.1f/%.1f GB/s (one core/all), %.1f s\n",
            i + 1, r.intMopsSingle, r.intMopsAll, r.fpMflopsSingle, r.fpMflopsAll, r.memGBpsSingle,
            r.memGBpsAll, r.seconds);
        std::fflush(stdout);
    }
    struct Figure {
        const char* name;
        double sc::core::BenchmarkResult::*field;
    };
    const Figure figures[] = { { "int_single", &sc::core::BenchmarkResult::intMopsSingle },
        { "int_all", &sc::core::BenchmarkResult::intMopsAll },
        { "fp_single", &sc::core::BenchmarkResult::fpMflopsSingle },
        { "fp_all", &sc::core::BenchmarkResult::fpMflopsAll },
        { "mem_single", &sc::core::BenchmarkResult::memGBpsSingle },
        { "mem_all", &sc::core::BenchmarkResult::memGBpsAll } };
    double worst = 0;
    for (const Figure& f : figures) {
        double sum = 0, sq = 0;
        for (const auto& r : results)
            sum += r.*f.field;
        const double mean = sum / runs;
        for (const auto& r : results)
            sq += (r.*f.field - mean) * (r.*f.field - mean);
        const double cv = std::sqrt(sq / (runs - 1)) / mean * 100.0;
        worst = std::max(worst, cv);
        std::printf("%s_mean=%.1f\n%s_cv_percent=%.2f\n", f.name, mean, f.name, cv);
    }
    std::printf("runs=%d\nworst_cv_percent=%.2f\n", runs, worst);
    return 0;
}
