// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"
#include "ledger/history.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <functional>

class QPushButton;

class QGroupBox;
class QLabel;
class QLocale;
class QProgressBar;
class QVBoxLayout;

namespace sc::core {
class Ledger;
}
namespace sc::evm {
class Uint256;
}

namespace sc::ui {

class LiveChart;

// What happens now: the state in words with its reason, the last ten minutes of temperature
// and duty cycle, the running tasks, what was earned and the time worked (processor, and the
// graphics card where there is GPU work or a graphics card the engine reads).
class OverviewPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)
public:
    using Clock = std::function<qint64()>; // unix seconds

    OverviewPage(core::Engine& engine, const core::Ledger* ledger, Clock clock, QWidget* parent = nullptr);
    ~OverviewPage() override;

    QString stateText() const;
    QString reasonText() const;
    // What holds the graphics card's tasks back or slows them, where the reason does not say
    // (empty and hidden otherwise, and on computers without GPU work).
    QString gpuReasonText() const;
    // The task rows as shown: "what — 42 % · about 3 min left", one per running task.
    QStringList taskTexts() const;
    bool resumeShown() const;
    // The headline for the user's pause or "run now" (with its end in local time), empty when
    // neither applies.
    static QString pauseHeadline(qint64 pausedUntil, qint64 runNowUntil, qint64 now);
    QString iconPath() const { return m_iconPath; }
    // Takes one sample of the engine's status (runs every two seconds).
    void sample();
    void refreshEarnings();
    void refreshWallet();
    // The Wallet card as shown (hidden when the network pays on no chain or no address is set).
    bool walletShown() const;
    QString walletBalanceText() const;
    QString walletNoteText() const;
    QString walletGasText() const;
    // The time worked in the last 7 days as shown; the graphics card's is empty while hidden.
    QString processorTimeText() const;
    QString graphicsCardTimeText() const;
    static QString formatAmount(const evm::Uint256& value, unsigned decimals, const QLocale& locale);
    // The last ten minutes of the live chart, handed from one page to its successor when the
    // app rebuilds its windows (a new language or network), so the chart does not start empty.
    struct LiveHistory {
        core::history::TimeWindow temperature { 10 * 60 * 1000 };
        core::history::TimeWindow duty { 10 * 60 * 1000 };
        core::history::TimeWindow cpu { 10 * 60 * 1000 };
        core::history::TimeWindow gpuTemperature { 10 * 60 * 1000 };
    };
    LiveHistory liveHistory() const { return { m_temp, m_duty, m_cpu, m_gpuTemp }; }
    void setLiveHistory(const LiveHistory& history);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void onStateChanged();
    void updateTasks(const QList<core::TaskStatus>& tasks);
    void redrawChart();
    void refillFromLedger();

    core::Engine& m_engine;
    const core::Ledger* m_ledger;
    Clock m_clock;
    QLabel* m_icon = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_reason = nullptr;
    QLabel* m_gpuReason = nullptr;
    void updateGpuReason(const core::EngineStatus& st);
    QPushButton* m_allowUnsandboxed = nullptr; // shown while tasks wait for permission (no sandbox)
    void askToRunWithoutSandbox();
    LiveChart* m_chart = nullptr;
    QVBoxLayout* m_taskRows = nullptr;
    QLabel* m_noTasks = nullptr;
    struct TaskRow {
        QWidget* row = nullptr;
        QLabel* label = nullptr;
        QProgressBar* bar = nullptr;
    };
    QHash<QString, TaskRow> m_taskBars;
    QPushButton* m_resume = nullptr; // ends the user's pause or "run now"
    void resume();
    QLabel* m_today = nullptr;
    QLabel* m_week = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_paid = nullptr;
    QLabel* m_cpuTime = nullptr;
    QLabel* m_gpuTime = nullptr;
    QWidget* m_gpuTimeFigure = nullptr; // caption and figure, hidden without a graphics card
    QGroupBox* m_walletBox = nullptr;
    QLabel* m_walletBalance = nullptr;
    QLabel* m_walletGas = nullptr;
    QLabel* m_walletNote = nullptr;
    core::history::TimeWindow m_temp { 10 * 60 * 1000 };
    core::history::TimeWindow m_duty { 10 * 60 * 1000 };
    core::history::TimeWindow m_cpu { 10 * 60 * 1000 };
    core::history::TimeWindow m_gpuTemp { 10 * 60 * 1000 };
    QTimer m_sampler;
    QString m_iconPath;
    int m_samplesSinceEarnings = 0;
};

} // namespace sc::ui
