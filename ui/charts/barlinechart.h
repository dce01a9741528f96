// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger/history.h"
#include "ui/charts/chartpanel.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QWidget>
#include <functional>

class QCategoryAxis;
class QLabel;
class QLineSeries;

namespace sc::ui {

// One quantity over dates, with one y axis: bars per day, week or month (credit earned, hours,
// tasks) or a running total drawn as a step (flat on days without credit, rising only on days
// with it). Bars may come in pairs of the same unit side by side (processor and graphics card
// hours), with a legend. The date labels never crowd: which bars get one is chosen by the width
// (history::dateTicks) and again on every resize; y labels are in the user's locale.
class BarLineChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarLineChart)
public:
    struct Data {
        QList<QDate> starts; // first day of each bar's day, week or month
        core::history::Bucket bucket = core::history::Bucket::Day;
        QStringList categories; // each bar's date in words, for the hover ("24 Nov")
        QList<double> values; // heights only: the exact amounts are in texts
        bool step = false; // a running total: a step line instead of bars
        double stepFrom = 0; // the total before the first bar (where the step line starts)
        QString name; // legend and hover ("Earned per day")
        QString axisTitle; // with its unit ("SCT")
        QStringList texts; // exact value per bar, as text
        // Marks on the running total (payouts): one text per bar, empty where there is none.
        QStringList markerTexts;
        QString markerName;
        // y-axis labels in the locale ("0,0025"); default: QLocale().toString(v).
        std::function<QString(double)> yLabel;
        // A second bar beside each one, in the same unit (empty: none). Both names then show in
        // a legend and both values on hover.
        QString secondName;
        QList<double> secondValues;
        QStringList secondTexts;
    };
    explicit BarLineChart(QWidget* parent = nullptr);
    ~BarLineChart() override;

    void setData(const Data& data);
    // The sentence in the chart's place (and no "point at a bar" under it).
    void showEmpty(const QString& sentence);
    ChartPanel* panel() const { return m_panel; }
    // What hovering bar `index` shows: its date, then its exact value ("24 Nov\nEarned per day:
    // 0.0012 SCT").
    QString hoverText(int index) const;
    QString lastHoverText() const { return m_lastHover; }
    QString readoutText() const;
    int barCount() const { return static_cast<int>(m_data.values.size()); }
    // The bar sets' names as drawn (legend order): one, or two when there is a second bar.
    QStringList barSetNames() const;
    // The x labels as laid out now (index, text): for tests.
    QList<core::history::AxisTick> ticks() const { return m_ticks; }
    // The points of the running total's step line (x = bar index ± 0.5).
    QList<QPointF> stepPoints() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void layoutTicks();
    void showHover(const QString& key, int index);
    void endHover(const QString& key);

    ChartPanel* m_panel = nullptr;
    Data m_data;
    QList<core::history::AxisTick> m_ticks;
    QString m_lastHover;
    QString m_hoverKey; // the element whose tip shows ("bar 3", "line 3")
    QLabel* m_readout = nullptr;
    QCategoryAxis* m_x = nullptr;
    QLineSeries* m_line = nullptr;
    int m_tickWidth = -1;
};

} // namespace sc::ui
