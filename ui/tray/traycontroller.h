// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace sc::ui {

// The tray icon: its shape follows the engine state, its tooltip says what happens and what
// was earned today, its menu sends the user's commands to the engine.
class TrayController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)
public:
    using Clock = std::function<qint64()>; // unix seconds
    using EarnedToday = std::function<qint64()>; // micro-tokens

    TrayController(core::Engine& engine, Clock clock, EarnedToday earnedToday, QObject* parent = nullptr);
    ~TrayController() override;

    void show();
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QMenu* menu() const { return m_menu.get(); }
    QString iconPath() const { return m_iconPath; }
    QString toolTip() const;
    // Re-reads state and earnings (also runs on every state change and once a minute).
    void refresh();
    // The panel_theme setting (auto, light, dark): which icon variant stays visible on it.
    void setPanelTheme(const QString& panelTheme);

    // Pause actions compute their end from the injected clock.
    static qint64 startOfTomorrow(qint64 nowUnix);

Q_SIGNALS:
    void dashboardRequested();
    void settingsRequested();
    void quitRequested();

private:
    void onActivated(int reason);
    QAction* addAction(const QString& text, const char* name);
    QAction* addInfoLine(const char* name);
    static void setInfoLine(QAction* action, const QString& text);

    core::Engine& m_engine;
    Clock m_clock;
    EarnedToday m_earnedToday;
    std::unique_ptr<QMenu> m_menu; // QMenu is a widget: no QObject parent here
    QSystemTrayIcon* m_tray = nullptr;
    QAction* m_status = nullptr; // the state in words
    QAction* m_earned = nullptr; // "Earned today: …"
    QAction* m_pauseHour = nullptr;
    QAction* m_pauseTomorrow = nullptr;
    QAction* m_pauseForever = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_runNow = nullptr;
    QTimer m_refresh;
    QString m_panelTheme = QStringLiteral("auto");
    QString m_iconPath;
};

} // namespace sc::ui
