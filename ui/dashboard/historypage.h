// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>
#include <QWidget>
#include <functional>

class QButtonGroup;
class QLabel;

namespace sc::core {
class Ledger;
}

namespace sc::ui {

class BarLineChart;
class RangeSelector;

// What this computer contributed: processor hours (bars, with graphics card hours beside them
// where the computer does GPU work) or finished tasks per day, week or month.
class HistoryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)
public:
    using Clock = std::function<qint64()>;
    // Whether this computer has a graphics card the engine reads (a GPU temperature now).
    using GpuPresent = std::function<bool()>;

    HistoryPage(const core::Ledger* ledger, Clock clock, QWidget* parent = nullptr);
    HistoryPage(const core::Ledger* ledger, Clock clock, GpuPresent gpuPresent, QWidget* parent = nullptr);
    ~HistoryPage() override;

    void refresh();
    BarLineChart* chart() const { return m_chart; }
    // Tasks finished per period (true) or processor time (false).
    void showTasks(bool tasks);
    // Whether the graphics card's time is shown (docs/ui.md: GPU work in the ledger, or a
    // graphics card the engine reads).
    bool gpuShown() const { return m_gpuShown; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    const core::Ledger* m_ledger;
    Clock m_clock;
    GpuPresent m_gpuPresent;
    bool m_gpuShown = false;
    RangeSelector* m_range = nullptr;
    QButtonGroup* m_view = nullptr; // 0: processor time, 1: tasks finished
    BarLineChart* m_chart = nullptr;
    QLabel* m_summary = nullptr;
    QTimer m_refresh; // while shown: new credit arrives without a signal
};

} // namespace sc::ui
