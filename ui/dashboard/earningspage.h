// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/history.h"

#include <QList>
#include <QTimer>
#include <QWidget>
#include <functional>

class QLabel;
class QButtonGroup;
class QPushButton;
class QTableWidget;

namespace sc::core {
class Ledger;
struct PayoutEntry;
struct WalletStatus;
} // namespace sc::core

namespace sc::ui {

class BarLineChart;
class RangeSelector;

// Credit per day (or week / month for long ranges) with the running total, and CSV export.
class EarningsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EarningsPage)
public:
    using Clock = std::function<qint64()>;

    EarningsPage(const core::Ledger* ledger, Clock clock, QWidget* parent = nullptr);
    ~EarningsPage() override;

    // The line(s) above the chart: earned in the period and in total, pending vs paid.
    QString summaryText() const;

    void refresh();
    // The rows the chart shows (daily, before roll-up) and the credit before them.
    QList<core::Ledger::Day> currentDays(qint64* before) const;
    bool exportCsv(const QString& path, QString* error) const;
    BarLineChart* chart() const { return m_chart; }
    // Shows the running total (true) or what was earned per day, week or month (false).
    void showRunningTotal(bool total);
    // The Payouts list: one row per payout the hub last reported (date, amount, status,
    // transaction), newest first.
    QTableWidget* payoutsTable() const { return m_payouts; }
    // A payout's status as the list shows it: the hub's state, checked against the receipt
    // this app read from the chain (wallet may be null before the first read).
    static QString payoutStatus(const core::PayoutEntry& p, const core::WalletStatus* wallet);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onExport();
    void refreshPayouts(const QList<core::PayoutEntry>& payouts);

    const core::Ledger* m_ledger;
    Clock m_clock;
    RangeSelector* m_range = nullptr;
    QButtonGroup* m_view = nullptr; // 0: earned per day/week/month, 1: the running total
    BarLineChart* m_chart = nullptr;
    QLabel* m_summary = nullptr;
    QTimer m_refresh; // while shown: new credit arrives without a signal
    QPushButton* m_export = nullptr;
    QLabel* m_payoutsTitle = nullptr;
    QLabel* m_noPayouts = nullptr;
    QTableWidget* m_payouts = nullptr;
};

} // namespace sc::ui
