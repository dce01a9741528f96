// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile/benchmark.h"

#include "platform/processgroup.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <thread>
#include <vector>

namespace sc::core {

namespace {
    using Clock = std::chrono::steady_clock;

    std::atomic<std::uint64_t> g_sink { 0 }; // keeps the compiler from deleting the work

    // Integer: a xorshift/multiply mix in 4 independent chains, 6 integer ops per chain step
    // (2 shifts, 2 xors, 1 multiply, 1 add).
    double intKernel(double seconds)
    {
        std::uint64_t a = 0x9E3779B97F4A7C15ull, b = 0xBF58476D1CE4E5B9ull, c = 0x94D049BB133111EBull,
                      d = 12345;
        std::uint64_t steps = 0;
        const auto end = Clock::now() + std::chrono::duration<double>(seconds);
        do {
            for (int i = 0; i < 4096; ++i) {
                a ^= a << 13;
                a ^= a >> 7;
                a *= 0x2545F4914F6CDD1Dull;
                a += 1;
                b ^= b << 13;
                b ^= b >> 7;
                b *= 0x2545F4914F6CDD1Dull;
                b += 3;
                c ^= c << 13;
                c ^= c >> 7;
                c *= 0x2545F4914F6CDD1Dull;
                c += 5;
                d ^= d << 13;
                d ^= d >> 7;
                d *= 0x2545F4914F6CDD1Dull;
                d += 7;
            }
            steps += 4096;
        } while (Clock::now() < end);
        g_sink += a ^ b ^ c ^ d;
        return static_cast<double>(steps) * 4 * 6;
    }

    // Floating point: 8 independent multiply-add chains (2 FLOPs each per step).
    double fpKernel(double seconds)
    {
        double acc[8] = { 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7 };
        const double m = 0.999999, k = 1e-7;
        std::uint64_t steps = 0;
        const auto end = Clock::now() + std::chrono::duration<double>(seconds);
        do {
            for (int i = 0; i < 4096; ++i) {
                for (double& x : acc)
                    x = x * m + k;
            }
            steps += 4096;
        } while (Clock::now() < end);
        double s = 0;
        for (double x : acc)
            s += x;
        g_sink += static_cast<std::uint64_t>(s);
        return static_cast<double>(steps) * 8 * 2;
    }

    // Memory: copy between two buffers larger than any cache; counts bytes read + written.
    double memKernel(double seconds, std::size_t bytes)
    {
        std::vector<char> src(bytes, 1), dst(bytes, 0);
        std::uint64_t moved = 0;
        const auto end = Clock::now() + std::chrono::duration<double>(seconds);
        do {
            std::memcpy(dst.data(), src.data(), bytes);
            src[moved % bytes] ^= 1;
            moved += 2 * bytes;
        } while (Clock::now() < end);
        g_sink += static_cast<std::uint64_t>(dst[bytes / 2]);
        return static_cast<double>(moved);
    }

