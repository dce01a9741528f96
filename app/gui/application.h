// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "guioptions.h"
#include "ui/dashboard/dashboardwindow.h"
#include "ui/dashboard/overviewpage.h"

#include <QObject>
#include <QRect>
#include <QTimer>
#include <memory>
#include <optional>

class QApplication;

namespace sc::core {
class Autostart;
class DeviceKeyBackup;
class CurlHttpClient;
class IdleSource;
class Ledger;
class MessageLog;
class Notifier;
class Settings;
namespace platform {
    class SignalWatcher;
}
} // namespace sc::core

namespace sc::ui {
class ActivityLog;
class TrayController;
} // namespace sc::ui

namespace sc::app {

class EngineHost;
class SingleInstance;

// The tray app: builds the services once (the engine through EngineHost), the tray and the
// dashboard over them, and applies settings as they change. The windows and the tray only
// render engine state, so a new language (or network) is applied by building them again:
// every string comes out of tr() afresh, with no retranslation code in each widget to forget.
class Application final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    explicit Application(QApplication& app);
    ~Application() override;

    // Runs until the user quits (or SIGTERM); the process's exit code.
    int exec();

private:
    // What a rebuild keeps of the views: where the window was, and the live chart's minutes.
    struct ViewState {
        bool shown = false;
        ui::DashboardWindow::Page page = ui::DashboardWindow::Page::Overview;
        QRect geometry;
        ui::OverviewPage::LiveHistory live;
    };

    // Everything up to the event loop; an exit code when the app must stop before it.
    std::optional<int> start();
    // The first-run wizard (or --accept-defaults); false when the user cancelled it.
    bool completeFirstRun();
    void connectEngineHost();
    // Start at login, following the start_at_login setting (an XDG autostart entry).
    void applyStartAtLogin(bool on);
    bool startAtLoginWanted() const;
    // Settings however changed (the Settings page, `sparecycles-cli config set`): the tray's
    // panel colour, the language (views rebuilt), the network (engine restarted on it).
    void applySettingChanges();
    void quit();
    void buildViews();
    // Takes the views down (before the engine they show may go) and says what they were.
    ViewState takeDownViews();
    void restoreViews(const ViewState& views);
    qint64 earnedToday() const;

    QApplication& m_app;
    std::unique_ptr<core::MessageLog> m_log;
    GuiOptions m_options;
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<core::Settings> m_settings;
    QTimer m_settingsWatch;
    std::unique_ptr<core::Autostart> m_autostart;
    std::unique_ptr<core::CurlHttpClient> m_http;
    std::unique_ptr<core::IdleSource> m_idle;
    std::unique_ptr<ui::ActivityLog> m_activity;
    std::unique_ptr<core::Notifier> m_notifier;
    std::unique_ptr<core::DeviceKeyBackup> m_keyBackup;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<core::Ledger> m_ledger;
    std::unique_ptr<ui::DashboardWindow> m_dashboard;
    std::unique_ptr<ui::TrayController> m_tray;
    bool m_haveTray = false;
    bool m_stopping = false;
    bool m_quitAfterSwitch = false;
    QTimer m_offlineCheck;
    std::unique_ptr<core::platform::SignalWatcher> m_signals;
    QString m_appliedLanguage;
    QString m_appliedPanel;
    ViewState m_viewsBeforeSwitch;
};

} // namespace sc::app
