// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/engine.h"

#include "engine/contributionrecorder.h"
#include "engine/creditfeed.h"
#include "engine/datafolder.h"
#include "engine/hardwarewatch.h"
#include "engine/hubsession.h"
#include "engine/policyloop.h"
#include "engine/programcache.h"
#include "engine/statusfile.h"
#include "engine/taskrunner.h"
#include "engine/walletwatch.h"
#include "install/layout.h"
#include "ledger/ledger.h"
#include "logging/categories.h"
#include "network/hubclient.h"
#include "platform/cgroup.h"
#include "platform/sandbox.h"
#include "settings/settings.h"
#include "tasks/executor.h"
#include "tasks/taskdescription.h"
#include "tasks/taskstore.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <utility>

namespace sc::core {

namespace {
    constexpr auto kStopGrace = std::chrono::seconds(10);

    MonoClock steadyClock()
    {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        return [timer] { return timer->elapsed(); };
    }
} // namespace

Engine::Engine(Config config, HttpTransport& http, Clock clock, QObject* parent, MonoClock mono)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(http)
    , m_clock(std::move(clock))
    , m_mono(mono ? std::move(mono) : steadyClock())
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Engine::tick);
}

Engine::~Engine() = default;

Settings* Engine::settings() const { return m_folder ? &m_folder->settings() : nullptr; }

