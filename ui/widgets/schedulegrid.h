// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>
#include <array>

namespace sc::ui {

// A week as 7 days × 24 hours: a filled cell is an hour tasks may run. Click a cell to switch
// it, drag to paint or clear a block (the first cell decides which); arrow keys move, Space
// switches. Days in the user's locale, Monday first. The Settings page and the first-run
// wizard both edit the schedule on it (stored through Settings::formatSchedule).
class ScheduleGrid final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleGrid)
public:
    using Week = std::array<quint32, 7>; // bit h of day d (0 = Monday)
    explicit ScheduleGrid(QWidget* parent = nullptr);

    Week week() const { return m_week; }
    void setWeek(const Week& week);
    int hoursSelected() const;
    // Cell of day d, hour h in widget coordinates (for tests and painting).
    QRect cellRect(int day, int hour) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // After a click, a drag or a key changed hours (not on setWeek).
    void edited(const sc::ui::ScheduleGrid::Week& week);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    bool cellAt(const QPoint& p, int* day, int* hour) const;
    int labelWidth() const;
    int headerHeight() const;
    void paintBlock(int day, int hour);

    Week m_week {};
    Week m_before {}; // at the start of a drag
    bool m_dragging = false;
    bool m_paintOn = true;
    int m_startDay = 0, m_startHour = 0;
    int m_focusDay = 0, m_focusHour = 0;
};

} // namespace sc::ui
