// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStackedWidget>

class QChart;
class QChartView;
class QLabel;

namespace sc::ui {

// A chart that follows the system palette, with a sentence in its place when there is
// nothing to plot.
class ChartPanel final : public QStackedWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)
public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    QChart* chart() const { return m_chart; }
    void showChart();
    void showEmpty(const QString& sentence);
    bool isEmptyShown() const;
    QString emptyText() const;
    // Colours of background, axes and legend from the palette (called on palette change too).
    void applyPalette();

protected:
    void changeEvent(QEvent* event) override;

private:
    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace sc::ui