bool Engine::start(QString* error)
{
    DataFolder::Options folderOptions;
    folderOptions.sharedSettings = m_config.settings;
    folderOptions.identity
        = m_config.becomeNewDevice ? DeviceIdentity::Mode::BecomeNew : DeviceIdentity::Mode::Keep;
    folderOptions.restoreKeyFrom = m_config.restoreKeyFrom;
    folderOptions.keychain = m_config.keyBackup;
    m_folder = DataFolder::open(m_config.dataDir, folderOptions, error, &m_identityProblem);
    if (!m_folder)
        return false;
    m_config.dataDir = m_folder->path();
    Ledger& ledger = m_folder->ledger();
    m_statusFile = std::make_unique<StatusFile>(m_folder->statusPath(), m_mono);
    m_hub = std::make_unique<HubClient>(m_http, m_folder->key(), m_config.hubUrl, m_clock);
    m_hardware = std::make_unique<HardwareWatch>(
        HardwareWatch::Options { m_config.dataDir, m_config.sysRoot, m_config.procRoot, m_config.nvmlLibrary,
            m_config.hardwareCheckSeconds, m_config.autoBenchmark, m_config.benchmarkSliceSeconds,
            m_config.gpuProbe == QLatin1String("none")
                ? QString()
                : (m_config.gpuProbe.isEmpty() ? layout::findProgram(QStringLiteral("sc-gpu-probe"))
                                               : m_config.gpuProbe) },
        m_clock, m_mono);
    m_session = std::make_unique<HubSession>(*m_hub, ledger, m_config.dataDir, m_mono, [this] {
        const MachineProfile machine = m_hardware->profileForHub();
        QJsonObject profile = machine.toJson();
        if (const auto benchmark = m_hardware->benchmark())
            profile.insert(QStringLiteral("benchmark"), benchmark->toJson());
        profile.insert(QStringLiteral("cores_offered"), m_config.cores);
        profile.insert(QStringLiteral("ops_per_second"), m_runner->opsPerSecond());
        const QString payout = m_folder->settings().get<setting::PayoutAddress>();
        return HubSession::Registration { profile, machine.hardwareFingerprint(),
            payout.isEmpty() ? m_config.payoutAddress : payout };
    });
    m_programs = std::make_unique<ProgramCache>(*m_folder, *m_hub, *m_session);
    m_executor = new Executor(this);
    m_executor->setSandboxed(sandbox().available);
    applySlotQuota();
    // The recorder hears of an exit first: a task's last CPU seconds belong to this minute.
    m_contribution = std::make_unique<ContributionRecorder>(ledger, m_clock, m_mono);
    connect(m_executor, &Executor::taskExited, this,
        [this](const QString& id, int, bool, bool, double cpuSeconds) {
            m_contribution->taskExited(id, cpuSeconds);
        });
    m_policy
        = std::make_unique<PolicyLoop>(PolicyLoop::Options { m_config.cores, m_config.alwaysRun,
                                           m_config.idleSecondsOverride, m_config.sysRoot, m_config.procRoot,
                                           m_config.nvmlLibrary, m_config.dataDir, m_config.diskFreeBytes },
            m_folder->settings(), *m_executor, m_idle, m_clock, m_mono);
    m_runner = std::make_unique<TaskRunner>(
        TaskRunner::Limits { m_config.cores, m_config.checkpointSeconds, m_config.minFreeDiskBytes,
            m_config.bufferMinSecondsPerCore, m_config.bufferMaxSecondsPerCore, m_config.diskFreeBytes },
        *m_folder, *m_hub, *m_session, *m_programs, *m_executor, m_clock, m_mono);
    m_credits = std::make_unique<CreditFeed>(*m_hub, *m_session, ledger, m_clock, m_mono);
    m_wallet = std::make_unique<WalletWatch>(m_http, m_clock, m_mono);
    m_wallet->setUnavailable(m_config.chainUnavailable);
    configureWallet();

    connect(m_session.get(), &HubSession::activity, this, &Engine::log);
    connect(m_programs.get(), &ProgramCache::activity, this, &Engine::log);
    connect(m_hardware.get(), &HardwareWatch::activity, this, &Engine::log);
    connect(m_policy.get(), &PolicyLoop::activity, this, &Engine::log);
    connect(m_runner.get(), &TaskRunner::activity, this, &Engine::log);
    connect(m_credits.get(), &CreditFeed::activity, this, &Engine::log);
    connect(m_runner.get(), &TaskRunner::activityEvent, this, &Engine::emitEvent);
    connect(m_credits.get(), &CreditFeed::activityEvent, this, &Engine::emitEvent);
    connect(&m_folder->settings(), &Settings::changed, this, &Engine::onSettingChanged);
    connect(m_session.get(), &HubSession::changed, this, &Engine::pump);
    connect(m_session.get(), &HubSession::fatal, this, &Engine::setFatal);
    connect(m_session.get(), &HubSession::networkChanged, this, [this] {
        m_runner->dropAllWork();
        m_credits->forgetBalance();
    });
    connect(m_programs.get(), &ProgramCache::changed, this, [this] {
        m_runner->markDirty();
        pump();
    });
    connect(m_programs.get(), &ProgramCache::refused, this, [this](const QString& sha) {
        m_runner->abandonUsing(sha, QStringLiteral("program failed verification"));
    });
    connect(m_programs.get(), &ProgramCache::taskRefused, this, [this](const QString& id) {
        m_runner->abandon(id, QStringLiteral("its program is not signed by the network"));
    });
    connect(m_hardware.get(), &HardwareWatch::benchmarkMeasured, this, [this] {
        m_session->invalidate();
        pump();
    });
    // The first registration waits for the probe (under a second; kProbeTimeoutMs at most), so
    // the hub hears of an OpenCL device at once (it hands GPU work only to devices with one).
    // The GPU slot opens unless the user keeps tasks off the graphics card.
    connect(m_hardware.get(), &HardwareWatch::openClProbed, this, [this] {
        const auto& found = m_hardware->openCl();
        // A failed probe leaves the GPU slots unknown: GPU tasks on hand wait for the next start
        // rather than go back for a driver that was slow once.
        if (m_hardware->openClProbeFailed())
            qCWarning(lcEngine, "GPU probe: %s", qPrintable(found.error));
        else if (found.devices.isEmpty())
            qCInfo(lcEngine, "no OpenCL device for GPU tasks: %s", qPrintable(found.error));
        else if (const auto& d = found.devices.first(); d.type == QLatin1String("cpu"))
            log(tr("GPU tasks run on the processor here: this computer has no graphics card for them."));
        else
            log(tr("Tasks can use the graphics card: %1.").arg(d.name));
        if (!m_hardware->openClProbeFailed())
            applyGpuSlots();
        if (m_session->registered())
            m_session->invalidate(); // a probe that answered late: tell the hub now
        pump();
    });
    m_hardware->probeOpenCl();
    // The user came back, or has been away long enough: decide now, not at the next tick.
    const auto reevaluate = [this] {
        evaluatePolicy();
        pump();
    };
    connect(m_policy.get(), &PolicyLoop::userReturned, this, reevaluate);
    connect(m_policy.get(), &PolicyLoop::userAway, this, reevaluate);
    connect(m_policy.get(), &PolicyLoop::thermalStop, this, &Engine::thermalStop);
    connect(m_runner.get(), &TaskRunner::changed, this, &Engine::pump);
    connect(m_runner.get(), &TaskRunner::reported, m_credits.get(), &CreditFeed::expectCredit);
    connect(m_runner.get(), &TaskRunner::taskEnded, m_policy.get(), &PolicyLoop::forgetTask);
    connect(m_runner.get(), &TaskRunner::taskFailed, this, &Engine::taskFailed);
    connect(m_credits.get(), &CreditFeed::changed, this, [this] {
        // The app looks the hub's payouts up on the chain itself (WalletStatus::payouts).
        if (const auto balance = m_credits->balance())
            m_wallet->watchPayouts(balance->payouts);
        pump();
    });
    connect(m_credits.get(), &CreditFeed::payoutArrived, this, &Engine::payoutArrived);
    connect(m_credits.get(), &CreditFeed::payoutArrived, m_wallet.get(), &WalletWatch::refreshSoon);
    connect(m_session.get(), &HubSession::chainChanged, this, &Engine::configureWallet);
    connect(m_wallet.get(), &WalletWatch::changed, this, [this] {
        // The last good read is kept, so a restart with the chain away still shows a balance.
        if (const auto w = m_wallet->status(); w && w->error.isEmpty() && w->asOf > 0)
            m_folder->ledger().setMeta(QStringLiteral("wallet_last"),
                QString::fromUtf8(QJsonDocument(w->toJson()).toJson(QJsonDocument::Compact)));
        pump();
    });
    connect(m_wallet.get(), &WalletWatch::activity, this, &Engine::log);
    connect(m_executor, &Executor::resumedFromCheckpoint, this, [this](const QString& id) {
        ActivityEvent e;
        e.text = tr("A task resumed from its checkpoint");
        e.subject = taskWords(id);
        emitEvent(e);
    });

    if (!m_folder->identityNotice().isEmpty())
        log(m_folder->identityNotice());
    openCgroups();
    if (m_executor->sandboxed())
        log(tr("Tasks run in a %1 sandbox: no network, only their own folder writable.").arg(sandbox().name));
    else if (!m_folder->settings().get<setting::RunWithoutSandbox>())
        problem(tr("Tasks wait for your permission: this computer cannot shut them in a sandbox (%1).")
                    .arg(sandbox().reason),
            tr("Install bubblewrap, or allow tasks to run without a sandbox on the Overview."));
    else
        problem(tr("Tasks run without a sandbox (%1). They still run at idle priority in their own folder.")
                    .arg(sandbox().reason),
            tr("Install bubblewrap to isolate them."));
    const int resuming = m_folder->tasks().count(TaskStore::State::Running);
    const int unreported = m_folder->tasks().count(TaskStore::State::Finished);
    if (resuming > 0)
        log(tr("%n tasks will resume from their checkpoints.", nullptr, resuming));
    if (unreported > 0)
        log(tr("%n results from an earlier run wait to be reported.", nullptr, unreported));
    m_tick.start();
    evaluatePolicy();
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
        // Nothing the user can act on: the log file keeps it, the Activity page does not.
        qCDebug(lcEngine) << "Tasks are paused and slowed by stopping their processes (no control group)";
        return;
    }
    qCDebug(lcEngine) << "Tasks run in cgroups under" << cg->dir()
                      << (cg->cpuControl() ? "with CPU bandwidth control" : "slowed with signals");
    m_executor->setCgroups(std::shared_ptr<platform::TaskCgroups>(std::move(cg)));
}

