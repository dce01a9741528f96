// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace sc::core {
class HttpTransport;
class IdleSource;
class LocalHub;
class Settings;
} // namespace sc::core

namespace sc::app {

// What the command line (and, for the tray app, app.ini) says about the engine to host.
struct LaunchOptions {
    QString dataDir;
    std::optional<int> cores; // nullopt: all logical CPUs
    bool alwaysRun = false;
    QString payoutAddress;
    QString cgroupDir; // empty: the engine's own cgroup when delegated; "none": signals only
};

// The engine as both executables host it: builds its configuration once, starts the local
// demo hub for the network "local", re-emits the engine's signals (so a front end connects
// once, whichever engine runs), writes its activity and states to the sc.engine log, and moves
// the running app to another network with rollback. No widgets: the CLI, the tray app and the
// tests share it.
class EngineHost final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineHost)
public:
    static constexpr QLatin1String kLocalNetwork { "local" };

    struct Error {
        // Identity: the device key is missing, damaged or replaced (core::DeviceIdentity); the
        // front end offers to restore it or, once the user confirms, to become a new device.
        enum class Kind { LocalHub, InvalidHub, Engine, Identity };
        Kind kind = Kind::Engine;
        QString message; // technical, as the failing part said it
        // The sentence for the user (the demo network's failures say which part failed).
        QString text() const;
    };

    static core::Engine::Config engineConfig(const LaunchOptions& options);
    // The next start makes this computer a new device if its key is lost or replaced (the user
    // confirmed it); cleared by a start that succeeds.
    void setBecomeNewDevice(bool on) { m_config.becomeNewDevice = on; }
    // The next start first puts this saved copy of the device key into place.
    void setRestoreKeyFrom(const QString& file) { m_config.restoreKeyFrom = file; }
    // The network for this start: the command line's (a hub URL or "local") when it names one,
    // else the hub_url setting; while that is still its default, the network an older version
    // kept in app.ini (legacyNetwork, "local" when empty).
    static QString chooseNetwork(
        const QString& fromCommandLine, const core::Settings& settings, const QString& legacyNetwork);

    EngineHost(core::Engine::Config config, core::HttpTransport& http, core::Engine::Clock clock,
        QObject* parent = nullptr);
    ~EngineHost() override;

    // Where idle time comes from for every engine built from now on (not owned).
    void setIdleSource(core::IdleSource* idle) { m_idle = idle; }

    // Starts an engine on network ("local" or a hub URL). On failure nothing runs.
    bool start(const QString& network, Error* error);
    // Stops the engine (tasks stop at their checkpoints), then the local hub; then done().
    void stop(std::function<void()> done);

    // From now on applyNetworkSetting() follows the hub_url setting of settings (not owned),
    // starting from its value now.
    void followNetworkSetting(core::Settings* settings);
    // Moves to the network of the hub_url setting when it changed since last applied.
    void applyNetworkSetting();
    // Stops the engine and starts one on target, the local hub started or stopped as needed.
    // When that fails: switchFailed(why), the hub_url setting goes back to the network applied
    // before, and the engine starts there again; when even that fails: fatal(why). Then
    // switched(). Asynchronous: the engine first stops its tasks.
    void switchNetwork(const QString& target);
    bool isSwitching() const { return m_switching; }

    core::Engine* engine() const { return m_engine.get(); }
    QString network() const { return m_network; }
    QString appliedNetworkSetting() const { return m_appliedSetting; }

Q_SIGNALS:
    void localHubStarted(const QUrl& url);
    void activity(const QString& message);
    void activityEvent(const sc::core::ActivityEvent& event);
    void stateChanged(sc::core::Engine::State state, const QString& reason);
    void taskFailed(const QString& taskId, int exitCode);
    void thermalStop(double temperatureC, double limitC);
    void payoutArrived(qint64 amount, const QString& address);
    // In a switch, right before the engine is destroyed: let go of everything that shows it.
    void engineAboutToGo();
    void switchFailed(const QString& target, const QString& why);
    void fatal(const QString& why);
    void switched();

private:
    void finishSwitch(const QString& target);
    void dropEngine();

    core::Engine::Config m_config;
    core::HttpTransport& m_http;
    core::Engine::Clock m_clock;
    core::IdleSource* m_idle = nullptr;
    core::Settings* m_settings = nullptr;
    std::unique_ptr<core::LocalHub> m_localHub;
    std::unique_ptr<core::Engine> m_engine;
    QString m_network;
    QString m_appliedSetting;
    bool m_switching = false;
};

} // namespace sc::app
