// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include "crypto/devicekey.h"
#include "ledger/history.h"
#include "ledger/ledger.h"
#include "network/hubclient.h"
#include "platform/cgroup.h"
#include "platform/idlesource.h"
#include "platform/nvml.h"
#include "platform/sandbox.h"
#include "profile/machineprofile.h"
#include "settings/settings.h"
#include "tasks/executor.h"
#include "tasks/taskstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStorageInfo>
#include <QSysInfo>
#include <QThread>

namespace sc::core {

namespace {
    constexpr int kMaxTaskFailures = 3;
    constexpr qint64 kMaxOutputBytes = 1024 * 1024;
    constexpr qint64 kMaxProgramBytes = 256LL * 1024 * 1024;
    constexpr qint64 kNoWorkRetryMs = 30'000;
    constexpr qint64 kCrashRetryMs = 5'000;
    constexpr int kCreditsPage = 500;
    constexpr int kMaxQueuedTasksPerCore = 16;

    QByteArray sha256Hex(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    }

    QByteArray fileSha256Hex(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash h(QCryptographicHash::Sha256);
        if (!h.addData(&f))
            return {};
        return h.result().toHex();
    }

    QString megabytes(qint64 bytes) { return QString::number(bytes / (1024 * 1024)); }
} // namespace

Engine::Engine(Config config, HttpTransport& http, Clock clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(http)
    , m_clock(std::move(clock))
    , m_buffer(m_config.bufferMinSecondsPerCore, m_config.bufferMaxSecondsPerCore)
    , m_hubBackoff(std::chrono::seconds(1), std::chrono::minutes(5),
          [] { return QRandomGenerator::global()->generateDouble(); })
{
    m_mono.start();
    m_gateReason = tr("Starting");
    m_allowedCores = m_config.cores;
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Engine::tick);
    // 50 ms: the user's return must stop every task within 100 ms (BOINC checks once a second).
    m_fastPoll.setInterval(50);
    m_fastPoll.setTimerType(Qt::PreciseTimer);
    connect(&m_fastPoll, &QTimer::timeout, this, &Engine::fastPoll);
}

Engine::~Engine()
{
    m_benchmarkCancel = true; // it stops after the part it is in (under half a second)
    if (m_benchmarkThread.joinable())
        m_benchmarkThread.join();
}

bool Engine::benchmarkFirst()
{
    if (!m_config.autoBenchmark)
        return false;
    if (m_benchmarkRunning)
        return true;
    if (m_benchmarkChecked)
        return false;
    m_benchmarkChecked = true;
    if (m_fingerprint.isEmpty())
        m_fingerprint = currentProfile().hardwareFingerprint();
    const QString fingerprint = m_fingerprint;
    m_benchmark = cachedBenchmark(m_config.dataDir, fingerprint, m_clock());
    if (m_benchmark || m_executor->runningCount() > 0) {
        m_benchmarkChecked = m_benchmark.has_value(); // with tasks running, measure later
        return false;
    }
    // Measured only on an idle PC with no task of ours running, at idle priority, so the
    // figure is the machine's and not its load's.
    m_benchmarkRunning = true;
    log(tr("Measuring this computer's speed (a few seconds, at idle priority)…"));
    if (m_benchmarkThread.joinable())
        m_benchmarkThread.join();
    const double slice = m_config.benchmarkSliceSeconds;
    m_benchmarkThread = std::thread([this, slice, fingerprint] {
        auto measured = runBenchmark(slice, 0, &m_benchmarkCancel);
        if (!measured)
            return; // the engine is going away
        BenchmarkResult r = *measured;
        r.fingerprint = fingerprint;
        QMetaObject::invokeMethod(
            this,
            [this, r] {
                m_benchmarkRunning = false;
                m_benchmark = r;
                saveBenchmark(m_config.dataDir, r);
                log(tr("Speed measured: score %1 (integer %2 Mop/s, floating point %3 Mflop/s, memory %4 "
                       "GB/s on all "
                       "cores).")
                        .arg(r.score(), 0, 'f', 0)
                        .arg(r.intMopsAll, 0, 'f', 0)
                        .arg(r.fpMflopsAll, 0, 'f', 0)
                        .arg(r.memGBpsAll, 0, 'f', 1));
                if (m_registered)
                    m_registered = false; // the hub sizes work by it: register again with it
                pump();
            },
            Qt::QueuedConnection);
    });
    return true;
}

QString Engine::slotDir(const QString& taskId) const
{
    // Task ids come from the network: hash them so no id can name a path outside slots/.
    return m_config.dataDir + QStringLiteral("/slots/")
        + QString::fromLatin1(sha256Hex(taskId.toUtf8()).left(32));
}

QString Engine::programPath(const QString& sha256) const
{
    return m_config.dataDir + QStringLiteral("/programs/") + sha256;
}

bool Engine::start(QString* error)
{
    QDir dir(m_config.dataDir);
    if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(QStringLiteral("slots"))
        || !dir.mkpath(QStringLiteral("programs"))) {
        *error = tr("Cannot create the data folder %1. Check that it is writable.").arg(m_config.dataDir);
        return false;
    }
    m_config.dataDir = dir.absolutePath();
    m_lock = std::make_unique<QLockFile>(dir.filePath(QStringLiteral("engine.lock")));
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = tr("Another SpareCycles engine (process %1) is already using %2.")
                     .arg(pid)
                     .arg(m_config.dataDir);
        return false;
    }
    QString err;
    auto key = DeviceKey::loadOrCreate(dir.filePath(QStringLiteral("device-key.pem")), &err);
    if (!key) {
        *error = err;
        return false;
    }
    m_key = std::make_unique<DeviceKey>(std::move(*key));
    m_tasks = TaskStore::open(dir.filePath(QStringLiteral("tasks.sqlite")), &err);
    if (!m_tasks) {
        *error = err;
        return false;
    }
    m_ledger = Ledger::open(dir.filePath(QStringLiteral("ledger.sqlite")), &err);
    if (!m_ledger) {
        *error = err;
        return false;
    }
    m_hubConfirmed = m_ledger->meta(QStringLiteral("hub_url_last"))
        == m_config.hubUrl.toString(QUrl::StripTrailingSlash); // offline, the same hub's work goes on
    if (const auto balance = m_ledger->meta(QStringLiteral("balance")))
        m_balance = QJsonDocument::fromJson(balance->toUtf8()).object();
    if (const auto speed = m_ledger->meta(QStringLiteral("ops_per_second")))
        m_buffer.setOpsPerSecond(speed->toDouble());
    m_settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    m_probe = std::make_unique<SystemProbe>(m_idle, m_config.sysRoot, m_config.procRoot);
    if (m_config.sysRoot == QLatin1String("/sys") && QDBusConnection::systemBus().isConnected())
        m_probe->setPowerBus(QDBusConnection::systemBus());
    if (!m_config.nvmlLibrary.isEmpty())
        m_probe->setNvmlLibrary(m_config.nvmlLibrary);
    else if (m_config.sysRoot == QLatin1String("/sys"))
        m_probe->setNvmlLibrary(platform::Nvml::defaultLibrary());
    if (m_idle) {
        connect(m_idle, &IdleSource::userActive, this, [this] {
            evaluatePolicy();
            pump();
        });
    }
    m_hub = std::make_unique<HubClient>(m_http, *m_key, m_config.hubUrl, m_clock);
    m_executor = new Executor(this);
    connect(m_executor, &Executor::taskExited, this, &Engine::onTaskExited);
    connect(m_executor, &Executor::resumedFromCheckpoint, this,
        [this](const QString& id) { log(tr("Task %1 resumed from its checkpoint.").arg(id)); });
    openCgroups();
    if (m_executor->sandboxed())
        log(tr("Tasks run in a %1 sandbox: no network, only their own folder writable.")
                .arg(platform::detectSandbox().name));
    else
        log(tr(
            "Warning: tasks run WITHOUT a sandbox (%1). They still run at idle priority in their own folder; "
            "install bubblewrap to isolate them.")
                .arg(platform::detectSandbox().reason));
    const int resuming = m_tasks->count(TaskStore::State::Running);
    const int unreported = m_tasks->count(TaskStore::State::Finished);
    if (resuming > 0)
        log(tr("%n task(s) will resume from their checkpoints.", nullptr, resuming));
    if (unreported > 0)
        log(tr("%n result(s) from an earlier run wait to be reported.", nullptr, unreported));
    m_tick.start();
    evaluatePolicy();
    updateState();
    QTimer::singleShot(0, this, &Engine::pump);
    return true;
}