void Engine::stop(std::function<void()> done)
{
    m_stopping = true;
    m_tick.stop();
    if (m_policy)
        m_policy->stopWatching();
    if (m_session)
        m_session->setBlocked(true);
    updateState();
    auto finish = [this, done = std::move(done)] {
        if (m_contribution)
            m_contribution->finish();
        m_state = State::Stopped;
        m_stateReason = { StateReason::Code::Stopped, {}, 0, {} };
        m_reason = m_stateReason.describe();
        writeStatusFile(true);
        m_statusFile.reset(); // the folder is given up: nothing more is written into it
        if (m_folder)
            m_folder->release();
        done();
    };
    if (!m_executor) {
        finish();
        return;
    }
    m_executor->stopAll(kStopGrace, std::move(finish));
}

void Engine::pauseByUser(qint64 untilUnix)
{
    QString err;
    if (m_folder && m_folder->settings().put<setting::PausedUntil>(untilUnix, &err)) {
        ActivityEvent e;
        e.kind = ActivityEvent::Kind::Suspended;
        e.text = untilUnix >= PolicySettings::kPausedIndefinitely
            ? tr("You paused SpareCycles until you resume it")
            : tr("You paused SpareCycles until %1")
                  .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(untilUnix), QLocale::ShortFormat));
        emitEvent(e);
    }
    evaluatePolicy();
    pump();
}

