// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/ledger.h"
#include "network/backoff.h"
#include "policy/memorywatchdog.h"
#include "policy/thermalcontroller.h"
#include "policy/throttlepolicy.h"
#include "profile/benchmark.h"
#include "profile/machineprofile.h"
#include "sensors/systemprobe.h"
#include "tasks/workbuffer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

class QLockFile;

namespace sc::core {

class DeviceKey;
class Executor;
class HttpTransport;
class HubClient;
class IdleSource;
class Settings;
class TaskStore;
struct HubError;
struct TaskDescriptor;

// The engine: keeps a buffer of work from the hub, runs it through the Executor, reports
// results (kept on disk until the hub has them), and follows the credit feed into the
// Ledger. Everything durable is in the data folder, so a kill -9 at any point loses nothing.
// The UI and the CLI only read its state and send commands.
class Engine final : public QObject {
    Q_OBJECT
public:
    enum class State {
        Starting,
        Running,
        Throttled,
        NoWork,
        WaitingForIdle,
        Suspended,
        Paused,
        Offline,
        Error,
        Stopping,
        Stopped
    };
    Q_ENUM(State)

    struct Config {
        QString dataDir;
        QUrl hubUrl;
        int cores = 1;
        bool alwaysRun = false;
        int bufferMinSecondsPerCore = 120;
        int bufferMaxSecondsPerCore = 600;
        int checkpointSeconds = 5;
        QString payoutAddress;
        qint64 minFreeDiskBytes = 200LL * 1024 * 1024;
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
        // How often the engine looks for changed hardware (RAM, GPUs, CPUs) and tells the hub.
        int hardwareCheckSeconds = 600;
        // Measure this computer's speed (profile/benchmark.h) when no result for this hardware
        // younger than a month is cached: when the PC is idle, before the first task.
        bool autoBenchmark = true;
        double benchmarkSliceSeconds = 0.4;
    };

    using Clock = std::function<qint64()>; // unix seconds

    Engine(Config config, HttpTransport& http, Clock clock, QObject* parent = nullptr);
    ~Engine() override;

    // Takes the data folder (one engine per folder), opens the key and the databases.
    bool start(QString* error);
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
    Settings* settings() const { return m_settings.get(); }

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    QJsonObject status() const;

    static QString stateName(State s);
    // Reads the status of the engine on a data folder, running or not (for `status --json`).
    static QJsonObject readStatus(const QString& dataDir, QString* error);

Q_SIGNALS:
    void stateChanged(sc::core::Engine::State state, const QString& reason);
    void activity(const QString& message);
    void taskFailed(const QString& taskId, int exitCode);
    void thermalStop(double temperatureC, double limitC);
    // The hub paid this device (micro-tokens) to its payout address.
    void payoutArrived(qint64 amount, const QString& address);

private:
    void pump();
    void tick();
    void recordContribution();
    void evaluatePolicy();
    void openCgroups();
    MachineProfile currentProfile() const;
    void checkHardware();
    // True while the benchmark runs or is about to (tasks wait for it).
    bool benchmarkFirst();
    void watchMemory(const PolicySettings& ps);
    bool fitsInMemory(const QString& taskId) const;
    void fastPoll();
    void updateIdleWatch();
    void connectHub();
    void fetchWork();
    void startTasks();
    void reportNext();
    void pollCredits();
    void pollAccount();
    void notePaidTotal(qint64 paid);
    void dropOtherNetworksTasks();
    bool ensureProgram(const TaskDescriptor& task);
    void onTaskExited(const QString& id, int exitCode, bool crashed, bool stopped, double cpuSeconds);
    void hubFailed(const HubError& error);
    void hubSucceeded();
    bool hubReady() const;
    void updateState();
    void setFatal(const QString& message);
    void writeStatusFile();
    void log(const QString& message);
    QString slotDir(const QString& taskId) const;
    QString programPath(const QString& sha256) const;
    qint64 nowMs() const { return m_mono.elapsed(); }

    Config m_config;
    HttpTransport& m_http;
    Clock m_clock;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<DeviceKey> m_key;
    std::unique_ptr<TaskStore> m_tasks;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<HubClient> m_hub;
    Executor* m_executor = nullptr;
    WorkBuffer m_buffer;
    Backoff m_hubBackoff;
    QTimer m_tick;
    QTimer m_fastPoll; // only while tasks run and idle time decides
    IdleSource* m_idle = nullptr;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SystemProbe> m_probe;
    ThrottlePolicy m_policy;
    PolicyDecision m_decision;
    SystemProbe::Sample m_sample;
    std::optional<double> m_lastIdle;
    ThermalController m_thermal;
    ThermalController::Output m_thermalOut;
    bool m_hadCpuTemperature = false;
    bool m_inThermalStop = false;
    qint64 m_lastThermalMs = -1;
    int m_allowedCores = 1;
    bool m_watchIdle = false;
    bool m_storeDirty = true;
    qint64 m_nextStoreScanMs = 0;
    double m_effectiveDuty = 0;
    QHash<QString, double> m_lastTaskCpu;
    MemoryWatchdog m_memoryWatchdog;
    QSet<QString> m_dropOnExit;
    QString m_cgroupWhyNot;
    double m_tasksCpuPercent = 0; // tasks' CPU use, % of the whole computer, last tick
    qint64 m_lastCpuShareMs = -1; // why tasks are not in cgroups (status: task_control_note)
    bool m_hubConfirmed = false; // the hub's identity is known (or it is the one last used) // tasks of a
                                 // previous network, dropped once they have stopped
    qint64 m_memoryCapBytes = -1;
    qint64 m_minuteStart = 0;
    Ledger::Sample m_minute; // the minute being accumulated
    double m_minuteDutySum = 0;
    int m_minuteTicks = 0;
    QElapsedTimer m_mono;

    State m_state = State::Starting;
    QString m_reason;
    QString m_fatal;
    QString m_offlineReason;
    QString m_gateReason;
    bool m_runAllowed = false;
    bool m_stopping = false;
    bool m_registered = false;
    bool m_connectInFlight = false;
    bool m_fetchInFlight = false;
    bool m_reportInFlight = false;
    bool m_creditsInFlight = false;
    bool m_creditsDue = true;
    bool m_accountInFlight = false;
    qint64 m_nextAccountPollMs = 0;
    QString m_registeredPayout;
    QString m_registeredFingerprint; // hardware the hub was last told about
    QString m_fingerprint; // this hardware, as last read (reading it costs /proc, /sys and NVML)
    qint64 m_lastHardwareCheckMs = -1;
    std::optional<BenchmarkResult> m_benchmark;
    bool m_benchmarkChecked = false; // looked for a cached result for this hardware
    bool m_benchmarkRunning = false;
    std::thread m_benchmarkThread;
    std::atomic<bool> m_benchmarkCancel { false };
    QJsonObject m_balance; // the hub's account: pending and paid micro-tokens
    QByteArray m_codeSigningKey;
    qint64 m_hubRetryAtMs = 0;
    qint64 m_noWorkUntilMs = 0;
    qint64 m_nextCreditsPollMs = 0;
    QString m_diskReason;
    QSet<QString> m_verifiedPrograms; // sha256 of programs checked this session
    QSet<QString> m_downloads; // sha256 being downloaded
    QHash<QString, qint64> m_retryTaskAtMs; // crashed tasks wait a little before the next try
    QByteArray m_lastStatusJson;
    QByteArray m_lastStatusKey;
    qint64 m_lastStatusWriteMs = 0;
};

} // namespace sc::core