void Engine::openCgroups()
{
    if (m_config.cgroupDir == QLatin1String("none"))
        return;
    QString why;
    std::unique_ptr<platform::TaskCgroups> cg;
    if (m_config.cgroupDir.isEmpty()) {
        auto own = platform::TaskCgroups::ownDelegatedCgroup(&why);
        if (!own && m_config.requestCgroupScope) {
            QString scopeWhy;
            own = platform::requestDelegatedScope(QDBusConnection::sessionBus(),
                QStringLiteral("sparecycles-%1.scope").arg(QCoreApplication::applicationPid()), &scopeWhy);
            if (!own)
                why += QStringLiteral("; ") + scopeWhy;
        }
        if (own)
            cg = platform::TaskCgroups::open(*own, true, &why);
    } else {
        cg = platform::TaskCgroups::open(m_config.cgroupDir, false, &why);
    }
    if (!cg) {
        // The reason is for people who set up cgroups (status --json), not for the Activity page.
        m_cgroupWhyNot = why;
        log(tr("Tasks are paused and slowed by stopping their processes (this system gives SpareCycles no "
               "control group of its own)."));
        return;
    }
    log(tr("Tasks run in cgroups under %1: frozen when paused, %2.")
            .arg(cg->dir(),
                cg->cpuControl() ? tr("slowed by the kernel's CPU bandwidth control")
                                 : tr("slowed with signals (no cpu controller delegated)")));
    m_executor->setCgroups(std::shared_ptr<platform::TaskCgroups>(std::move(cg)));
}

void Engine::watchMemory(const PolicySettings& ps)
{
    if (!m_executor || m_sample.ramBytes <= 0)
        return;
    // A hard cap for the tasks together where a cgroup allows one: the highest limit the user
    // set, so even a task that grows between two samples cannot push the desktop into swap.
    const qint64 cap = m_sample.ramBytes / 100 * std::max(ps.maxMemoryIdlePercent, ps.maxMemoryActivePercent);
    if (cap != m_memoryCapBytes) {
        m_executor->setMemoryCap(cap);
        m_memoryCapBytes = cap;
    }
    QList<MemoryWatchdog::Task> running;
    for (const auto& info : m_executor->tasks())
        running.append({ info.taskId, info.rssBytes });
    const auto stop
        = m_memoryWatchdog.update(nowMs(), m_decision.reason == PolicyReason::MemoryLimit, running);
    if (!stop)
        return;
    log(tr("Task %1 holds %2 MB, more than the %3 % of memory tasks may use now; it stops at its checkpoint "
           "and waits until there is room.")
            .arg(*stop)
            .arg(m_memoryWatchdog.peak(*stop) / (1024 * 1024))
            .arg(m_decision.memoryLimitPercent));
    m_executor->stopTask(*stop, std::chrono::seconds(10));
}

bool Engine::fitsInMemory(const QString& taskId) const
{
    // A task the watchdog stopped starts only when its peak fits beside the others.
    qint64 used = 0;
    for (const auto& info : m_executor->tasks())
        used += info.rssBytes;
    return m_memoryWatchdog.fits(taskId, used, m_sample.ramBytes / 100 * m_decision.memoryLimitPercent);
}

void Engine::stop(std::function<void()> done)
{
    m_stopping = true;
    m_tick.stop();
    m_fastPoll.stop();
    updateState();
    auto finish = [this, done = std::move(done)] {
        if (m_ledger && m_minuteStart > 0 && m_minute.cpuSeconds > 0) {
            Ledger::Sample s = m_minute;
            s.time = m_minuteStart;
            s.duty = m_minuteTicks > 0 ? m_minuteDutySum / m_minuteTicks : 0;
            m_ledger->addSamples({ s });
            m_ledger->addContribution(
                QDateTime::fromSecsSinceEpoch(m_minuteStart, Qt::UTC).date(), s.cpuSeconds, 0);
        }
        m_state = State::Stopped;
        m_reason = tr("Stopped");
        writeStatusFile();
        m_lock.reset();
        done();
    };
    if (!m_executor) {
        finish();
        return;
    }
    m_executor->stopAll(std::chrono::seconds(10), std::move(finish));
}

void Engine::pauseByUser(qint64 untilUnix)
{
    QString err;
    if (m_settings && m_settings->set(QStringLiteral("paused_until"), QString::number(untilUnix), &err))
        log(tr("Paused by you."));
    evaluatePolicy();
    pump();
}

void Engine::resumeByUser()
{
    QString err;
    if (m_settings && m_settings->set(QStringLiteral("paused_until"), QStringLiteral("0"), &err))
        log(tr("Resumed."));
    evaluatePolicy();
    pump();
}

void Engine::runNow(int seconds)
{
    QString err;
    if (m_settings)
        m_settings->set(QStringLiteral("run_now_until"), QString::number(m_clock() + seconds), &err);
    evaluatePolicy();
    pump();
}