void Engine::resumeByUser()
{
    QString err;
    if (m_folder && m_folder->settings().put<setting::PausedUntil>(0, &err)) {
        ActivityEvent e;
        e.kind = ActivityEvent::Kind::Resumed;
        e.text = tr("You resumed SpareCycles");
        emitEvent(e);
    }
    evaluatePolicy();
    pump();
}

void Engine::runNow(int seconds)
{
    QString err;
    if (m_folder)
        m_folder->settings().put<setting::RunNowUntil>(m_clock() + seconds, &err);
    evaluatePolicy();
    pump();
}

void Engine::evaluatePolicy()
{
    if (!m_policy || m_stopping)
        return;
    m_policy->evaluate(!m_fatal.isEmpty());
    updateState();
}

void Engine::onSettingChanged(const QString& key)
{
    // Pause and "run now" are the user's commands, logged as such.
    if (key == setting::PausedUntil::key() || key == setting::RunNowUntil::key())
        return;
    m_settingsChanged = true;
    const QString payout = m_folder->settings().get<setting::PayoutAddress>();
    if (key == setting::PayoutAddress::key() && m_session->registered() && !payout.isEmpty()
        && payout != m_session->registeredPayout()) {
        m_session->invalidate(); // tell the hub the new payout address (registration is idempotent)
        log(tr("Payout address changed to %1; telling the hub.").arg(payout));
    }
    if (key == setting::PayoutAddress::key() || key == setting::ChainRpcUrl::key())
        configureWallet();
    if (key == setting::UseGpu::key())
        applyGpuSlots();
    if (key == setting::MaxDisk::key())
        applySlotQuota();
}

void Engine::configureWallet()
{
    const QString payout = m_folder->settings().get<setting::PayoutAddress>();
    m_wallet->configure(m_session->chain(), payout.isEmpty() ? m_config.payoutAddress : payout,
        m_folder->settings().get<setting::ChainRpcUrl>());
    const QString last = m_folder->ledger().meta(QStringLiteral("wallet_last")).value_or(QString());
    if (const auto w = WalletStatus::fromJson(QJsonDocument::fromJson(last.toUtf8()).object()))
        m_wallet->restore(*w);
}

void Engine::tick()
{
    if (m_session->registered() && m_hardware->changedSince(m_session->registeredFingerprint()))
        m_session->invalidate();
    m_executor->sampleCpu();
    QList<ContributionRecorder::TaskCpu> cpu;
    // A GPU task counts as running while its gate is open (not at the instant of a duty phase),
    // for the share of the time the GPU duty cycle gives it.
    for (const auto& info : m_executor->tasks()) {
        cpu.append({ info.taskId, info.cpuSeconds, info.gpu,
            info.gpu ? !m_executor->isSuspended(true) : !info.suspended,
            info.gpu ? m_executor->gpuDutyCycle() : 1.0 });
    }
    const auto& sample = m_policy->sample();
    m_contribution->sample(
        cpu, sample.inputs.logicalCpus, sample.cpuTempC, m_policy->effectiveDuty(), sample.gpuTempC);
    m_folder->settings().reloadIfChanged(); // another process's change (`config set`)
    if (std::exchange(m_settingsChanged, false))
        log(tr("Settings changed; applied."));
    evaluatePolicy();
    pump();
}

