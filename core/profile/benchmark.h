// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <optional>

namespace sc::core {

// A short CPU benchmark: integer, floating point and memory bandwidth, on one core and on all
// cores, each part run for a fixed slice so the whole run takes a few seconds. Threads run at
// idle priority, so the benchmark never slows the user down. Rates are per CPU second of each
// thread (time it did not get, to other programs or a VM's hypervisor, does not count), so a
// busy PC reads nearly as an idle one; memory bandwidth still shares the memory bus with
// whatever else runs, which is why the result is cached and re-run when the machine is idle.
struct BenchmarkResult {
    double intMopsSingle = 0; // million integer operations per second
    double intMopsAll = 0;
    double fpMflopsSingle = 0; // million double-precision FLOPs per second
    double fpMflopsAll = 0;
    double memGBpsSingle = 0; // copy bandwidth, GB/s (10^9 bytes)
    double memGBpsAll = 0;
    int threads = 0;
    double seconds = 0; // wall time the run took
    qint64 measuredAt = 0; // unix seconds
    QString fingerprint; // MachineProfile::hardwareFingerprint() when measured

    // One number for "This PC" and work sizing: geometric mean of the all-core figures.
    double score() const;
    QJsonObject toJson() const;
    static std::optional<BenchmarkResult> fromJson(const QJsonObject& o);
};

// Runs the benchmark now (blocks the calling thread for about 6 × sliceSeconds). With cancel set
// from another thread it stops after the part it is in and returns nullopt.
std::optional<BenchmarkResult> runBenchmark(double sliceSeconds = 0.4,
    int threads = 0 /* 0 = all logical CPUs */, const std::atomic<bool>* cancel = nullptr);

// The cached result in dataDir/benchmark.json if it is for this hardware and younger than
// maxAgeDays; otherwise nullopt (the caller runs the benchmark and saves it).
std::optional<BenchmarkResult> cachedBenchmark(
    const QString& dataDir, const QString& fingerprint, qint64 now, int maxAgeDays = 30);
bool saveBenchmark(const QString& dataDir, const BenchmarkResult& r);

} // namespace sc::core