void Engine::evaluatePolicy()
{
    if (!m_settings || !m_probe || m_stopping)
        return;
    PolicySettings ps = m_settings->policy();
    if (m_config.alwaysRun) {
        // --always-run: run whatever the user or other programs do (servers, scripts, tests).
        ps.runAlways = true;
        ps.suspendWhenOtherCpuPercent = 0;
    }
    ps.idleSecondsOverride = m_config.idleSecondsOverride;
    qint64 taskRss = 0;
    if (m_executor) {
        for (const auto& info : m_executor->tasks())
            taskRss += info.rssBytes;
    }
    m_sample = m_probe->sample(
        m_clock(), m_executor ? m_executor->pids() : QList<qint64>(), taskRss, ps.exclusivePrograms);
    m_decision = m_policy.decide(m_sample.inputs, ps);
    m_lastIdle = m_sample.inputs.idleSeconds;
    m_gateReason = describeDecision(m_decision, ps);
    bool allowed = m_decision.cpuAllowed && m_fatal.isEmpty();
    double duty = m_decision.cpuDuty;
    // Temperature: the controller holds the hottest CPU sensor at the user's limit. A machine
    // with no readable CPU sensor at all relies on the other limits (and says so in status); a
    // sensor that stops answering is the controller's business (it holds, then stops).
    m_hadCpuTemperature = m_hadCpuTemperature || m_sample.cpuTempC.has_value();
    if (m_hadCpuTemperature) {
        const qint64 now = nowMs();
        const double dt = m_lastThermalMs < 0 ? 1.0 : static_cast<double>(now - m_lastThermalMs) / 1000.0;
        m_lastThermalMs = now;
        m_thermal.setLimitC(ps.cpuTempLimitC);
        m_thermal.setMaxDuty(allowed ? duty : 1.0);
        m_thermalOut = m_thermal.update(m_sample.cpuTempC.value_or(std::nan("")), dt);
        if (m_thermalOut.hardStop && !m_inThermalStop && m_sample.cpuTempC)
            Q_EMIT thermalStop(*m_sample.cpuTempC, ps.cpuTempLimitC);
        m_inThermalStop = m_thermalOut.hardStop;
        if (allowed && m_thermalOut.duty < duty - 1e-6) {
            duty = m_thermalOut.duty;
            const QString t = m_sample.cpuTempC ? QString::number(*m_sample.cpuTempC, 'f', 0) : tr("unknown");
            if (duty <= 0) {
                allowed = false;
                m_gateReason = m_thermalOut.hardStop
                    ? tr("Paused: CPU at %1 °C, limit %2 °C").arg(t).arg(ps.cpuTempLimitC)
                    : tr("Paused to cool down: CPU at %1 °C, limit %2 °C").arg(t).arg(ps.cpuTempLimitC);
            } else {
                m_gateReason = tr("Slowed to %1 % to keep the CPU under %2 °C (now %3 °C)")
                                   .arg(std::lround(duty * 100))
                                   .arg(ps.cpuTempLimitC)
                                   .arg(t);
            }
        }
    }
    m_effectiveDuty = allowed ? duty : 0.0;
    m_allowedCores = std::min(m_config.cores, std::max(1, m_decision.allowedCores));
    if (m_executor) {
        // Below 100 % of the cores, tasks are also pinned to that many CPUs, so a task with
        // several threads cannot use more than the user allowed.
        m_executor->setCpuLimit(ps.maxCoresPercent < 100 ? m_allowedCores : 0);
        m_executor->setDutyCycle(allowed ? duty : 1.0);
        if (!allowed && !m_executor->suspended())
            m_executor->suspendAll();
        else if (allowed && m_executor->suspended())
            m_executor->resumeAll();
    }
    watchMemory(ps);
    m_runAllowed = allowed;
    m_watchIdle = allowed && !ps.runAlways && ps.runNowUntil <= m_sample.inputs.now && m_idle
        && !m_idle->pushesActivity();
    updateIdleWatch();
    updateState();
}

void Engine::updateIdleWatch()
{
    // Watch the keyboard closely whenever tasks may run (not only while one runs: a task that
    // starts between two ticks must be covered from its first moment).
    const bool watch = m_watchIdle && m_executor && !m_stopping;
    if (watch && !m_fastPoll.isActive())
        m_fastPoll.start();
    else if (!watch && m_fastPoll.isActive())
        m_fastPoll.stop();
}

void Engine::fastPoll()
{
    if (!m_idle)
        return;
    const auto idle = m_idle->idleSeconds();
    // Any input resets the idle clock: a drop (or losing the source) means someone is here.
    if (!idle || (m_lastIdle && *idle + 0.001 < *m_lastIdle)) {
        evaluatePolicy();
        pump();
        return;
    }
    m_lastIdle = idle;
}

void Engine::recordContribution()
{
    // CPU seconds since the last tick, per task (each run's counter starts at zero).
    double cpu = 0;
    QHash<QString, double> seen;
    for (const auto& info : m_executor->tasks()) {
        cpu += std::max(0.0, info.cpuSeconds - m_lastTaskCpu.value(info.taskId, 0.0));
        seen.insert(info.taskId, info.cpuSeconds);
    }
    m_lastTaskCpu = seen;
    // The tasks' measured CPU use as a share of the whole computer, over the last tick (what
    // the Overview chart draws beside the duty cycle the engine allows).
    const qint64 nowMono = nowMs();
    if (m_lastCpuShareMs >= 0 && nowMono > m_lastCpuShareMs) {
        const double wall = static_cast<double>(nowMono - m_lastCpuShareMs) / 1000.0;
        const int cpus = std::max(1, m_sample.inputs.logicalCpus);
        m_tasksCpuPercent = std::clamp(cpu / (wall * cpus) * 100.0, 0.0, 100.0);
    }
    m_lastCpuShareMs = nowMono;
    const qint64 now = m_clock();
    const qint64 minute = now - now % 60;
    if (m_minuteStart == 0)
        m_minuteStart = minute;
    m_minute.cpuSeconds += cpu;
    if (m_sample.cpuTempC)
        m_minute.maxTempC = std::isnan(m_minute.maxTempC) ? *m_sample.cpuTempC
                                                          : std::max(m_minute.maxTempC, *m_sample.cpuTempC);
    m_minuteDutySum += m_effectiveDuty;
    ++m_minuteTicks;
    if (minute != m_minuteStart) {
        Ledger::Sample s = m_minute;
        s.time = m_minuteStart;
        s.duty = m_minuteTicks > 0 ? m_minuteDutySum / m_minuteTicks : 0;
        m_ledger->addSamples({ s });
        m_ledger->addContribution(
            QDateTime::fromSecsSinceEpoch(m_minuteStart, Qt::UTC).date(), s.cpuSeconds, 0);
        m_minute = Ledger::Sample {};
        m_minute.maxTempC = std::nan("");
        m_minuteDutySum = 0;
        m_minuteTicks = 0;
        m_minuteStart = minute;
    }
}

MachineProfile Engine::currentProfile() const
{
    ProfileRoots roots = sessionProfileRoots(m_config.dataDir);
    roots.proc = m_config.procRoot;
    roots.sys = m_config.sysRoot;
    roots.nvmlLibrary = m_config.nvmlLibrary;
    roots.useNvml = !m_config.nvmlLibrary.isEmpty() || m_config.sysRoot == QLatin1String("/sys");
    return readMachineProfile(roots);
}