void Engine::pump()
{
    if (m_stopping || !m_folder)
        return;
    if (m_fatal.isEmpty()) {
        if (!m_session->registered()) {
            if (m_hardware->openClProbeDone())
                m_session->connectIfNeeded();
        } else {
            m_runner->syncWithHub();
            m_credits->poll();
        }
        m_wallet->poll(); // the chain's word, hub or no hub
        // Work in the task store belongs to the network last connected to. Under another
        // address it may be another network's: wait for the hub to say who it is.
        const int running = m_executor->runningCount();
        const bool cpuRoom
            = m_policy->runAllowed() && m_executor->runningCount(false) < m_policy->allowedCores();
        const bool gpuRoom
            = m_policy->gpuRunAllowed() && m_executor->runningCount(true) < m_runner->gpuSlots();
        if ((cpuRoom || gpuRoom) && !waitingForSandboxConsent() && !m_hardware->measuringFirst(running)
            && m_session->confirmed())
            m_runner->startTasks(m_policy->runAllowed() ? m_policy->allowedCores() : 0,
                m_policy->gpuRunAllowed(), [this](const QString& id) { return m_policy->fitsInMemory(id); });
    }
    updateState();
    writeStatusFile();
}

void Engine::applyGpuSlots()
{
    // One GPU slot where the probe found an OpenCL device and the user lets tasks use it. GPU
    // tasks already running stop at their checkpoints when it closes (they resume if it opens).
    const auto& devices = m_hardware->openCl().devices;
    const bool card = std::any_of(devices.cbegin(), devices.cend(), [this](const platform::OpenClDevice& d) {
        return d.type == QLatin1String("gpu") || d.type == QLatin1String("accelerator")
            || (m_config.gpuWorkOnCpuOpenCl && d.type == QLatin1String("cpu"));
    });
    const bool on = m_folder->settings().get<setting::UseGpu>() && card;
    m_runner->setGpuSlots(on ? 1 : 0);
    applySlotQuota(); // the GPU slot shares max_disk too
    if (on)
        return;
    for (const auto& t : m_executor->tasks()) {
        if (t.gpu)
            m_executor->stopTask(t.taskId, std::chrono::seconds(10));
    }
}

void Engine::applySlotQuota()
{
    // What all tasks may keep together (max_disk), shared by the tasks that run at once: one
    // task alone can never take the whole allowance.
    const qint64 total = qint64(m_folder->settings().get<setting::MaxDisk>()) * 1'000'000'000;
    m_executor->setSlotQuota(total / std::max(1, m_config.cores + (m_runner ? m_runner->gpuSlots() : 0)));
}

const platform::Sandbox& Engine::sandbox() const
{
    return m_config.sandbox ? *m_config.sandbox : platform::detectSandbox();
}

bool Engine::waitingForSandboxConsent() const
{
    return m_executor && !m_executor->sandboxed() && m_folder
        && !m_folder->settings().get<setting::RunWithoutSandbox>();
}

void Engine::setFatal(const QString& message)
{
    m_fatal = message;
    log(message);
    m_session->setBlocked(true);
    m_executor->suspendAll();
    evaluatePolicy();
    writeStatusFile();
}

