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

// What this computer contributed: CPU hours (bars) and finished tasks (line) per day.
class HistoryPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPage)
public:
    using Clock = std::function<qint64()>;

    HistoryPage(const core::Ledger* ledger, Clock clock, QWidget* parent = nullptr);
    ~HistoryPage() override;

    void refresh();
    BarLineChart* chart() const { return m_chart; }
    // Tasks finished per period (true) or processor time (false).
    void showTasks(bool tasks);

protected:
    void showEvent(QShowEvent* event) override;

private:
    const core::Ledger* m_ledger;
    Clock m_clock;
    RangeSelector* m_range = nullptr;
    QButtonGroup* m_view = nullptr; // 0: processor time, 1: tasks finished
    BarLineChart* m_chart = nullptr;
    QLabel* m_summary = nullptr;
    QTimer m_refresh; // while shown: new credit arrives without a signal
};

} // namespace sc::ui
