// SPDX-License-Identifier: GPL-3.0-or-later
// sparecycles: the tray app. The engine runs in this process; the UI renders its state and
// sends the user's commands. This file only builds the services and wires them together.
#include "engine/engine.h"
#include "engine/localhub.h"
#include "engine/notifier.h"
#include "ledger/ledger.h"
#include "network/httpclient.h"
#include "platform/autostart.h"
#include "platform/idlesource.h"
#include "platform/signalwatcher.h"
#include "settings/settings.h"
#include "singleinstance.h"
#include "startatlogin.h"
#include "ui/activitylog.h"
#include "ui/dashboard/dashboardwindow.h"
#include "ui/dashboard/overviewpage.h"
#include "ui/dashboard/settingspage.h"
#include "ui/onboarding/firstrunwizard.h"
#include "ui/statepresenter.h"
#include "ui/tray/traycontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QSystemTrayIcon>
#include <QThread>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

using sc::core::Engine;

namespace {

constexpr int kExitUsage = 2;

qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

int usageError(const QString& message)
{
    std::fprintf(stderr, "sparecycles: %s\n", qPrintable(message));
    return kExitUsage;
}

// Loads Qt's and our translations for locale, replacing any loaded before.
void installTranslations(QApplication& app, const QLocale& locale)
{
    for (auto* old : app.findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly)) {
        QApplication::removeTranslator(old);
        delete old;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("sparecycles"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

// SC_UI_DARK=1: Fusion with a dark palette (to check the dark look on any desktop).
void applyDarkPaletteIfAsked()
{
    if (qEnvironmentVariableIntValue("SC_UI_DARK") != 1)
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    QApplication::setPalette(p);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("SpareCycles"));
    QApplication::setApplicationVersion(QStringLiteral(SC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("sparecycles"));
    QApplication::setQuitOnLastWindowClosed(false);
    applyDarkPaletteIfAsked();
    installTranslations(app, QLocale());

    QCommandLineParser p;
    p.setApplicationDescription(
        QApplication::translate("main", "Lends this computer's idle time to a compute network."));
    p.addHelpOption();
    p.addVersionOption();
    const QString defaultDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/SpareCycles");
    const QCommandLineOption local(QStringLiteral("local"),
        QApplication::translate("main", "Start a demo hub on this computer and use it."));
    const QCommandLineOption hub(QStringLiteral("hub"),
        QApplication::translate("main", "Hub URL, e.g. https://hub.example.org."), QStringLiteral("URL"));
    const QCommandLineOption dataDirOpt(QStringLiteral("data-dir"),
        QApplication::translate("main", "Folder for all state (default %1).").arg(defaultDir),
        QStringLiteral("DIR"), defaultDir);
    const QCommandLineOption minimized(QStringLiteral("minimized"),
        QApplication::translate("main", "Start in the tray without opening the dashboard."));
    const QCommandLineOption acceptDefaults(QStringLiteral("accept-defaults"),
        QApplication::translate(
            "main", "Skip the first-run wizard and use the defaults (demo network, run when idle)."));
    p.addOptions({ local, hub, dataDirOpt, minimized, acceptDefaults });
    p.process(app);
    if (p.isSet(local) && p.isSet(hub))
        return usageError(QApplication::translate("main", "use either --local or --hub URL, not both"));
    QUrl hubUrl;
    if (p.isSet(hub)) {
        QString error;
        if (!sc::ui::FirstRunWizard::parseHubUrl(p.value(hub), &hubUrl, &error))
            return usageError(error);
    }
    const QString dataDir = QDir(p.value(dataDirOpt)).absolutePath();

    sc::app::SingleInstance instance(dataDir);
    if (instance.notifyRunning())
        return 0;
    QString error;
    if (!QDir().mkpath(dataDir)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SpareCycles"),
            QApplication::translate("main", "Cannot create the data folder %1.").arg(dataDir));
        return 1;
    }
    if (!instance.listen(&error))
        std::fprintf(stderr, "sparecycles: single-instance socket: %s\n", qPrintable(error));

    // The language chosen in Settings (applies from the next start), and start at login.
    sc::core::Settings desktopSettings(QDir(dataDir).filePath(QStringLiteral("settings.ini")));
    const QString language = desktopSettings.value(QStringLiteral("language"));
    if (language != QLatin1String("system")) {
        QLocale::setDefault(QLocale(language));
        installTranslations(app, QLocale(language));
    }
    const auto autostart = sc::core::createPlatformAutostart();
    sc::app::applyStartAtLogin(*autostart,
        desktopSettings.value(QStringLiteral("start_at_login")) == QLatin1String("true"), dataDir,
        defaultDir);
    QTimer desktopSettingsWatch;
    QObject::connect(&desktopSettingsWatch, &QTimer::timeout, &app, [&] {
        if (desktopSettings.reloadIfChanged())
            sc::app::applyStartAtLogin(*autostart,
                desktopSettings.value(QStringLiteral("start_at_login")) == QLatin1String("true"), dataDir,
                defaultDir);
    });
    desktopSettingsWatch.start(1000);

    // app.ini only remembers that the first run is done (and, from older versions, the network);
    // the choices themselves are settings.
    QSettings appState(QDir(dataDir).filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
    if (!appState.value(QStringLiteral("setup_done")).toBool() && !p.isSet(acceptDefaults)) {
        sc::ui::FirstRunWizard wizard;
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        const auto c = wizard.choices();
        desktopSettings.set(QStringLiteral("hub_url"),
            c.localNetwork ? QStringLiteral("local") : c.hubUrl.toString(), &error);
        if (!c.payoutAddress.isEmpty())
            desktopSettings.set(QStringLiteral("payout_address"), c.payoutAddress, &error);
        sc::ui::FirstRunWizard::applyChoices(c, QDir(dataDir).filePath(QStringLiteral("settings.ini")));
        appState.setValue(QStringLiteral("setup_done"), true);
    } else if (!appState.value(QStringLiteral("setup_done")).toBool()) {
        desktopSettings.set(
            QStringLiteral("hub_url"), p.isSet(hub) ? hubUrl.toString() : QStringLiteral("local"), &error);
        appState.setValue(QStringLiteral("setup_done"), true);
    }
    appState.sync();
    // The network: --hub / --local for this start, else the one chosen in Settings ("local" or a
    // hub URL). A change in Settings later moves the running app to it (see networkWatch).
    QString network = p.isSet(hub) ? hubUrl.toString() : QStringLiteral("local");
    if (!p.isSet(hub) && !p.isSet(local)) {
        network = desktopSettings.value(QStringLiteral("hub_url"));
        if (desktopSettings.isDefault(QStringLiteral("hub_url")))
            network = appState.value(QStringLiteral("network"), QStringLiteral("local")).toString();
    }

    sc::core::CurlHttpClient http;
    const auto idle = sc::core::createPlatformIdleSource();
    sc::ui::ActivityLog activity;
    // Desktop notifications for what matters (each can be turned off in Settings).
    sc::core::Notifier notifier(&desktopSettings, now);
    std::unique_ptr<sc::core::LocalHub> localHub;
    std::unique_ptr<Engine> engine;
    auto startEngine = [&](const QString& which, QString* err) {
        QUrl url(which);
        if (which == QLatin1String("local")) {
            localHub = std::make_unique<sc::core::LocalHub>();
            if (!localHub->start(QDir(dataDir).filePath(QStringLiteral("local-hub")), err)) {
                *err = QApplication::translate("main", "The demo network could not start: %1").arg(*err);
                return false;
            }
            url = localHub->url();
        }
        Engine::Config config;
        config.dataDir = dataDir;
        config.hubUrl = url;
        config.cores = QThread::idealThreadCount();
        config.payoutAddress = appState.value(QStringLiteral("payout_address")).toString();
        config.requestCgroupScope = true; // tasks frozen and capped through a cgroup where systemd gives one
        engine = std::make_unique<Engine>(config, http, now);
        engine->setIdleSource(idle.get());
        QObject::connect(engine.get(), &Engine::activity, &activity, &sc::ui::ActivityLog::append);
        QObject::connect(engine.get(), &Engine::taskFailed, &notifier, &sc::core::Notifier::taskFailed);
        QObject::connect(engine.get(), &Engine::thermalStop, &notifier, &sc::core::Notifier::thermalStop);
        QObject::connect(engine.get(), &Engine::payoutArrived, &notifier, &sc::core::Notifier::payout);
        QObject::connect(engine.get(), &Engine::stateChanged, &notifier,
            [&notifier](Engine::State s, const QString& reason) {
                notifier.hubReachable(s != Engine::State::Offline, reason);
            });
        return engine->start(err);
    };
    if (!startEngine(network, &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "SpareCycles"), error);
        return 1;
    }
    // A second connection to the ledger for the charts (SQLite WAL: readers never block the engine).
    const auto ledger
        = sc::core::Ledger::open(QDir(dataDir).filePath(QStringLiteral("ledger.sqlite")), &error);
    if (!ledger)
        activity.append(error);
    auto earnedToday = [&ledger] {
        if (!ledger)
            return qint64(0);
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto days = ledger->days(today, today);
        return days.isEmpty() ? qint64(0) : days.first().credit;
    };

    // The windows and the tray only render engine state, so a new language (or network) is
    // applied by building them again: every string comes out of tr() afresh, with no
    // retranslation code in each widget to forget. The engine's sentences follow at its next
    // evaluation.
    std::unique_ptr<sc::ui::DashboardWindow> dashboard;
    std::unique_ptr<sc::ui::TrayController> tray;
    const bool haveTray = QSystemTrayIcon::isSystemTrayAvailable();
    bool stopping = false;
    bool switching = false; // moving to another network
    bool quitAfterSwitch = false;
    auto quit = [&] {
        if (switching) {
            quitAfterSwitch = true;
            return;
        }
        if (stopping)
            return;
        stopping = true;
        if (tray)
            tray->trayIcon()->hide();
        if (dashboard)
            dashboard->hide();
        if (!engine) {
            QApplication::exit(0);
            return;
        }
        engine->stop([&] {
            if (localHub)
                localHub->stop();
            QApplication::exit(0);
        });
    };
    QTimer offlineCheck;
    QObject::connect(&offlineCheck, &QTimer::timeout, &notifier, [&] {
        if (engine && !switching)
            notifier.hubReachable(engine->state() != Engine::State::Offline, engine->reason());
    });
    offlineCheck.start(60'000);
    QObject::connect(&notifier, &sc::core::Notifier::notify, &app,
        [&tray](sc::core::Notifier::Kind kind, const QString& title, const QString& text) {
            if (!tray)
                return;
            tray->trayIcon()->showMessage(title, text,
                kind == sc::core::Notifier::Kind::ThermalStop ? QSystemTrayIcon::Warning
                                                              : QSystemTrayIcon::Information,
                15000);
        });
    QObject::connect(&instance, &sc::app::SingleInstance::raiseRequested, &app, [&dashboard] {
        if (dashboard)
            dashboard->present();
    });
    sc::core::platform::SignalWatcher signals;
    QObject::connect(&signals, &sc::core::platform::SignalWatcher::terminationRequested, &app, quit);

    auto buildViews = [&] {
        tray.reset(); // the old icon leaves the panel before the new one arrives
        dashboard = std::make_unique<sc::ui::DashboardWindow>(*engine, ledger.get(), activity, dataDir, now);
        tray = std::make_unique<sc::ui::TrayController>(*engine, now, earnedToday);
        dashboard->setHideOnClose(haveTray);
        QObject::connect(tray.get(), &sc::ui::TrayController::dashboardRequested, dashboard.get(),
            &sc::ui::DashboardWindow::present);
        QObject::connect(
            tray.get(), &sc::ui::TrayController::settingsRequested, dashboard.get(), [&dashboard] {
                dashboard->showPage(sc::ui::DashboardWindow::Page::Settings);
                dashboard->present();
            });
        QObject::connect(tray.get(), &sc::ui::TrayController::quitRequested, &app, quit);
        QObject::connect(dashboard.get(), &sc::ui::DashboardWindow::closedWithoutTray, &app, quit);
        tray->setPanelTheme(desktopSettings.value(QStringLiteral("panel_theme")));
        tray->show();
    };
    // What a rebuild keeps of the views: where the window was, and the live chart's minutes.
    struct ViewState {
        bool shown = false;
        sc::ui::DashboardWindow::Page page = sc::ui::DashboardWindow::Page::Overview;
        QRect geometry;
        sc::ui::OverviewPage::LiveHistory live;
    };
    // Takes the views down (before the engine they show may go) and says what they were.
    auto takeDownViews = [&] {
        ViewState v { dashboard->isVisible(), dashboard->currentPage(), dashboard->geometry(),
            dashboard->overview()->liveHistory() };
        tray.reset();
        dashboard.reset();
        return v;
    };
    auto restoreViews = [&](const ViewState& v) {
        buildViews();
        dashboard->overview()->setLiveHistory(v.live);
        dashboard->showPage(v.page);
        if (v.shown) {
            dashboard->setGeometry(v.geometry);
            dashboard->present();
        }
    };
    buildViews();

    // Settings, however changed (the Settings page, `sparecycles-cli config set`), apply here:
    // the tray's panel colour, the language (views rebuilt), the network (engine restarted on
    // the new hub in this process: tasks stop at their checkpoints first).
    QString appliedLanguage = language;
    QString appliedPanel = desktopSettings.value(QStringLiteral("panel_theme"));
    QString appliedNetwork = desktopSettings.value(QStringLiteral("hub_url"));
    QObject::connect(&desktopSettingsWatch, &QTimer::timeout, &app, [&] {
        // Never take views down under an open dialog or menu (it belongs to them): next tick.
        if (stopping || switching || QApplication::activeModalWidget() || QApplication::activePopupWidget())
            return;
        if (const QString panel = desktopSettings.value(QStringLiteral("panel_theme"));
            panel != appliedPanel) {
            appliedPanel = panel;
            tray->setPanelTheme(panel);
        }
        if (const QString wanted = desktopSettings.value(QStringLiteral("language"));
            wanted != appliedLanguage) {
            appliedLanguage = wanted;
            const QLocale locale = wanted == QLatin1String("system") ? QLocale::system() : QLocale(wanted);
            QLocale::setDefault(locale);
            installTranslations(app, locale);
            restoreViews(takeDownViews());
        }
        const QString target = desktopSettings.value(QStringLiteral("hub_url"));
        if (target == appliedNetwork)
            return;
        const QString previous = appliedNetwork;
        appliedNetwork = target;
        switching = true;
        activity.append(QApplication::translate("main", "Moving to the network %1…").arg(target));
        engine->stop([&, target, previous] {
            // Not inside the engine's own callback: it is about to go.
            QTimer::singleShot(0, &app, [&, target, previous] {
                const ViewState views = takeDownViews(); // before the engine they show
                engine.reset();
                localHub.reset();
                QString err;
                if (!startEngine(target, &err)) {
                    // Back to the network that worked, and the setting with it.
                    engine.reset();
                    localHub.reset();
                    QMessageBox::warning(nullptr, QApplication::translate("main", "SpareCycles"),
                        QApplication::translate("main",
                            "SpareCycles could not move to the network %1: %2\n\n"
                            "It stays on the network it used before.")
                            .arg(target, err));
                    QString ignored;
                    desktopSettings.set(QStringLiteral("hub_url"), previous, &ignored);
                    appliedNetwork = previous;
                    QString again;
                    if (!startEngine(previous, &again)) {
                        QMessageBox::critical(nullptr, QApplication::translate("main", "SpareCycles"), again);
                        QApplication::exit(1);
                        return;
                    }
                }
                restoreViews(views);
                switching = false;
                if (quitAfterSwitch)
                    quit();
            });
        });
    });
    if (!p.isSet(minimized) || !haveTray)
        dashboard->present();
    return QApplication::exec();
}