    // Runs kernel on n threads at once; returns total work per second.
    template <typename K> double parallel(int n, double seconds, K kernel)
    {
        std::vector<double> work(static_cast<std::size_t>(n), 0);
        std::vector<std::thread> threads;
        const auto start = Clock::now();
        for (int i = 0; i < n; ++i) {
            threads.emplace_back([&, i] {
                platform::lowerCurrentThreadPriority();
                work[static_cast<std::size_t>(i)] = kernel(seconds);
            });
        }
        for (auto& t : threads)
            t.join();
        const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
        double total = 0;
        for (double w : work)
            total += w;
        return total / elapsed;
    }
} // namespace

double BenchmarkResult::score() const
{
    if (intMopsAll <= 0 || fpMflopsAll <= 0 || memGBpsAll <= 0)
        return 0;
    return std::cbrt(intMopsAll * fpMflopsAll * memGBpsAll * 1000.0) / 10.0;
}

QJsonObject BenchmarkResult::toJson() const
{
    auto r = [](double v) { return std::round(v * 10) / 10; };
    return QJsonObject { { QStringLiteral("int_mops_single"), r(intMopsSingle) },
        { QStringLiteral("int_mops_all"), r(intMopsAll) },
        { QStringLiteral("fp_mflops_single"), r(fpMflopsSingle) },
        { QStringLiteral("fp_mflops_all"), r(fpMflopsAll) },
        { QStringLiteral("mem_gbps_single"), r(memGBpsSingle) },
        { QStringLiteral("mem_gbps_all"), r(memGBpsAll) }, { QStringLiteral("threads"), threads },
        { QStringLiteral("seconds"), r(seconds) }, { QStringLiteral("measured_at"), measuredAt },
        { QStringLiteral("fingerprint"), fingerprint }, { QStringLiteral("score"), r(score()) } };
}

std::optional<BenchmarkResult> BenchmarkResult::fromJson(const QJsonObject& o)
{
    BenchmarkResult b;
    b.intMopsSingle = o.value(QLatin1String("int_mops_single")).toDouble(-1);
    b.intMopsAll = o.value(QLatin1String("int_mops_all")).toDouble(-1);
    b.fpMflopsSingle = o.value(QLatin1String("fp_mflops_single")).toDouble(-1);
    b.fpMflopsAll = o.value(QLatin1String("fp_mflops_all")).toDouble(-1);
    b.memGBpsSingle = o.value(QLatin1String("mem_gbps_single")).toDouble(-1);
    b.memGBpsAll = o.value(QLatin1String("mem_gbps_all")).toDouble(-1);
    b.threads = o.value(QLatin1String("threads")).toInt(-1);
    b.seconds = o.value(QLatin1String("seconds")).toDouble();
    b.measuredAt = o.value(QLatin1String("measured_at")).toInteger(-1);
    b.fingerprint = o.value(QLatin1String("fingerprint")).toString();
    if (b.intMopsSingle <= 0 || b.intMopsAll <= 0 || b.fpMflopsSingle <= 0 || b.fpMflopsAll <= 0
        || b.memGBpsSingle <= 0 || b.memGBpsAll <= 0 || b.threads <= 0 || b.measuredAt <= 0)
        return std::nullopt;
    return b;
}

std::optional<BenchmarkResult> runBenchmark(double slice, int threads, const std::atomic<bool>* cancel)
{
    BenchmarkResult r;
    r.threads = threads > 0 ? threads : QThread::idealThreadCount();
    constexpr std::size_t memBytes = 64u * 1024 * 1024; // well beyond last-level caches
    const auto start = Clock::now();
    auto cancelled = [cancel] { return cancel && cancel->load(); };
    r.intMopsSingle = parallel(1, slice, intKernel) / 1e6;
    if (cancelled())
        return std::nullopt;
    r.intMopsAll = parallel(r.threads, slice, intKernel) / 1e6;
    if (cancelled())
        return std::nullopt;
    r.fpMflopsSingle = parallel(1, slice, fpKernel) / 1e6;
    if (cancelled())
        return std::nullopt;
    r.fpMflopsAll = parallel(r.threads, slice, fpKernel) / 1e6;
    if (cancelled())
        return std::nullopt;
    r.memGBpsSingle = parallel(1, slice, [](double s) { return memKernel(s, memBytes); }) / 1e9;
    if (cancelled())
        return std::nullopt;
    r.memGBpsAll = parallel(r.threads, slice, [&r](double s) {
        return memKernel(s, memBytes / static_cast<std::size_t>(std::max(1, r.threads / 2)));
    }) / 1e9;
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    r.measuredAt = QDateTime::currentSecsSinceEpoch();
    return r;
}

std::optional<BenchmarkResult> cachedBenchmark(
    const QString& dataDir, const QString& fingerprint, qint64 now, int maxAgeDays)
{
    QFile f(dataDir + QStringLiteral("/benchmark.json"));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto r = BenchmarkResult::fromJson(QJsonDocument::fromJson(f.read(64 * 1024)).object());
    if (!r || r->fingerprint != fingerprint || now - r->measuredAt > maxAgeDays * 86400LL
        || r->measuredAt > now + 86400)
        return std::nullopt;
    return r;
}

bool saveBenchmark(const QString& dataDir, const BenchmarkResult& r)
{
    QSaveFile f(dataDir + QStringLiteral("/benchmark.json"));
    const QByteArray json = QJsonDocument(r.toJson()).toJson();
    return f.open(QIODevice::WriteOnly) && f.write(json) == json.size() && f.commit();
}

} // namespace sc::core