void Engine::checkHardware()
{
    // RAM added, a GPU fitted, CPUs taken away from a VM: the hub sizes work by the profile,
    // so it hears of the change (registration is idempotent), without a restart.
    if (!m_registered || m_lastHardwareCheckMs < 0
        || nowMs() - m_lastHardwareCheckMs < qint64(m_config.hardwareCheckSeconds) * 1000)
        return;
    m_lastHardwareCheckMs = nowMs();
    const QString now = currentProfile().hardwareFingerprint();
    m_fingerprint = now;
    if (!m_benchmarkRunning
        && (!m_benchmark || m_benchmark->fingerprint != now
            || !cachedBenchmark(m_config.dataDir, now, m_clock())))
        m_benchmarkChecked = false; // new hardware, or a month old: measure again when idle
    if (now == m_registeredFingerprint)
        return;
    log(tr("This computer's hardware changed; sending its new profile to the hub."));
    m_registered = false;
}

void Engine::tick()
{
    checkHardware();
    if (m_executor) {
        m_executor->sampleCpu();
        recordContribution();
    }
    if (m_settings && m_settings->reloadIfChanged()) {
        log(tr("Settings changed; applied."));
        const QString payout = m_settings->value(QStringLiteral("payout_address"));
        if (m_registered && !payout.isEmpty() && payout != m_registeredPayout) {
            m_registered = false; // tell the hub the new payout address (registration is idempotent)
            log(tr("Payout address changed to %1; telling the hub.").arg(payout));
        }
    }
    evaluatePolicy();
    pump();
}

bool Engine::hubReady() const { return !m_stopping && m_fatal.isEmpty() && nowMs() >= m_hubRetryAtMs; }

void Engine::pump()
{
    if (m_stopping || !m_tasks)
        return;
    if (m_fatal.isEmpty()) {
        if (!m_registered) {
            if (!m_connectInFlight && hubReady())
                connectHub();
        } else {
            // The task store is scanned when something changed, and every few seconds for
            // retries: not on every tick, so an engine that only waits costs next to nothing.
            if (m_storeDirty || nowMs() >= m_nextStoreScanMs) {
                m_storeDirty = false;
                m_nextStoreScanMs = nowMs() + 5000;
                fetchWork();
                reportNext();
            }
            pollCredits();
            pollAccount();
        }
        startTasks();
    }
    updateState();
    writeStatusFile();
}

void Engine::hubFailed(const HubError& e)
{
    if (e.kind == HubError::Kind::Http && e.code == QLatin1String("unknown_device")) {
        // The hub forgot us (new hub database): register again, keep everything else.
        m_registered = false;
        log(tr("The hub does not know this device any more; registering again."));
        return;
    }
    if (e.kind == HubError::Kind::Http && e.code == QLatin1String("device_flagged")) {
        setFatal(
            tr("The hub stopped sending work to this device because it returned wrong answers to known "
               "tasks. Check the computer's stability (memory, overclocking), then contact the network."));
        return;
    }
    const auto delay = m_hubBackoff.next();
    m_hubRetryAtMs = nowMs() + delay.count();
    m_offlineReason = tr("Cannot reach the hub at %1: %2 Retrying in %n second(s).", nullptr,
        static_cast<int>((delay.count() + 999) / 1000))
                          .arg(m_config.hubUrl.toDisplayString(), e.message);
    if (e.kind == HubError::Kind::Transport && e.code == QLatin1String("tls"))
        m_offlineReason = tr("The hub at %1 presented a certificate this computer does not trust: %2")
                              .arg(m_config.hubUrl.toDisplayString(), e.message);
}

void Engine::hubSucceeded()
{
    m_hubBackoff.reset();
    m_offlineReason.clear();
}

void Engine::connectHub()
{
    m_connectInFlight = true;
    m_hub->getNetwork([this](const QJsonObject& net, const std::optional<HubError>& err) {
        if (err) {
            m_connectInFlight = false;
            hubFailed(*err);
            if (err->kind != HubError::Kind::Transport && !err->retryable())
                setFatal(err->message);
            pump();
            return;
        }
        const QString keyHex = net.value(QLatin1String("code_signing_key")).toString().toLower();
        const QString pinName
            = QStringLiteral("code_signing_key ") + m_config.hubUrl.toString(QUrl::StripTrailingSlash);
        const auto pinned = m_ledger->meta(pinName);
        if (pinned && *pinned != keyHex) {
            m_connectInFlight = false;
            setFatal(
                tr("The hub at %1 now signs task programs with a different key than when this device first "
                   "joined. SpareCycles will not run programs it cannot trust. If the network announced a "
                   "new key, remove the folder %2 to join again.")
                    .arg(m_config.hubUrl.toDisplayString(), m_config.dataDir));
            return;
        }
        if (!pinned)
            m_ledger->setMeta(pinName, keyHex);
        m_ledger->setMeta(QStringLiteral("hub_url_last"), m_config.hubUrl.toString(QUrl::StripTrailingSlash));
        m_hubConfirmed = true;
        // Credit feed cursor and payouts seen are this hub's (a changed network starts its own).
        m_ledger->setHub(keyHex);
        if (const auto last = m_ledger->meta(QStringLiteral("hub_id")); last && *last != keyHex)
            dropOtherNetworksTasks();
        m_ledger->setMeta(QStringLiteral("hub_id"), keyHex);
        // A device that has never received credit from this hub was never paid by it: every
        // payout it hears of from now on is news. (An older folder without the mark takes its
        // first total as history, so nothing old is announced as new.)
        if (!m_ledger->meta(m_ledger->hubKey(QStringLiteral("paid_seen"))) && m_ledger->creditCursor() == 0)
            m_ledger->setMeta(m_ledger->hubKey(QStringLiteral("paid_seen")), QStringLiteral("0"));
        m_codeSigningKey = QByteArray::fromHex(keyHex.toLatin1());
        const MachineProfile machine = currentProfile();
        m_registeredFingerprint = machine.hardwareFingerprint();
        m_fingerprint = m_registeredFingerprint;
        m_lastHardwareCheckMs = nowMs();
        QJsonObject profile = machine.toJson();
        if (m_benchmark && m_benchmark->fingerprint == m_registeredFingerprint)
            profile.insert(QStringLiteral("benchmark"), m_benchmark->toJson());
        profile.insert(QStringLiteral("cores_offered"), m_config.cores);
        profile.insert(QStringLiteral("ops_per_second"), m_buffer.opsPerSecond());
        const QString payout = m_settings->value(QStringLiteral("payout_address"));
        m_registeredPayout = payout.isEmpty() ? m_config.payoutAddress : payout;
        const QJsonObject body { { QStringLiteral("payout_address"), m_registeredPayout },
            { QStringLiteral("profile"), profile } };
        m_hub->registerDevice(body, [this](const QJsonObject&, const std::optional<HubError>& regErr) {
            m_connectInFlight = false;
            if (regErr) {
                hubFailed(*regErr);
            } else {
                hubSucceeded();
                m_registered = true;
                log(tr("Connected to the hub at %1.").arg(m_config.hubUrl.toDisplayString()));
            }
            pump();
        });
    });
}

