// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/clocks.h"
#include "profile/benchmark.h"
#include "profile/machineprofile.h"

#include <QObject>
#include <QProcess>
#include <atomic>
#include <optional>
#include <thread>

namespace sc::core {

// This computer as the hub sees it: its profile, a fingerprint of its hardware (RAM, GPUs, CPUs),
// checked again every few minutes so the hub hears of a change without a restart, and its
// measured speed, taken on a thread at idle priority when no result for this hardware younger
// than a month is cached — on an idle PC, before the first task.
class HardwareWatch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardwareWatch)
public:
    struct Options {
        QString dataDir;
        QString sysRoot = QStringLiteral("/sys");
        QString procRoot = QStringLiteral("/proc");
        QString nvmlLibrary;
        int checkSeconds = 600;
        bool autoBenchmark = true;
        double benchmarkSliceSeconds = 0.4;
        // The GPU probe program (sc-gpu-probe): empty = none (no GPU work on this engine).
        QString gpuProbe;
    };

    HardwareWatch(Options options, WallClock wall, MonoClock mono, QObject* parent = nullptr);
    ~HardwareWatch() override; // cancels a running benchmark and waits for it (under half a second)

    MachineProfile profile() const;
    // The profile the hub is about to be told about; its fingerprint is now the current one.
    MachineProfile profileForHub();
    // The benchmark for this hardware, when measured.
    std::optional<BenchmarkResult> benchmark() const;
    // Every checkSeconds: true when the hardware differs from what the hub was told.
    bool changedSince(const QString& registeredFingerprint);
    // True while the benchmark runs or is about to (tasks wait for it). Measures only when no
    // task of ours runs, so the figure is the machine's and not its load's.
    bool measuringFirst(int runningTasks);

    // Starts the GPU probe (sc-gpu-probe in a child process; a driver that crashes or hangs
    // there cannot take the engine with it), once per engine: openClProbed follows, then the
    // profile lists the OpenCL devices it found.
    void probeOpenCl();
    bool openClProbeDone() const { return m_openClDone; }
    // The probe crashed, hung or could not start (not: it found no device). GPU work on hand
    // then waits: it is not given back for a driver that was slow once.
    bool openClProbeFailed() const { return m_openClFailed; }
    const platform::OpenClProbe& openCl() const { return m_openCl; }
    static constexpr int kProbeTimeoutMs = 30000;
    static constexpr qsizetype kMaxProbeOutputBytes = 1024 * 1024;

Q_SIGNALS:
    void benchmarkMeasured(); // the hub sizes work by it: register again with it
    void openClProbed(); // the probe answered (or failed, with the reason in openCl().error)
    void activity(const QString& message);

private:
    Options m_options;
    WallClock m_wall;
    MonoClock m_mono;
    QString m_fingerprint; // this hardware, as last read (reading costs /proc, /sys and NVML)
    qint64 m_lastCheckMs = -1;
    std::optional<BenchmarkResult> m_benchmark;
    bool m_checked = false; // looked for a cached result for this hardware
    bool m_running = false;
    std::thread m_thread;
    std::atomic<bool> m_cancel { false };
    platform::OpenClProbe m_openCl;
    bool m_openClDone = false;
    bool m_openClFailed = false;
    QProcess* m_probe = nullptr;
    QByteArray m_probeOutput;
    void letGo(QProcess* probe);
};

} // namespace sc::core
