// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/activityevent.h"
#include "engine/clocks.h"
#include "engine/deviceidentity.h"
#include "engine/enginestatus.h"
#include "platform/sandbox.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace sc::core {

class ContributionRecorder;
class CreditFeed;
class WalletWatch;
class DataFolder;
class Executor;
class HardwareWatch;
class HttpTransport;
class HubClient;
class HubSession;
class IdleSource;
class PolicyLoop;
class ProgramCache;
class Settings;
class StatusFile;
class TaskRunner;

// The engine: keeps a buffer of work from the hub, runs it through the Executor, reports
// results (kept on disk until the hub has them), and follows the credit feed into the
// Ledger. Everything durable is in the data folder, so a kill -9 at any point loses nothing.
// The UI and the CLI only read its state and send commands.
//
// This class is the façade: it builds the collaborators, runs them in one order on every pump
// (register → fetch and report → credits → start tasks → state → status file), owns the state
// machine and re-emits what the front ends need. The work itself is done by:
//   DataFolder (lock, key, stores), HubSession (who the hub is, registration, backoff),
//   ProgramCache (download and verify programs), TaskRunner (fetch, start, exit, report, drop),
//   CreditFeed (credits, balance, payouts), ContributionRecorder (minutes for the charts),
//   PolicyLoop (idle, temperature, memory: the one run gate), HardwareWatch (profile, speed),
//   StatusFile (status.json).
class Engine final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Engine)
public:
    using State = EngineState;

    struct Config {
        QString dataDir;
        QUrl hubUrl;
        int cores = 1;
        bool alwaysRun = false;
        int bufferMinSecondsPerCore = 120;
        int bufferMaxSecondsPerCore = 600;
        int checkpointSeconds = 5;
        QString payoutAddress;
        // The user confirmed that this computer becomes a new device (its key was lost or
        // replaced; DeviceIdentity).
        bool becomeNewDevice = false;
        // The sandbox as probed (platform::detectSandbox()); tests give one that is missing.
        std::optional<platform::Sandbox> sandbox;
        // A saved copy of the device key to put into place first (the user picked it).
        QString restoreKeyFrom;
        // Where the app keeps the device key's second copy (the system keychain); none headless.
        DeviceKeyBackup* keyBackup = nullptr;
        // The network's chain is missing for this reason (the demo's chain did not start).
        QString chainUnavailable;
        qint64 minFreeDiskBytes = 200LL * 1024 * 1024;
        // Reads the free space of the disk holding a folder (tests inject one; default: the
        // file system's word, QStorageInfo).
        std::function<std::optional<qint64>(const QString&)> diskFreeBytes;
        QString sysRoot = QStringLiteral("/sys");
        QString procRoot = QStringLiteral("/proc");
        int idleSecondsOverride = -1; // benchmarks: idle threshold in seconds instead of the setting
        // cgroup v2 folder for the tasks (platform/cgroup.h): empty = this process's own cgroup
        // when it is delegated, "none" = process-group signals only.
        QString cgroupDir;
        // With no delegated cgroup, ask the user's systemd for a scope of our own (the app and
        // the CLI do; tests do not).
        bool requestCgroupScope = false;
        // NVML for NVIDIA GPU temperatures: empty = the driver's library when reading the real
        // /sys, none otherwise; tests point at a fake library.
        QString nvmlLibrary;
        // The GPU probe program: empty = sc-gpu-probe as installed (layout::findProgram), "none"
        // = no GPU work on this engine.
        QString gpuProbe;
        // Open the GPU slot for an OpenCL device that is a CPU (PoCL): the demo network and
        // tests; elsewhere only a graphics card or accelerator opens it.
        bool gpuWorkOnCpuOpenCl = false;
        // How often the engine looks for changed hardware (RAM, GPUs, CPUs) and tells the hub.
        int hardwareCheckSeconds = 600;
        // Measure this computer's speed (profile/benchmark.h) when no result for this hardware
        // younger than a month is cached: when the PC is idle, before the first task.
        bool autoBenchmark = true;
        double benchmarkSliceSeconds = 0.4;
        // The process's one settings object for this folder (the tray app shares its own);
        // null: the engine opens the folder's settings file itself.
        Settings* settings = nullptr;
    };

    using Clock = WallClock; // unix seconds

    // mono: milliseconds that never go back (default: a steady clock started here).
    Engine(Config config, HttpTransport& http, Clock clock, QObject* parent = nullptr, MonoClock mono = {});
    ~Engine() override;

    // Takes the data folder (one engine per folder), opens the key and the databases.
    bool start(QString* error);
    // After a failed start: whether the device key was the reason (the front ends offer the
    // ways out, DeviceIdentity).
    DeviceIdentity::Problem identityProblem() const { return m_identityProblem; }
    // Stops every task (they resume from their checkpoints next time), writes the final
    // status, releases the folder; then done().
    void stop(std::function<void()> done);

    // Where idle time comes from (not owned; null = unknown, so tasks wait unless run_always).
    // Set before start().
    void setIdleSource(IdleSource* idle) { m_idle = idle; }
    // User commands; they go through the settings file so every front end sees them.
    void pauseByUser(qint64 untilUnix);
    void resumeByUser();
    void runNow(int seconds);
    Settings* settings() const;

    State state() const { return m_state; }
    QString reason() const { return m_reason; } // the sentence for a person
    StateReason stateReason() const { return m_stateReason; }
    // The policy's reason as a code (the tray's look tells "other programs are busy" apart).
    PolicyReason policyReason() const;
    // The Activity line a change of state makes (suspended and resumed with the reason, offline
    // and back online), none for the changes nobody needs to read about.
    static std::optional<ActivityEvent> stateChangeEvent(
        State from, State to, const QString& fromReason, const QString& toReason);
    // Everything the engine says about itself, typed (what the UI reads).
    EngineStatus snapshot() const;
    // The same as JSON (status.json, `status --json`, tests).
    QJsonObject status() const { return snapshot().toJson(); }

    static QString stateName(State s) { return EngineStatus::stateName(s); }
    // Reads the status of the engine on a data folder, running or not (for `status --json`).
    static QJsonObject readStatus(const QString& dataDir, QString* error);

