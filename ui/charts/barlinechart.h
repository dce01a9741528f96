// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartpanel.h"

#include <QList>

class QLabel;
#include <QStringList>

namespace sc::ui {

// Bars per category (days, weeks or months) with an optional line on a second axis, e.g.
// credit per day and the running total.
class BarLineChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BarLineChart)
public:
    struct Data {
        QStringList categories;
        QList<double> bars;
        QString barName;
        QString barAxisTitle;
        QList<double> line; // empty = no line
        QString lineName;
        QString lineAxisTitle;
        // Exact values as text, one per category, shown when the pointer rests on a bar or on
        // the line (the heights above are only for drawing).
        QStringList barTexts;
        QStringList lineTexts;
        // Marks on the line (e.g. payouts): one text per category, empty where there is none;
        // a marked category shows a dot on the line and its text when pointed at.
        QStringList markerTexts;
        QString markerName;
    };

    explicit BarLineChart(QWidget* parent = nullptr);
    ~BarLineChart() override;

    void setData(const Data& data);
    void showEmpty(const QString& sentence) { m_panel->showEmpty(sentence); }
    ChartPanel* panel() const { return m_panel; }
    // What hovering category `index` shows: its label, then the bar's and the line's exact
    // values ("24 Nov\nEarned per day: 0.00125 SCT\nTotal earned: 0.0045 SCT").
    QString hoverText(int index) const;
    QString lastHoverText() const { return m_lastHover; }
    QString readoutText() const;

private:
    void showHover(const QString& key, int index);
    void endHover(const QString& key);
    ChartPanel* m_panel = nullptr;
    Data m_data;
    QString m_lastHover;
    QString m_hoverKey; // the element whose tip shows ("bar 3", "line 3")
    QLabel* m_readout = nullptr;
};

} // namespace sc::ui
