// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"

#include <QWidget>
#include <functional>

class QListWidget;
class QStackedWidget;

namespace sc::core {
class Ledger;
}

namespace sc::ui {

class ActivityLog;
class ActivityPage;
class EarningsPage;
class HistoryPage;
class OverviewPage;
class SettingsPage;
class ThisPcPage;

// The main window: pages on a side bar. Closing it hides it; the tray keeps running.
class DashboardWindow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWindow)
public:
    enum class Page { Overview, Earnings, History, ThisPc, Settings, Activity };
    using Clock = std::function<qint64()>;
    static constexpr QSize kMinimumSize { 760, 540 };

    DashboardWindow(core::Engine& engine, const core::Ledger* ledger, const ActivityLog& log,
        const QString& dataDir, Clock clock, QWidget* parent = nullptr);
    ~DashboardWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    // Shows, un-minimises and raises the window.
    void present();
    // When false (no system tray), closing the window quits instead of hiding it.
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }

    OverviewPage* overview() const { return m_overview; }
    SettingsPage* settingsPage() const { return m_settings; }

Q_SIGNALS:
    void closedWithoutTray();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QListWidget* m_side = nullptr;
    QStackedWidget* m_pages = nullptr;
    OverviewPage* m_overview = nullptr;
    EarningsPage* m_earnings = nullptr;
    HistoryPage* m_history = nullptr;
    ThisPcPage* m_thisPc = nullptr;
    SettingsPage* m_settings = nullptr;
    ActivityPage* m_activity = nullptr;
    bool m_hideOnClose = true;
};

} // namespace sc::ui