void Engine::updateState()
{
    using Code = StateReason::Code;
    State s;
    StateReason r;
    const int running = m_executor ? m_executor->runningCount() : 0;
    const bool allowed = m_policy && m_policy->runAllowed();
    const PolicyReason why = m_policy ? m_policy->decision().reason : PolicyReason::Running;
    const StateReason gate { Code::Gate, m_policy ? m_policy->reason() : tr("Starting"), 0, {} };
    const QString offline = m_session ? m_session->offlineReason() : QString();
    if (m_stopping) {
        s = State::Stopping;
        r = { Code::Stopping, {}, 0, {} };
    } else if (!m_fatal.isEmpty()) {
        s = State::Error;
        r = { Code::Fatal, m_fatal, 0, {} };
    } else if (waitingForSandboxConsent()) {
        s = State::Suspended;
        r = { Code::NoSandbox, sandbox().reason, 0, {} };
    } else if (!allowed && why == PolicyReason::PausedByUser) {
        s = State::Paused;
        r = gate;
    } else if (!allowed && (why == PolicyReason::UserActive || why == PolicyReason::IdleUnknown)) {
        s = State::WaitingForIdle;
        r = gate;
    } else if (!allowed && m_policy && m_policy->thermal().duty <= 0 && m_policy->hasCpuTemperature()
        && m_policy->decision().cpuAllowed) {
        s = State::Throttled;
        r = gate;
    } else if (!allowed) {
        s = State::Suspended;
        r = gate;
    } else if (running > 0) {
        s = m_policy->effectiveDuty() < 0.999 ? State::Throttled : State::Running;
        r = s == State::Throttled || why == PolicyReason::RunningReduced
            ? gate
            : StateReason { Code::Running, {}, running, {} };
        r.alongside = offline;
    } else if (!offline.isEmpty()) {
        s = State::Offline;
        r = { Code::Offline, offline, 0, {} };
    } else if (m_runner && !m_runner->diskReason().isEmpty()) {
        s = State::NoWork;
        r = { Code::DiskFull, m_runner->diskReason(), 0, {} };
    } else if (!m_session || !m_session->registered()) {
        s = State::Starting;
        r = { Code::Connecting, m_config.hubUrl.toDisplayString(), 0, {} };
    } else {
        s = State::NoWork;
        r = { m_runner->queuedCount() > 0 ? Code::Preparing : Code::WaitingForWork, {}, 0, {} };
    }
    const QString sentence = r.describe();
    if (s != m_state || sentence != m_reason) {
        if (s != m_state)
            noteStateChange(m_state, s, m_reason, sentence);
        m_state = s;
        m_stateReason = r;
        m_reason = sentence;
        Q_EMIT stateChanged(s, sentence);
    }
}

EngineStatus Engine::snapshot() const
{
    EngineStatus st;
    st.state = m_state;
    st.reason = m_stateReason;
    st.hub = m_config.hubUrl.toString();
    st.pid = QCoreApplication::applicationPid();
    st.updated = m_clock();
    if (m_executor) {
        for (const auto& info : m_executor->tasks())
            st.tasks.append({ info.taskId, info.pid, info.progress, info.cpuSeconds, info.rssBytes,
                info.suspended, taskWords(info.taskId), info.gpu });
        st.sandbox = m_executor->sandboxed() ? sandbox().name : QStringLiteral("none");
        st.taskControl = m_executor->controlMethod();
    } else {
        st.sandbox = QStringLiteral("none");
    }
    st.cores = m_config.cores;
    st.taskControlNote = m_cgroupWhyNot;
    st.engineRunning = m_folder != nullptr;
    if (m_credits)
        st.balance = m_credits->balance();
    if (m_wallet)
        st.wallet = m_wallet->status();
    if (m_contribution)
        st.tasksCpuPercent = m_contribution->tasksCpuPercent();
    if (!m_policy)
        return st;
    const bool allowed = m_policy->runAllowed();
    const auto& sample = m_policy->sample();
    const auto& decision = m_policy->decision();
    st.allowedCores = allowed ? m_policy->allowedCores() : 0;
    st.policyReason = decision.reason;
    st.idleSource = sample.idleSource;
    st.powerSource = m_policy->powerSource();
    st.dutyCycle = m_policy->effectiveDuty();
    st.thermal = QString::fromLatin1(thermalReasonName(m_policy->thermal().reason).data());
    st.idleSeconds = sample.inputs.idleSeconds;
    st.cpuTempC = sample.cpuTempC;
    st.gpuTempC = sample.gpuTempC;
    st.gpuAllowed = m_policy->gpuRunAllowed();
    st.gpuTooHot = m_policy->gpuTooHot();
    st.gpuSlots = m_runner ? m_runner->gpuSlots() : 0;
    st.gpuDuty = m_policy->gpuDuty();
    if (st.gpuSlots > 0) {
        st.gpuReason = m_policy->gpuReason();
        st.gpuDevice = m_hardware->openCl().devices.value(0).name;
    }
    st.onBattery = sample.inputs.onBattery;
    return st;
}

void Engine::writeStatusFile(bool force)
{
    if (m_statusFile && m_folder)
        m_statusFile->write(status(), force);
}

