// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/charts/chartpanel.h"

#include <QList>
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
    };

    explicit BarLineChart(QWidget* parent = nullptr);
    ~BarLineChart() override;

    void setData(const Data& data);
    void showEmpty(const QString& sentence) { m_panel->showEmpty(sentence); }
    ChartPanel* panel() const { return m_panel; }

private:
    ChartPanel* m_panel = nullptr;
};

} // namespace sc::ui