Q_SIGNALS:
    void stateChanged(sc::core::EngineState state, const QString& reason);
    void activity(const QString& message); // every event as one line (CLI, log file)
    void activityEvent(const sc::core::ActivityEvent& event);
    void taskFailed(const QString& taskId, int exitCode);
    void thermalStop(double temperatureC, double limitC);
    // The hub paid this device (micro-tokens) to its payout address.
    void payoutArrived(qint64 amount, const QString& address);

private:
    void pump();
    void tick();
    void evaluatePolicy();
    void openCgroups();
    void onSettingChanged(const QString& key);
    void configureWallet();
    void setFatal(const QString& message);
    void updateState();
    const platform::Sandbox& sandbox() const;
    void applySlotQuota();
    void applyGpuSlots();
    // No sandbox can run here and the user has not allowed tasks without one.
    bool waitingForSandboxConsent() const;
    void writeStatusFile(bool force = false);
    void log(const QString& message);
    void emitEvent(const sc::core::ActivityEvent& event);
    void problem(const QString& text, const QString& whatToDo);
    QString taskWords(const QString& taskId) const;
    void noteStateChange(State from, State to, const QString& fromReason, const QString& toReason);

    Config m_config;
    HttpTransport& m_http;
    Clock m_clock;
    MonoClock m_mono;
    IdleSource* m_idle = nullptr;
    QTimer m_tick;
    // Built by start(), in this order; destroyed in reverse.
    std::unique_ptr<DataFolder> m_folder;
    std::unique_ptr<StatusFile> m_statusFile;
    std::unique_ptr<HubClient> m_hub;
    std::unique_ptr<HubSession> m_session;
    std::unique_ptr<ProgramCache> m_programs;
    Executor* m_executor = nullptr; // child QObject
    std::unique_ptr<HardwareWatch> m_hardware;
    std::unique_ptr<PolicyLoop> m_policy;
    std::unique_ptr<TaskRunner> m_runner;
    std::unique_ptr<CreditFeed> m_credits;
    std::unique_ptr<WalletWatch> m_wallet;
    std::unique_ptr<ContributionRecorder> m_contribution;

    State m_state = State::Starting;
    StateReason m_stateReason { StateReason::Code::Connecting, {}, 0, {} };
    QString m_reason;
    mutable QHash<QString, QString> m_taskWords; // task id → its description
    QString m_fatal;
    DeviceIdentity::Problem m_identityProblem = DeviceIdentity::Problem::None;
    QString m_cgroupWhyNot; // why tasks are not in cgroups (status: task_control_note)
    bool m_stopping = false;
    bool m_settingsChanged = false; // logged once at the next tick
};

} // namespace sc::core