void Engine::fetchWork()
{
    if (m_fetchInFlight || !hubReady() || nowMs() < m_noWorkUntilMs)
        return;
    const QStorageInfo disk(m_config.dataDir);
    if (disk.isValid() && disk.bytesAvailable() < m_config.minFreeDiskBytes) {
        m_diskReason
            = tr("Only %1 MB free in %2; SpareCycles takes no new work below %3 MB. Free some space.")
                  .arg(megabytes(disk.bytesAvailable()), m_config.dataDir,
                      megabytes(m_config.minFreeDiskBytes));
        return;
    }
    m_diskReason.clear();
    double buffered = 0;
    for (const auto& row : m_tasks->inState(TaskStore::State::Queued))
        buffered += m_buffer.secondsFor(row.task.estimatedOps);
    // Running tasks do not count: the buffer is what comes after them.
    int seconds = m_buffer.secondsToRequest(buffered, m_config.cores);
    // Tiny tasks must not let one device hoard a hub's whole queue until the deadlines.
    if (m_tasks->count(TaskStore::State::Queued) >= kMaxQueuedTasksPerCore * m_config.cores)
        seconds = 0;
    if (seconds <= 0)
        return;
    m_fetchInFlight = true;
    m_hub->requestWork(m_config.cores, seconds,
        [this](const QList<TaskDescriptor>& tasks, const std::optional<HubError>& err) {
            m_fetchInFlight = false;
            m_storeDirty = true;
            if (err) {
                hubFailed(*err);
            } else {
                hubSucceeded();
                QList<TaskDescriptor> fresh;
                const qint64 now = m_clock();
                for (const TaskDescriptor& t : tasks) {
                    if (t.deadline > now)
                        fresh.append(t);
                }
                const int added = m_tasks->addQueued(fresh);
                if (added > 0)
                    log(tr("Received %n task(s) from the hub.", nullptr, added));
                else
                    m_noWorkUntilMs = nowMs() + kNoWorkRetryMs;
            }
            pump();
        });
}

bool Engine::ensureProgram(const TaskDescriptor& task)
{
    const QString sha = task.appSha256;
    if (m_verifiedPrograms.contains(sha))
        return true;
    const QString path = programPath(sha);
    if (QFile::exists(path)) {
        if (fileSha256Hex(path) == sha.toLatin1()) {
            m_verifiedPrograms.insert(sha);
            return true;
        }
        QFile::remove(path); // damaged cache entry: fetch it again
    }
    if (m_downloads.contains(sha) || !hubReady() || m_codeSigningKey.isEmpty())
        return false;
    m_downloads.insert(sha);
    const TaskDescriptor t = task;
    m_hub->download(t.appUrl, kMaxProgramBytes,
        [this, t, path](const QByteArray& bytes, const std::optional<HubError>& err) {
            m_downloads.remove(t.appSha256);
            m_storeDirty = true;
            if (err) {
                hubFailed(*err);
                pump();
                return;
            }
            hubSucceeded();
            const QByteArray signedText = "sc-app-v1\n" + t.app.toUtf8() + '\n' + t.appSha256.toLatin1();
            QString problem;
            if (sha256Hex(bytes) != t.appSha256.toLatin1())
                problem = tr("its SHA-256 does not match the task");
            else if (!verifyEd25519(m_codeSigningKey, signedText, t.appSignature))
                problem = tr("its signature is not from the network's code-signing key");
            if (!problem.isEmpty()) {
                log(tr("Refused the program %1 from the hub: %2. Its tasks are dropped.")
                        .arg(t.app, problem));
                for (const auto& row : m_tasks->inState(TaskStore::State::Queued)) {
                    if (row.task.appSha256 == t.appSha256)
                        m_tasks->markAbandoned(row.task.id, QStringLiteral("program failed verification"));
                }
                pump();
                return;
            }
            QSaveFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
                log(tr("Cannot store the program %1 in %2: %3").arg(t.app, path, f.errorString()));
            } else {
                QFile::setPermissions(path, QFile::ReadOwner | QFile::ExeOwner);
                m_verifiedPrograms.insert(t.appSha256);
            }
            pump();
        });
    return false;
}

void Engine::startTasks()
{
    if (!m_runAllowed || m_stopping || m_executor->runningCount() >= m_allowedCores)
        return;
    if (benchmarkFirst())
        return;
    // Work in the task store belongs to the network last connected to. Under another address
    // it may be another network's: wait for the hub to say who it is before resuming any.
    if (!m_hubConfirmed)
        return;
    // Unfinished work first (it resumes from its checkpoint), then the queue in arrival order.
    QList<TaskStore::Row> candidates = m_tasks->inState(TaskStore::State::Running);
    candidates += m_tasks->inState(TaskStore::State::Queued);
    const qint64 now = m_clock();
    for (const TaskStore::Row& row : candidates) {
        if (m_executor->runningCount() >= m_allowedCores)
            break;
        const QString& id = row.task.id;
        if (m_executor->isRunning(id))
            continue;
        if (m_retryTaskAtMs.value(id, 0) > nowMs() || !fitsInMemory(id))
            continue;
        if (row.task.deadline <= now) {
            m_tasks->markAbandoned(id, QStringLiteral("deadline passed before it could run"));
            QDir(slotDir(id)).removeRecursively();
            log(tr("Dropped task %1: its deadline passed before it could finish.").arg(id));
            continue;
        }
        if (!ensureProgram(row.task))
            continue;
        if (row.state == TaskStore::State::Queued && !m_tasks->markRunning(id))
            continue;
        Executor::Spec spec;
        spec.taskId = id;
        spec.program = programPath(row.task.appSha256);
        spec.slotDir = slotDir(id);
        spec.input = row.task.input;
        spec.checkpointSeconds = m_config.checkpointSeconds;
        QString err;
        if (!m_executor->start(spec, &err)) {
            log(tr("Cannot start task %1: %2").arg(id, err));
            m_retryTaskAtMs.insert(id, nowMs() + kCrashRetryMs);
            continue;
        }
        log(tr("Started task %1.").arg(id));
        updateIdleWatch();
    }
}