QJsonObject Engine::readStatus(const QString& dataDir, QString* error)
{
    QJsonObject o = StatusFile::read(dataDir, error);
    if (o.isEmpty())
        return o;
    StateReason why;
    if (!o.value(QLatin1String("engine_running")).toBool()) {
        why.code = StateReason::Code::NoEngine;
        o.insert(QStringLiteral("tasks_running"), 0);
        o.insert(QStringLiteral("tasks"), QJsonArray());
    } else if (!o.contains(QLatin1String("state"))) {
        why.code = StateReason::Code::NeverRan;
    } else {
        return o;
    }
    o.insert(QStringLiteral("state"), stateName(State::Stopped));
    o.insert(QStringLiteral("reason"), why.describe());
    o.insert(QStringLiteral("reason_code"), EngineStatus::reasonCodeName(why.code));
    // The last engine's details belong to its reason, not to this one.
    o.insert(QStringLiteral("reason_detail"), QString());
    o.insert(QStringLiteral("reason_count"), 0);
    o.insert(QStringLiteral("reason_alongside"), QString());
    return o;
}

void Engine::log(const QString& message)
{
    ActivityEvent e;
    e.text = message;
    emitEvent(e);
}

void Engine::problem(const QString& text, const QString& whatToDo)
{
    ActivityEvent e;
    e.kind = ActivityEvent::Kind::Problem;
    e.problem = true;
    e.text = text;
    e.detail = whatToDo;
    emitEvent(e);
}

void Engine::emitEvent(const ActivityEvent& event)
{
    ActivityEvent e = event;
    if (e.time == 0)
        e.time = m_clock();
    if (e.subject.isEmpty() && !e.app.isEmpty())
        e.subject = TaskDescription::describe(
            e.app, e.input, TaskDescription::networkName(m_config.hubUrl), QLocale());
    Q_EMIT activityEvent(e);
    // The CLI and the log file read one line per event.
    QString line = e.text;
    if (!e.subject.isEmpty())
        line += QStringLiteral(" (") + e.subject + QLatin1Char(')');
    if (!e.detail.isEmpty())
        line += QLatin1Char(' ') + e.detail;
    Q_EMIT activity(line);
}

void Engine::noteStateChange(State from, State to, const QString& fromReason, const QString& toReason)
{
    if (const auto e = stateChangeEvent(from, to, fromReason, toReason))
        emitEvent(*e);
}

std::optional<ActivityEvent> Engine::stateChangeEvent(
    State from, State to, const QString& fromReason, const QString& toReason)
{
    const auto running = [](State s) { return s == State::Running || s == State::Throttled; };
    const auto waiting
        = [](State s) { return s == State::Suspended || s == State::WaitingForIdle || s == State::Paused; };
    ActivityEvent e;
    if (to == State::Offline) {
        e.kind = ActivityEvent::Kind::Offline;
        e.problem = true;
        e.text = tr("Lost the connection to the network");
        e.detail = tr("%1. Check this computer's internet connection; SpareCycles tries again by itself.")
                       .arg(toReason);
    } else if (from == State::Offline && to != State::Stopping && to != State::Stopped) {
        e.kind = ActivityEvent::Kind::Online;
        e.text = tr("Back online");
    } else if (from == State::Paused || to == State::Paused) {
        return std::nullopt; // the user's own pause and resume have their line (pauseByUser, resumeByUser)
    } else if (running(from) && waiting(to)) {
        e.kind = ActivityEvent::Kind::Suspended;
        // The reason often says "Suspended: …" itself: not twice.
        e.text = toReason.startsWith(tr("Suspended"), Qt::CaseInsensitive)
            ? toReason
            : tr("Tasks suspended: %1").arg(toReason);
    } else if (waiting(from) && running(to)) {
        e.kind = ActivityEvent::Kind::Resumed;
        e.text = tr("Tasks resumed (they had waited: %1)").arg(fromReason);
    } else {
        return std::nullopt;
    }
    return e;
}

QString Engine::taskWords(const QString& taskId) const
{
    if (const auto it = m_taskWords.constFind(taskId); it != m_taskWords.cend())
        return *it;
    QString words;
    if (m_folder)
        if (const auto row = m_folder->tasks().find(taskId))
            words = TaskDescription::describe(
                row->task.app, row->task.input, TaskDescription::networkName(m_config.hubUrl), QLocale());
    if (m_taskWords.size() > 256)
        m_taskWords.clear();
    m_taskWords.insert(taskId, words);
    return words;
}

PolicyReason Engine::policyReason() const
{
    return m_policy ? m_policy->decision().reason : PolicyReason::Running;
}

} // namespace sc::core
