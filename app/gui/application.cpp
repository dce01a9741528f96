// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"

#include "appearance.h"
#include "common/enginehost.h"
#include "engine/deviceidentity.h"
#include "engine/notifier.h"
#include "install/layout.h"
#include "ledger/ledger.h"
#include "logging/categories.h"
#include "logging/logfile.h"
#include "logging/messagelog.h"
#include "network/httpclient.h"
#include "platform/autostart.h"
#include "platform/idlesource.h"
#include "platform/signalwatcher.h"
#include "settings/settings.h"
#include "singleinstance.h"
#include "startatlogin.h"
#include "ui/activitylog.h"
#include "ui/onboarding/firstrunwizard.h"
#include "ui/onboarding/identitydialog.h"
#include "ui/statepresenter.h"
#include "ui/tray/traycontroller.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <cstdio>

namespace sc::app {

using core::Engine;

namespace {

    qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

    QString appTitle() { return QApplication::translate("main", "SpareCycles"); }

} // namespace

Application::Application(QApplication& app)
    : m_app(app)
{
}

Application::~Application() = default;

int Application::exec()
{
    if (const auto code = start())
        return *code;
    return QApplication::exec();
}

std::optional<int> Application::start()
{
    QApplication::setApplicationName(QStringLiteral("SpareCycles"));
    // Every window and dialog: the installed theme icon, else the one built in.
    QApplication::setWindowIcon(
        QIcon::fromTheme(core::layout::appId(), QIcon(ui::StatePresenter::appIconPath())));
    QApplication::setApplicationVersion(QStringLiteral(SC_VERSION));
    QApplication::setDesktopFileName(core::layout::appId()); // Wayland finds the icon by it
    QApplication::setQuitOnLastWindowClosed(false);
    applyAppearance(this);
    installTranslations(m_app, QLocale());
    if (const auto stop = parseGuiOptions(m_app, &m_options))
        return *stop;
    const QString dataDir = m_options.dataDir;

    m_instance = std::make_unique<SingleInstance>(dataDir);
    if (m_instance->notifyRunning())
        return 0;
    QString error;
    if (!QDir().mkpath(dataDir)) {
        QMessageBox::critical(nullptr, appTitle(),
            QApplication::translate("main", "Cannot create the data folder %1.").arg(dataDir));
        return 1;
    }
    // Everything the engine does, time-stamped, for bug reports (README).
    m_log = std::make_unique<core::MessageLog>(core::LogFile::pathIn(dataDir));
    if (!m_instance->listen(&error))
        std::fprintf(stderr, "sparecycles: single-instance socket: %s\n", qPrintable(error));

    // The language chosen in Settings (applies from the next start), and start at login.
    m_settings = std::make_unique<core::Settings>(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    const QString language = m_settings->value(QStringLiteral("language"));
    if (language != QLatin1String("system")) {
        QLocale::setDefault(QLocale(language));
        installTranslations(m_app, QLocale(language));
    }
    applyStartAtLogin(startAtLoginWanted());
    connect(m_settings.get(), &core::Settings::changed, this, [this](const QString& key) {
        if (key == core::setting::StartAtLogin::key())
            applyStartAtLogin(startAtLoginWanted());
    });
    // One settings object for the whole app: the engine, the Settings page, notifications and
    // this class all read it and hear its changed(). The engine's tick picks up another
    // process's writes (`sparecycles-cli config set`); no timer of ours polls the file.

    if (!completeFirstRun())
        return 0;
    // The network: --hub / --local for this start, else the one chosen in Settings ("local" or a
    // hub URL). A change in Settings later moves the running app to it (applySettingChanges).
    const QString network
        = EngineHost::chooseNetwork(m_options.network(), *m_settings, EngineHost::kLocalNetwork);

    m_http = std::make_unique<core::CurlHttpClient>();
    m_idle = core::createPlatformIdleSource();
    m_activity = std::make_unique<ui::ActivityLog>();
    // Desktop notifications for what matters (each can be turned off in Settings).
    m_notifier = std::make_unique<core::Notifier>(m_settings.get(), now);
    LaunchOptions launch;
    launch.dataDir = dataDir;
    core::Engine::Config config = EngineHost::engineConfig(launch);
    config.settings = m_settings.get();
    // The device key's second copy, where this desktop has a keychain.
    m_keyBackup = std::make_unique<core::KeychainDeviceKeyBackup>(dataDir);
    config.keyBackup = m_keyBackup.get();
    m_host = std::make_unique<EngineHost>(config, *m_http, now);
    m_host->setIdleSource(m_idle.get());
    connectEngineHost();
    EngineHost::Error startError;
    bool started = m_host->start(network, &startError);
    // A lost or replaced device key: the user decides (never a silent new identity).
    const QString identityProblem = startError.text();
    while (!started && startError.kind == EngineHost::Error::Kind::Identity) {
        QString file;
        const auto choice = ui::IdentityDialog::ask(nullptr, identityProblem, &file);
        if (choice == ui::IdentityDialog::Choice::Quit)
            return 1;
        if (choice == ui::IdentityDialog::Choice::BecomeNew)
            m_host->setBecomeNewDevice(true);
        else
            m_host->setRestoreKeyFrom(file);
        started = m_host->start(network, &startError);
        m_host->setBecomeNewDevice(false);
        m_host->setRestoreKeyFrom(QString());
        if (!started && startError.kind != EngineHost::Error::Kind::Identity)
            break;
        if (!started && choice == ui::IdentityDialog::Choice::Restore)
            QMessageBox::warning(nullptr, appTitle(), startError.text());
    }
    if (!started) {
        QMessageBox::critical(nullptr, appTitle(), startError.text());
        return 1;
    }
    // A second connection to the ledger for the charts (SQLite WAL: readers never block the engine).
    m_ledger = core::Ledger::open(QDir(dataDir).filePath(QStringLiteral("ledger.sqlite")), &error);
    if (!m_ledger)
        m_activity->append(error);

    m_haveTray = QSystemTrayIcon::isSystemTrayAvailable();
    connect(&m_offlineCheck, &QTimer::timeout, m_notifier.get(), [this] {
        if (m_host->engine() && !m_host->isSwitching())
            m_notifier->hubReachable(
                m_host->engine()->state() != Engine::State::Offline, m_host->engine()->reason());
    });
    m_offlineCheck.start(60'000);
    connect(m_notifier.get(), &core::Notifier::notify, this,
        [this](core::Notifier::Kind kind, const QString& title, const QString& text) {
            if (!m_tray)
                return;
            m_tray->trayIcon()->showMessage(title, text,
                kind == core::Notifier::Kind::ThermalStop ? QSystemTrayIcon::Warning
                                                          : QSystemTrayIcon::Information,
                15000);
        });
    connect(m_instance.get(), &SingleInstance::raiseRequested, this, [this] {
        if (m_dashboard)
            m_dashboard->present();
    });
    m_signals = std::make_unique<core::platform::SignalWatcher>();
    connect(m_signals.get(), &core::platform::SignalWatcher::terminationRequested, this, &Application::quit);

    buildViews();
    m_appliedLanguage = language;
    m_appliedPanel = m_settings->value(QStringLiteral("panel_theme"));
    m_host->followNetworkSetting(m_settings.get());
    // Applied once the change has been made (not inside the call that made it), and retried
    // a second later while a dialog or menu is open.
    connect(m_settings.get(), &core::Settings::changed, this, [this](const QString& key) {
        if (key == core::setting::Panel::key() || key == core::setting::Language::key()
            || key == core::setting::HubUrl::key())
            QTimer::singleShot(0, this, &Application::applySettingChanges);
    });
    m_settingsWatch.setSingleShot(true);
    m_settingsWatch.setInterval(1000);
    connect(&m_settingsWatch, &QTimer::timeout, this, &Application::applySettingChanges);
    if (!m_options.minimized || !m_haveTray)
        m_dashboard->present();
    return std::nullopt;
}

bool Application::completeFirstRun()
{
    // Whether the first run is done is an internal setting (older versions kept it in app.ini,
    // which Settings::migrate() took in).
    QString error;
    const bool done = m_settings->get<core::setting::SetupDone>();
    if (!done && !m_options.acceptDefaults) {
        ui::FirstRunWizard wizard;
        wizard.setWalletContext({ m_settings.get(), m_options.dataDir, {}, {} });
        if (wizard.exec() != QDialog::Accepted)
            return false;
        const auto c = wizard.choices();
        m_settings->set(QStringLiteral("hub_url"),
            c.localNetwork ? QStringLiteral("local") : c.hubUrl.toString(), &error);
        if (!c.payoutAddress.isEmpty())
            m_settings->set(QStringLiteral("payout_address"), c.payoutAddress, &error);
        ui::FirstRunWizard::applyChoices(c, *m_settings);
        m_settings->put<core::setting::SetupDone>(true, &error);
    } else if (!done) {
        m_settings->set(QStringLiteral("hub_url"),
            m_options.hubGiven ? m_options.hubUrl.toString() : QStringLiteral("local"), &error);
        m_settings->put<core::setting::SetupDone>(true, &error);
    }
    return true;
}

void Application::connectEngineHost()
{
    EngineHost* host = m_host.get();
    core::Notifier* notifier = m_notifier.get();
    connect(host, &EngineHost::activityEvent, m_activity.get(),
        qOverload<const core::ActivityEvent&>(&ui::ActivityLog::append));
    connect(host, &EngineHost::taskFailed, notifier, &core::Notifier::taskFailed);
    connect(host, &EngineHost::thermalStop, notifier, &core::Notifier::thermalStop);
    connect(host, &EngineHost::payoutArrived, notifier, &core::Notifier::payout);
    connect(host, &EngineHost::stateChanged, notifier, [notifier](Engine::State s, const QString& reason) {
        notifier->hubReachable(s != Engine::State::Offline, reason);
    });
    // A network switch: the views go before the engine they show, and come back on the new one.
    connect(host, &EngineHost::engineAboutToGo, this, [this] { m_viewsBeforeSwitch = takeDownViews(); });
    connect(host, &EngineHost::switchFailed, this, [](const QString& target, const QString& why) {
        QMessageBox::warning(nullptr, appTitle(),
            QApplication::translate("main",
                "SpareCycles could not move to the network %1: %2\n\n"
                "It stays on the network it used before.")
                .arg(target, why));
    });
    connect(host, &EngineHost::fatal, this, [](const QString& why) {
        QMessageBox::critical(nullptr, appTitle(), why);
        QApplication::exit(1);
    });
    connect(host, &EngineHost::switched, this, [this] {
        restoreViews(m_viewsBeforeSwitch);
        if (m_quitAfterSwitch)
            quit();
    });
}

bool Application::startAtLoginWanted() const { return m_settings->get<core::setting::StartAtLogin>(); }

// The login entry (XDG autostart on Linux) follows the start_at_login setting.
void Application::applyStartAtLogin(bool on)
{
    if (!m_autostart)
        m_autostart = core::createPlatformAutostart();
    sc::app::applyStartAtLogin(*m_autostart, on, m_options.dataDir, m_options.defaultDataDir);
}

void Application::applySettingChanges()
{
    if (m_stopping)
        return;
    // Never take views down under an open dialog or menu (it belongs to them), nor in the middle
    // of a network switch: try again in a second.
    if (m_host->isSwitching() || QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        m_settingsWatch.start();
        return;
    }
    if (const QString panel = m_settings->value(QStringLiteral("panel_theme")); panel != m_appliedPanel) {
        m_appliedPanel = panel;
        m_tray->setPanelTheme(panel);
    }
    if (const QString wanted = m_settings->value(QStringLiteral("language")); wanted != m_appliedLanguage) {
        m_appliedLanguage = wanted;
        const QLocale locale = wanted == QLatin1String("system") ? QLocale::system() : QLocale(wanted);
        QLocale::setDefault(locale);
        installTranslations(m_app, locale);
        restoreViews(takeDownViews());
    }
    // The engine restarts on the new hub in this process: tasks stop at their checkpoints first.
    m_host->applyNetworkSetting();
}

void Application::quit()
{
    if (m_host->isSwitching()) {
        m_quitAfterSwitch = true;
        return;
    }
    if (m_stopping)
        return;
    m_stopping = true;
    qCInfo(lcApp) << "quitting";
    if (m_tray)
        m_tray->trayIcon()->hide();
    if (m_dashboard)
        m_dashboard->hide();
    m_host->stop([] { QApplication::exit(0); });
}

qint64 Application::earnedToday() const
{
    if (!m_ledger)
        return 0;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const auto days = m_ledger->days(today, today);
    return days.isEmpty() ? qint64(0) : days.first().credit;
}

void Application::buildViews()
{
    m_tray.reset(); // the old icon leaves the panel before the new one arrives
    m_dashboard = std::make_unique<ui::DashboardWindow>(
        *m_host->engine(), m_ledger.get(), *m_activity, m_options.dataDir, now);
    m_tray = std::make_unique<ui::TrayController>(*m_host->engine(), now, [this] { return earnedToday(); });
    m_dashboard->setHideOnClose(m_haveTray);
    connect(m_tray.get(), &ui::TrayController::dashboardRequested, m_dashboard.get(),
        &ui::DashboardWindow::present);
    connect(m_tray.get(), &ui::TrayController::settingsRequested, m_dashboard.get(), [this] {
        m_dashboard->showPage(ui::DashboardWindow::Page::Settings);
        m_dashboard->present();
    });
    connect(m_tray.get(), &ui::TrayController::quitRequested, this, &Application::quit);
    connect(m_dashboard.get(), &ui::DashboardWindow::closedWithoutTray, this, &Application::quit);
    m_tray->setPanelTheme(m_settings->value(QStringLiteral("panel_theme")));
    m_tray->show();
}

Application::ViewState Application::takeDownViews()
{
    ViewState v { m_dashboard->isVisible(), m_dashboard->currentPage(), m_dashboard->geometry(),
        m_dashboard->overview()->liveHistory() };
    m_tray.reset();
    m_dashboard.reset();
    return v;
}

void Application::restoreViews(const ViewState& views)
{
    buildViews();
    m_dashboard->overview()->setLiveHistory(views.live);
    m_dashboard->showPage(views.page);
    if (views.shown) {
        m_dashboard->setGeometry(views.geometry);
        m_dashboard->present();
    }
}

} // namespace sc::app
