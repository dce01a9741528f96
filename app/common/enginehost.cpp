// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/enginehost.h"

#include "engine/localhub.h"
#include "logging/categories.h"
#include "settings/settings.h"
#include "tasks/taskdescription.h"

#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace sc::app {

using core::Engine;

namespace {

    const QString kHubUrlKey = QStringLiteral("hub_url");

} // namespace

QString EngineHost::Error::text() const
{
    // The tray app's sentences ("main" is their translation context).
    if (kind == Kind::LocalHub)
        return QCoreApplication::translate("main", "The demo network could not start: %1").arg(message);
    return message;
}

Engine::Config EngineHost::engineConfig(const LaunchOptions& options)
{
    Engine::Config config;
    config.dataDir = options.dataDir;
    config.cores = options.cores.value_or(QThread::idealThreadCount());
    config.alwaysRun = options.alwaysRun;
    config.payoutAddress = options.payoutAddress;
    config.cgroupDir = options.cgroupDir;
    config.requestCgroupScope = true; // tasks frozen and capped through a cgroup where systemd gives one
    return config;
}

QString EngineHost::chooseNetwork(
    const QString& fromCommandLine, const core::Settings& settings, const QString& legacyNetwork)
{
    if (!fromCommandLine.isEmpty())
        return fromCommandLine;
    if (!settings.isDefault(kHubUrlKey))
        return settings.value(kHubUrlKey);
    return legacyNetwork.isEmpty() ? QString(kLocalNetwork) : legacyNetwork;
}

EngineHost::EngineHost(Engine::Config config, core::HttpTransport& http, Engine::Clock clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(http)
    , m_clock(std::move(clock))
{
    connect(this, &EngineHost::activity, this,
        [](const QString& message) { qCInfo(lcEngine).noquote() << message; });
    connect(this, &EngineHost::stateChanged, this, [](Engine::State state, const QString& reason) {
        qCInfo(lcEngine).noquote() << "state" << Engine::stateName(state) << "—" << reason;
    });
}

EngineHost::~EngineHost() = default;

bool EngineHost::start(const QString& network, Error* error)
{
    Engine::Config config = m_config;
    if (network == kLocalNetwork) {
        m_localHub = std::make_unique<core::LocalHub>();
        QString why;
        if (!m_localHub->start(QDir(m_config.dataDir).filePath(QStringLiteral("local-hub")), &why)) {
            m_localHub.reset();
            *error = { Error::Kind::LocalHub, why };
            qCWarning(lcApp).noquote() << "local demo hub:" << why;
            return false;
        }
        config.hubUrl = m_localHub->url();
        // The demo shows GPU work on any computer: its hub hands it to PoCL too.
        config.gpuWorkOnCpuOpenCl = true;
        // The demo pays an address of its own when the user gave none, so its balance moves.
        if (config.payoutAddress.isEmpty())
            config.payoutAddress = m_localHub->demoPayoutAddress();
        if (!m_localHub->chainError().isEmpty()) {
            config.chainUnavailable = QCoreApplication::translate("main",
                "The demo network's own blockchain could not start, so it pays nothing until it does: %1")
                                          .arg(m_localHub->chainError());
            qCWarning(lcApp).noquote() << "local demo chain:" << m_localHub->chainError();
        }
        qCInfo(lcApp).noquote() << "local demo hub at" << config.hubUrl.toString();
        Q_EMIT localHubStarted(config.hubUrl);
    } else {
        // The front ends check their input; this keeps a bad value from reaching the engine.
        QString why;
        if (!core::Settings::validate(kHubUrlKey, network, &why)) {
            *error = { Error::Kind::InvalidHub, why };
            return false;
        }
        config.hubUrl = QUrl(network);
    }
    m_engine = std::make_unique<Engine>(config, m_http, m_clock);
    m_engine->setIdleSource(m_idle);
    connect(m_engine.get(), &Engine::activity, this, &EngineHost::activity);
    connect(m_engine.get(), &Engine::activityEvent, this, &EngineHost::activityEvent);
    connect(m_engine.get(), &Engine::stateChanged, this, &EngineHost::stateChanged);
    connect(m_engine.get(), &Engine::taskFailed, this, &EngineHost::taskFailed);
    connect(m_engine.get(), &Engine::thermalStop, this, &EngineHost::thermalStop);
    connect(m_engine.get(), &Engine::payoutArrived, this, &EngineHost::payoutArrived);
    QString why;
    if (!m_engine->start(&why)) {
        const bool identity = m_engine->identityProblem() == core::DeviceIdentity::Problem::Lost
            || m_engine->identityProblem() == core::DeviceIdentity::Problem::Replaced;
        dropEngine();
        *error = { identity ? Error::Kind::Identity : Error::Kind::Engine, why };
        qCWarning(lcApp).noquote() << "engine:" << why;
        return false;
    }
    m_network = network;
    m_config.becomeNewDevice = false;
    m_config.restoreKeyFrom.clear();
    qCInfo(lcApp).noquote() << "engine started on" << config.hubUrl.toString() << "data folder"
                            << m_config.dataDir;
    return true;
}

void EngineHost::dropEngine()
{
    m_engine.reset();
    m_localHub.reset();
}

void EngineHost::stop(std::function<void()> done)
{
    if (!m_engine) {
        done();
        return;
    }
    m_engine->stop([this, done = std::move(done)] {
        if (m_localHub)
            m_localHub->stop();
        qCInfo(lcApp) << "engine stopped";
        done();
    });
}

void EngineHost::followNetworkSetting(core::Settings* settings)
{
    m_settings = settings;
    m_appliedSetting = settings->value(kHubUrlKey);
}

void EngineHost::applyNetworkSetting()
{
    if (!m_settings || m_switching)
        return;
    const QString target = m_settings->value(kHubUrlKey);
    if (target != m_appliedSetting)
        switchNetwork(target);
}

void EngineHost::switchNetwork(const QString& target)
{
    const QString previous = m_appliedSetting;
    m_appliedSetting = target;
    m_switching = true;
    core::ActivityEvent moving;
    moving.time = m_clock();
    moving.text = QCoreApplication::translate("main", "Moving to %1…")
                      .arg(core::TaskDescription::networkName(QUrl(target)));
    Q_EMIT activity(moving.text);
    Q_EMIT activityEvent(moving);
    auto next = [this, target, previous] {
        // Not inside the engine's own callback: it is about to go.
        QTimer::singleShot(0, this, [this, target, previous] {
            Q_EMIT engineAboutToGo();
            dropEngine();
            Error error;
            if (!start(target, &error)) {
                // Back to the network that worked, and the setting with it.
                qCWarning(lcApp).noquote() << "cannot move to" << target << "—" << error.text();
                Q_EMIT switchFailed(target, error.text());
                QString ignored;
                if (m_settings)
                    m_settings->set(kHubUrlKey, previous, &ignored);
                m_appliedSetting = previous;
                Error again;
                if (!start(previous, &again)) {
                    qCCritical(lcApp).noquote() << "cannot return to" << previous << "—" << again.text();
                    Q_EMIT fatal(again.text());
                    return;
                }
            }
            m_switching = false;
            Q_EMIT switched();
        });
    };
    if (m_engine)
        m_engine->stop(std::move(next));
    else
        next();
}

} // namespace sc::app