void Engine::onTaskExited(const QString& id, int exitCode, bool crashed, bool stopped, double cpuSeconds)
{
    m_storeDirty = true;
    const QDate today = QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC).date();
    const auto row = m_tasks->find(id);
    if (!row) {
        pump();
        return;
    }
    // The last CPU seconds of this run since the previous tick go into the current minute.
    m_minute.cpuSeconds += std::max(0.0, cpuSeconds - m_lastTaskCpu.value(id, 0.0));
    m_lastTaskCpu.remove(id);
    if (m_dropOnExit.remove(id)) {
        m_tasks->markAbandoned(id, QStringLiteral("the network changed"));
        QDir(slotDir(id)).removeRecursively();
        pump();
        return;
    }
    if (stopped) {
        m_tasks->addCpuSeconds(id, cpuSeconds);
        pump();
        return;
    }
    m_memoryWatchdog.forget(id);
    const QString dir = slotDir(id);
    if (exitCode == 0 && !crashed) {
        QFile out(dir + QStringLiteral("/output"));
        const bool readable = out.open(QIODevice::ReadOnly) && out.size() <= kMaxOutputBytes;
        const QByteArray bytes = readable ? out.readAll() : QByteArray();
        if (readable) {
            m_tasks->markFinished(id, sha256Hex(bytes), 0, cpuSeconds);
            m_ledger->addContribution(today, 0, 1);
            m_buffer.observe(row->task.estimatedOps, row->cpuSeconds + cpuSeconds);
            m_ledger->setMeta(QStringLiteral("ops_per_second"), QString::number(m_buffer.opsPerSecond()));
            log(tr("Finished task %1.").arg(id));
            pump();
            return;
        }
        exitCode = 5; // contract broken: no output, or an output over the limit
    }
    const int failures = m_tasks->recordFailure(id);
    if (failures >= 0 && failures < kMaxTaskFailures) {
        log(tr("Task %1 failed (exit code %2); trying again from its checkpoint.")
                .arg(id)
                .arg(crashed ? -1 : exitCode));
        m_tasks->addCpuSeconds(id, cpuSeconds);
        m_retryTaskAtMs.insert(id, nowMs() + kCrashRetryMs);
    } else {
        log(tr("Task %1 failed %n time(s); reporting the failure to the hub.", nullptr, kMaxTaskFailures)
                .arg(id));
        Q_EMIT taskFailed(id, crashed ? -1 : exitCode);
        QFile::remove(dir + QStringLiteral("/output"));
        m_tasks->markFinished(id, sha256Hex({}), crashed ? -1 : exitCode, cpuSeconds);
    }
    pump();
}

void Engine::reportNext()
{
    if (m_reportInFlight || !hubReady())
        return;
    const QList<TaskStore::Row> finished = m_tasks->inState(TaskStore::State::Finished);
    if (finished.isEmpty())
        return;
    const TaskStore::Row row = finished.first();
    const QString id = row.task.id;
    const QString dir = slotDir(id);
    QByteArray output;
    QFile out(dir + QStringLiteral("/output"));
    if (out.open(QIODevice::ReadOnly))
        output = out.read(kMaxOutputBytes);
    if (sha256Hex(output) != row.outputHash) {
        // The slot was damaged or removed after the task finished: report an empty failure so
        // the hub reissues the work, rather than an output we cannot vouch for.
        output.clear();
    }
    m_reportInFlight = true;
    auto done = [this, id, dir](const QString& outcome) {
        m_reportInFlight = false;
        m_storeDirty = true;
        if (m_tasks->markReported(id, outcome))
            QDir(dir).removeRecursively();
        m_creditsDue = true;
        pump();
    };
    auto onError = [this, id, done](const HubError& err) {
        if (err.kind == HubError::Kind::Http && err.code == QLatin1String("already_reported"))
            return done(QStringLiteral("pending"));
        if (err.kind == HubError::Kind::Http
            && (err.code == QLatin1String("expired") || err.code == QLatin1String("not_found")
                || err.code == QLatin1String("conflict") || err.code == QLatin1String("bad_request"))) {
            log(tr("The hub did not accept the result of task %1: %2").arg(id, err.message));
            return done(err.code);
        }
        m_reportInFlight = false;
        hubFailed(err);
        pump();
    };
    const QByteArray hash = sha256Hex(output);
    const int exitCode = output.isEmpty() && row.exitCode == 0 ? 5 : row.exitCode;
    const double cpu = row.cpuSeconds;
    m_hub->uploadOutput(id, output,
        [this, id, hash, exitCode, cpu, done, onError](
            const QJsonObject&, const std::optional<HubError>& err) {
            if (err)
                return onError(*err);
            m_hub->reportResult(id, exitCode, cpu, hash,
                [this, id, done, onError](const QJsonObject& reply, const std::optional<HubError>& err2) {
                    if (err2)
                        return onError(*err2);
                    hubSucceeded();
                    log(tr("Reported task %1.").arg(id));
                    done(reply.value(QLatin1String("status")).toString(QStringLiteral("pending")));
                });
        });
}

void Engine::pollAccount()
{
    if (m_accountInFlight || !hubReady() || nowMs() < m_nextAccountPollMs)
        return;
    m_accountInFlight = true;
    m_hub->account([this](const QJsonObject& reply, const std::optional<HubError>& err) {
        m_accountInFlight = false;
        m_nextAccountPollMs = nowMs() + 60'000;
        if (err) {
            hubFailed(*err);
            return;
        }
        const qint64 pending = reply.value(QLatin1String("pending")).toInteger(-1);
        const qint64 paid = reply.value(QLatin1String("paid")).toInteger(-1);
        if (pending < 0 || paid < 0)
            return; // not a balance we can show; keep the last good one
        notePaidTotal(paid);
        m_balance = QJsonObject { { QStringLiteral("pending"), pending }, { QStringLiteral("paid"), paid },
            { QStringLiteral("as_of"), m_clock() } };
        m_ledger->setMeta(QStringLiteral("balance"),
            QString::fromUtf8(QJsonDocument(m_balance).toJson(QJsonDocument::Compact)));
    });
}

void Engine::dropOtherNetworksTasks()
{
    // Work handed out by the previous network cannot be reported to this one: it goes, and
    // this network hands out its own. (Earnings already credited stay in the ledger.)
    int dropped = 0;
    for (const auto state : { TaskStore::State::Queued, TaskStore::State::Running }) {
        for (const TaskStore::Row& row : m_tasks->inState(state)) {
            ++dropped;
            if (m_executor->isRunning(row.task.id)) {
                m_dropOnExit.insert(row.task.id);
                m_executor->stopTask(row.task.id, std::chrono::seconds(10));
                continue;
            }
            m_tasks->markAbandoned(row.task.id, QStringLiteral("the network changed"));
            QDir(slotDir(row.task.id)).removeRecursively();
        }
    }
    // Finished results belong to the previous network too: they are not sent to this one.
    for (const TaskStore::Row& row : m_tasks->inState(TaskStore::State::Finished)) {
        ++dropped;
        m_tasks->markReported(row.task.id, QStringLiteral("dropped: the network changed"));
        QDir(slotDir(row.task.id)).removeRecursively();
    }
    // Nor is the previous network's balance this one's.
    m_balance = {};
    m_ledger->removeMeta(QStringLiteral("balance"));
    m_storeDirty = true;
    if (dropped > 0)
        log(tr("The network changed: %n task(s) from the previous network were dropped.", nullptr, dropped));
}

