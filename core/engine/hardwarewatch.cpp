// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/hardwarewatch.h"

#include <QTimer>
#include <utility>

namespace sc::core {

HardwareWatch::HardwareWatch(Options options, WallClock wall, MonoClock mono, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_wall(std::move(wall))
    , m_mono(std::move(mono))
{
}

HardwareWatch::~HardwareWatch()
{
    if (m_probe)
        letGo(std::exchange(m_probe, nullptr));
    m_cancel = true; // it stops after the part it is in (under half a second)
    if (m_thread.joinable())
        m_thread.join();
}

MachineProfile HardwareWatch::profile() const
{
    ProfileRoots roots = sessionProfileRoots(m_options.dataDir);
    roots.proc = m_options.procRoot;
    roots.sys = m_options.sysRoot;
    roots.nvmlLibrary = m_options.nvmlLibrary;
    roots.useNvml = !m_options.nvmlLibrary.isEmpty() || m_options.sysRoot == QLatin1String("/sys");
    MachineProfile p = readMachineProfile(roots);
    if (m_openClDone) {
        p.openclDevices = m_openCl.devices;
        p.openclError = m_openCl.error;
        platform::matchOpenClToGpus(p.openclDevices, p.gpus);
    }
    return p;
}

void HardwareWatch::probeOpenCl()
{
    if (m_probe || m_openClDone)
        return;
    if (m_options.gpuProbe.isEmpty()) {
        m_openCl.error = QStringLiteral("GPU work is off on this engine");
        m_openClDone = true;
        Q_EMIT openClProbed();
        return;
    }
    m_probe = new QProcess(this);
    m_probe->setProcessChannelMode(QProcess::SeparateChannels);
    m_probe->setStandardErrorFile(QProcess::nullDevice());
    // Its reasons are for the log and the profile (a developer reads them), not translated.
    auto finish = [this](const QString& error) {
        if (!m_probe)
            return;
        QProcess* probe = std::exchange(m_probe, nullptr);
        const QByteArray reply = std::exchange(m_probeOutput, {});
        letGo(probe);
        m_openCl = error.isEmpty() ? platform::parseOpenClProbe(reply) : platform::OpenClProbe { {}, error };
        m_openClFailed = !error.isEmpty();
        m_openClDone = true;
        Q_EMIT openClProbed();
    };
    connect(m_probe, &QProcess::readyReadStandardOutput, this, [this, finish] {
        m_probeOutput += m_probe->readAllStandardOutput();
        if (m_probeOutput.size() > kMaxProbeOutputBytes)
            finish(QStringLiteral("the GPU probe said more than it can (over 1 MiB)"));
    });
    connect(m_probe, &QProcess::finished, this, [this, finish](int code, QProcess::ExitStatus status) {
        m_probeOutput += m_probe->readAllStandardOutput();
        finish(status == QProcess::NormalExit && code == 0
                ? QString()
                : QStringLiteral(
                    "the GPU probe ended without an answer (a graphics driver failed to start)"));
    });
    connect(m_probe, &QProcess::errorOccurred, this, [finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish(QStringLiteral("the GPU probe could not start"));
    });
    QTimer::singleShot(kProbeTimeoutMs, m_probe, [finish] {
        finish(QStringLiteral("the GPU probe did not answer within %1 seconds (a graphics driver hangs)")
                   .arg(kProbeTimeoutMs / 1000));
    });
    m_probe->start(m_options.gpuProbe, {});
}

void HardwareWatch::letGo(QProcess* probe)
{
    // Killed if it still runs, and deleted once it has ended: a driver stuck in the kernel can
    // hold a killed process for a while, and the engine never waits for it (QProcess's
    // destructor would, up to 30 s, with the user's return unwatched meanwhile).
    probe->disconnect(this);
    if (probe->state() == QProcess::NotRunning) {
        probe->deleteLater();
        return;
    }
    probe->setParent(nullptr);
    connect(probe, &QProcess::finished, probe, &QObject::deleteLater);
    probe->kill();
}

MachineProfile HardwareWatch::profileForHub()
{
    MachineProfile p = profile();
    m_fingerprint = p.hardwareFingerprint();
    m_lastCheckMs = m_mono();
    return p;
}

std::optional<BenchmarkResult> HardwareWatch::benchmark() const
{
    if (m_benchmark && m_benchmark->fingerprint == m_fingerprint)
        return m_benchmark;
    return std::nullopt;
}

bool HardwareWatch::changedSince(const QString& registeredFingerprint)
{
    // RAM added, a GPU fitted, CPUs taken away from a VM: the hub sizes work by the profile,
    // so it hears of the change (registration is idempotent), without a restart.
    if (m_lastCheckMs < 0 || m_mono() - m_lastCheckMs < qint64(m_options.checkSeconds) * 1000)
        return false;
    m_lastCheckMs = m_mono();
    const QString now = profile().hardwareFingerprint();
    m_fingerprint = now;
    if (!m_running
        && (!m_benchmark || m_benchmark->fingerprint != now
            || !cachedBenchmark(m_options.dataDir, now, m_wall())))
        m_checked = false; // new hardware, or a month old: measure again when idle
    if (now == registeredFingerprint)
        return false;
    Q_EMIT activity(tr("This computer's hardware changed; sending its new profile to the hub."));
    return true;
}

bool HardwareWatch::measuringFirst(int runningTasks)
{
    if (!m_options.autoBenchmark)
        return false;
    if (m_running)
        return true;
    if (m_checked)
        return false;
    m_checked = true;
    if (m_fingerprint.isEmpty())
        m_fingerprint = profile().hardwareFingerprint();
    const QString fingerprint = m_fingerprint;
    m_benchmark = cachedBenchmark(m_options.dataDir, fingerprint, m_wall());
    if (m_benchmark || runningTasks > 0) {
        m_checked = m_benchmark.has_value(); // with tasks running, measure later
        return false;
    }
    m_running = true;
    Q_EMIT activity(tr("Measuring this computer's speed (a few seconds, at idle priority)…"));
    if (m_thread.joinable())
        m_thread.join();
    const double slice = m_options.benchmarkSliceSeconds;
    m_thread = std::thread([this, slice, fingerprint] {
        auto measured = runBenchmark(slice, 0, &m_cancel);
        if (!measured)
            return; // the engine is going away
        BenchmarkResult r = *measured;
        r.fingerprint = fingerprint;
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                m_running = false;
                m_benchmark = r;
                saveBenchmark(m_options.dataDir, r);
                Q_EMIT activity(tr("Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, "
                                   "memory %4 GB/s on all cores).")
                                    .arg(r.score(), 0, 'f', 0)
                                    .arg(r.intMopsAll, 0, 'f', 0)
                                    .arg(r.fpMflopsAll, 0, 'f', 0)
                                    .arg(r.memGBpsAll, 0, 'f', 1));
                Q_EMIT benchmarkMeasured();
            },
            Qt::QueuedConnection);
    });
    return true;
}

} // namespace sc::core