void Engine::notePaidTotal(qint64 paid)
{
    // The hub's total paid to this device only grows; a rise is a payout. The last total seen
    // is kept in the ledger, so a payout made while the app was closed is announced at the next
    // start, and none is announced twice.
    if (paid < 0 || !m_ledger)
        return;
    const QString seenKey = m_ledger->hubKey(QStringLiteral("paid_seen"));
    const auto seenText = m_ledger->meta(seenKey);
    bool ok = false;
    const qint64 seen = seenText ? seenText->toLongLong(&ok) : -1;
    if (ok && paid <= seen)
        return;
    m_ledger->setMeta(seenKey, QString::number(paid));
    if (!ok)
        return; // the first total this device hears of is history, not news
    const qint64 amount = paid - seen;
    const QString address = m_registeredPayout;
    log(tr("Payout: %1 sent to %2.").arg(history::formatTokens(amount), address));
    Q_EMIT payoutArrived(amount, address);
    m_nextAccountPollMs = 0; // the balance (pending, paid) follows at once
}

void Engine::pollCredits()
{
    if (m_creditsInFlight || !hubReady())
        return;
    if (!m_creditsDue && nowMs() < m_nextCreditsPollMs)
        return;
    m_creditsInFlight = true;
    m_creditsDue = false;
    m_hub->credits(
        m_ledger->creditCursor(), [this](const QJsonObject& reply, const std::optional<HubError>& err) {
            m_creditsInFlight = false;
            m_nextCreditsPollMs = nowMs() + 10'000;
            if (err) {
                hubFailed(*err);
                pump();
                return;
            }
            hubSucceeded();
            QList<Ledger::Credit> credits;
            const QJsonArray list = reply.value(QLatin1String("credits")).toArray();
            for (const QJsonValue& v : list) {
                const QJsonObject o = v.toObject();
                Ledger::Credit c;
                c.seq = o.value(QLatin1String("seq")).toInteger(-1);
                c.taskId = o.value(QLatin1String("task_id")).toString();
                c.status = o.value(QLatin1String("status")).toString();
                c.amount = o.value(QLatin1String("amount")).toInteger(-1);
                c.time = o.value(QLatin1String("time")).toInteger(-1);
                if (c.seq < 0 || c.taskId.isEmpty() || c.amount < 0 || c.time < 0
                    || (c.status != QLatin1String("valid") && c.status != QLatin1String("invalid"))) {
                    log(tr(
                        "The hub sent a malformed credit entry; ignoring this page and asking again later."));
                    pump();
                    return;
                }
                credits.append(c);
            }
            const qint64 next = reply.value(QLatin1String("next")).toInteger(-1);
            if (next < m_ledger->creditCursor()) {
                log(tr("The hub sent a credit cursor that goes backwards; ignoring it."));
                pump();
                return;
            }
            if (!credits.isEmpty() || next != m_ledger->creditCursor()) {
                if (!m_ledger->applyCredits(credits, next))
                    log(tr("Could not store credits in the ledger; will ask again."));
                for (const auto& c : credits) {
                    if (c.status == QLatin1String("valid"))
                        log(tr("Task %1 was validated: +%2 micro-tokens.").arg(c.taskId).arg(c.amount));
                    else
                        log(tr("Task %1 was judged invalid by the network; no credit.").arg(c.taskId));
                }
            }
            if (list.size() >= kCreditsPage)
                m_creditsDue = true;
            if (!credits.isEmpty())
                m_nextAccountPollMs = 0;
            notePaidTotal(reply.value(QLatin1String("paid")).toInteger(-1));
            pump();
        });
}

void Engine::setFatal(const QString& message)
{
    m_fatal = message;
    log(message);
    if (m_executor)
        m_executor->suspendAll();
    m_runAllowed = false;
    updateState();
    writeStatusFile();
}

void Engine::updateState()
{
    State s;
    QString r;
    const int running = m_executor ? m_executor->runningCount() : 0;
    if (m_stopping) {
        s = State::Stopping;
        r = tr("Stopping tasks (they resume from their checkpoints next time)");
    } else if (!m_fatal.isEmpty()) {
        s = State::Error;
        r = m_fatal;
    } else if (!m_runAllowed && m_decision.reason == PolicyReason::PausedByUser) {
        s = State::Paused;
        r = m_gateReason;
    } else if (!m_runAllowed
        && (m_decision.reason == PolicyReason::UserActive
            || m_decision.reason == PolicyReason::IdleUnknown)) {
        s = State::WaitingForIdle;
        r = m_gateReason;
    } else if (!m_runAllowed && m_thermalOut.duty <= 0 && m_hadCpuTemperature && m_decision.cpuAllowed) {
        s = State::Throttled;
        r = m_gateReason;
    } else if (!m_runAllowed) {
        s = State::Suspended;
        r = m_gateReason;
    } else if (running > 0) {
        s = m_effectiveDuty < 0.999 ? State::Throttled : State::Running;
        r = s == State::Throttled || m_decision.reason == PolicyReason::RunningReduced
            ? m_gateReason
            : tr("Running %n task(s)", nullptr, running);
        if (!m_offlineReason.isEmpty())
            r += QStringLiteral("; ") + m_offlineReason;
    } else if (!m_offlineReason.isEmpty()) {
        s = State::Offline;
        r = m_offlineReason;
    } else if (!m_diskReason.isEmpty()) {
        s = State::NoWork;
        r = m_diskReason;
    } else if (!m_registered) {
        s = State::Starting;
        r = tr("Connecting to the hub at %1").arg(m_config.hubUrl.toDisplayString());
    } else {
        s = State::NoWork;
        r = m_tasks && m_tasks->count(TaskStore::State::Queued) > 0 ? tr("Preparing tasks")
                                                                    : tr("Waiting for work from the hub");
    }
    if (s != m_state || r != m_reason) {
        m_state = s;
        m_reason = r;
        Q_EMIT stateChanged(s, r);
    }
}

QString Engine::stateName(State s)
{
    switch (s) {
    case State::Starting:
        return QStringLiteral("starting");
    case State::Running:
        return QStringLiteral("running");
    case State::NoWork:
        return QStringLiteral("no_work");
    case State::WaitingForIdle:
        return QStringLiteral("waiting_for_idle");
    case State::Paused:
        return QStringLiteral("paused");
    case State::Suspended:
        return QStringLiteral("suspended");
    case State::Throttled:
        return QStringLiteral("throttled");
    case State::Offline:
        return QStringLiteral("offline");
    case State::Error:
        return QStringLiteral("error");
    case State::Stopping:
        return QStringLiteral("stopping");
    case State::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

QJsonObject Engine::status() const
{
    QJsonArray running;
    if (m_executor) {
        for (const auto& info : m_executor->tasks()) {
            running.append(QJsonObject { { QStringLiteral("id"), info.taskId },
                { QStringLiteral("pid"), info.pid }, { QStringLiteral("progress"), info.progress },
                { QStringLiteral("cpu_seconds"), info.cpuSeconds },
                { QStringLiteral("rss_bytes"), info.rssBytes },
                { QStringLiteral("suspended"), info.suspended } });
        }
    }
    QJsonObject o { { QStringLiteral("state"), stateName(m_state) }, { QStringLiteral("reason"), m_reason },
        { QStringLiteral("hub"), m_config.hubUrl.toString() },
        { QStringLiteral("pid"), QCoreApplication::applicationPid() },
        { QStringLiteral("updated"), m_clock() }, { QStringLiteral("tasks_running"), running.size() },
        { QStringLiteral("tasks"), running }, { QStringLiteral("cores"), m_config.cores },
        { QStringLiteral("sandbox"),
            m_executor && m_executor->sandboxed() ? platform::detectSandbox().name : QStringLiteral("none") },
        { QStringLiteral("task_control"), m_executor ? m_executor->controlMethod() : QString() },
        { QStringLiteral("task_control_note"), m_cgroupWhyNot },
        { QStringLiteral("policy_reason"), reasonName(m_decision.reason) },
        { QStringLiteral("idle_source"), m_sample.idleSource },
        { QStringLiteral("power_source"), m_probe ? m_probe->powerSource() : QString() },
        { QStringLiteral("duty_cycle"), m_effectiveDuty },
        { QStringLiteral("tasks_cpu_percent"), std::round(m_tasksCpuPercent * 10.0) / 10.0 },
        { QStringLiteral("thermal"), QString::fromLatin1(thermalReasonName(m_thermalOut.reason).data()) },
        { QStringLiteral("allowed_cores"), m_runAllowed ? m_allowedCores : 0 } };
    if (!m_balance.isEmpty())
        o.insert(QStringLiteral("balance"), m_balance);
    auto opt = [](const std::optional<double>& v) {
        return v ? QJsonValue(std::round(*v * 10) / 10) : QJsonValue();
    };
    o.insert(QStringLiteral("idle_seconds"), opt(m_sample.inputs.idleSeconds));
    o.insert(QStringLiteral("cpu_temp_c"), opt(m_sample.cpuTempC));
    o.insert(QStringLiteral("gpu_temp_c"), opt(m_sample.gpuTempC));
    o.insert(QStringLiteral("gpu_allowed"), m_decision.gpuAllowed && m_runAllowed);
    o.insert(QStringLiteral("gpu_too_hot"), m_decision.gpuTooHot);
    o.insert(QStringLiteral("on_battery"),
        m_sample.inputs.onBattery ? QJsonValue(*m_sample.inputs.onBattery) : QJsonValue());
    return o;
}

void Engine::writeStatusFile()
{
    if (!m_lock)
        return;
    QJsonObject o = status();
    o.remove(QStringLiteral("updated"));
    // State changes are written at once; readings that drift every second (idle time,
    // temperature, task progress) at most every 5 s, so a waiting engine does not rewrite the
    // file each second.
    QJsonObject stable = o;
    for (const char* k : { "idle_seconds", "cpu_temp_c", "gpu_temp_c", "tasks" })
        stable.remove(QLatin1String(k));
    const QByteArray key = QJsonDocument(stable).toJson(QJsonDocument::Compact);
    if (key == m_lastStatusKey && nowMs() - m_lastStatusWriteMs < 5000)
        return;
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (json == m_lastStatusJson)
        return;
    QSaveFile f(m_config.dataDir + QStringLiteral("/status.json"));
    if (f.open(QIODevice::WriteOnly) && f.write(json) == json.size() && f.commit()) {
        m_lastStatusJson = json;
        m_lastStatusKey = key;
        m_lastStatusWriteMs = nowMs();
    }
}

QJsonObject Engine::readStatus(const QString& dataDir, QString* error)
{
    QDir dir(dataDir);
    if (!dir.exists()) {
        *error = tr("%1 does not exist; no engine has used it yet.").arg(dataDir);
        return {};
    }
    QJsonObject o;
    QFile f(dir.filePath(QStringLiteral("status.json")));
    if (f.open(QIODevice::ReadOnly))
        o = QJsonDocument::fromJson(f.readAll()).object();
    QLockFile lock(dir.filePath(QStringLiteral("engine.lock")));
    lock.setStaleLockTime(0);
    const bool engineRunning = !lock.tryLock(0);
    if (!engineRunning) {
        lock.unlock();
        o.insert(QStringLiteral("state"), stateName(State::Stopped));
        o.insert(QStringLiteral("reason"), tr("No engine is running on this data folder."));
        o.insert(QStringLiteral("tasks_running"), 0);
        o.insert(QStringLiteral("tasks"), QJsonArray());
    }
    o.insert(QStringLiteral("engine_running"), engineRunning);
    QString err;
    qint64 earned = 0;
    int completed = 0, queued = 0, unreported = 0, valid = 0, invalid = 0;
    if (QFile::exists(dir.filePath(QStringLiteral("tasks.sqlite")))) {
        if (auto tasks = TaskStore::open(dir.filePath(QStringLiteral("tasks.sqlite")), &err)) {
            for (const auto& r : tasks->inState(TaskStore::State::Reported))
                completed += r.exitCode == 0 ? 1 : 0;
            for (const auto& r : tasks->inState(TaskStore::State::Finished))
                completed += r.exitCode == 0 ? 1 : 0;
            queued = tasks->count(TaskStore::State::Queued);
            unreported = tasks->count(TaskStore::State::Finished);
        }
    }
    if (QFile::exists(dir.filePath(QStringLiteral("ledger.sqlite")))) {
        if (auto ledger = Ledger::open(dir.filePath(QStringLiteral("ledger.sqlite")), &err)) {
            earned = ledger->earnedTotal();
            if (const auto balance = ledger->meta(QStringLiteral("balance"));
                balance && !o.contains(QLatin1String("balance")))
                o.insert(QStringLiteral("balance"), QJsonDocument::fromJson(balance->toUtf8()).object());
            valid = ledger->creditedTasks(QStringLiteral("valid"));
            invalid = ledger->creditedTasks(QStringLiteral("invalid"));
        }
    }
    if (!err.isEmpty())
        *error = err;
    if (!o.contains(QLatin1String("state"))) {
        o.insert(QStringLiteral("state"), stateName(State::Stopped));
        o.insert(QStringLiteral("reason"), tr("No engine has run on this data folder yet."));
    }
    o.insert(QStringLiteral("tasks_completed"), completed);
    o.insert(QStringLiteral("tasks_queued"), queued);
    o.insert(QStringLiteral("results_waiting_to_report"), unreported);
    o.insert(QStringLiteral("tasks_valid"), valid);
    o.insert(QStringLiteral("tasks_invalid"), invalid);
    o.insert(QStringLiteral("earned_total"), earned);
    return o;
}

void Engine::log(const QString& message) { Q_EMIT activity(message); }

} // namespace sc::core
