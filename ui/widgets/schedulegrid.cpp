// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/schedulegrid.h"

#include "ui/style/contrast.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <bit>

namespace sc::ui {

namespace {
    constexpr quint32 kAllHours = 0xFFFFFF;
}

ScheduleGrid::ScheduleGrid(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Hours when tasks may run"));
    setAccessibleDescription(tr("A week, one row per day and one column per hour. Filled hours are "
                                "when tasks may run. Arrow keys move, Space switches an hour."));
    m_week.fill(kAllHours);
}

void ScheduleGrid::setWeek(const Week& week)
{
    m_week = week;
    for (auto& d : m_week)
        d &= kAllHours;
    update();
}

int ScheduleGrid::hoursSelected() const
{
    int n = 0;
    for (quint32 d : m_week)
        n += std::popcount(d & kAllHours);
    return n;
}

int ScheduleGrid::labelWidth() const
{
    const QLocale locale;
    int w = 0;
    for (int d = 1; d <= 7; ++d)
        w = std::max(w, fontMetrics().horizontalAdvance(locale.dayName(d, QLocale::ShortFormat)));
    return w + 8;
}

int ScheduleGrid::headerHeight() const { return fontMetrics().height() + 4; }

QSize ScheduleGrid::sizeHint() const { return { labelWidth() + 24 * 20 + 1, headerHeight() + 7 * 20 + 1 }; }

QSize ScheduleGrid::minimumSizeHint() const
{
    return { labelWidth() + 24 * 11 + 1, headerHeight() + 7 * 18 + 1 };
}

QRect ScheduleGrid::cellRect(int day, int hour) const
{
    const int left = labelWidth();
    const double cw = (width() - left - 1) / 24.0;
    const double ch = (height() - headerHeight() - 1) / 7.0;
    const int x0 = left + static_cast<int>(hour * cw);
    const int x1 = left + static_cast<int>((hour + 1) * cw);
    const int y0 = headerHeight() + static_cast<int>(day * ch);
    const int y1 = headerHeight() + static_cast<int>((day + 1) * ch);
    return { x0, y0, x1 - x0, y1 - y0 };
}

bool ScheduleGrid::cellAt(const QPoint& p, int* day, int* hour) const
{
    const int left = labelWidth();
    if (p.x() < left || p.y() < headerHeight())
        return false;
    const double cw = (width() - left - 1) / 24.0;
    const double ch = (height() - headerHeight() - 1) / 7.0;
    *hour = std::clamp(static_cast<int>((p.x() - left) / cw), 0, 23);
    *day = std::clamp(static_cast<int>((p.y() - headerHeight()) / ch), 0, 6);
    return true;
}

void ScheduleGrid::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette& pal = palette();
    const QColor on = pal.color(QPalette::Highlight);
    const QColor off = pal.color(QPalette::Base);
    const QColor line = borderColour(pal);
    const QLocale locale;
    p.setPen(pal.color(QPalette::WindowText));
    // Hour labels every 3 hours where they fit, else every 6.
    const int step
        = cellRect(0, 1).width() * 3 >= fontMetrics().horizontalAdvance(QStringLiteral("00")) + 6 ? 3 : 6;
    for (int h = 0; h < 24; h += step) {
        const QRect c = cellRect(0, h);
        p.drawText(QRect(c.left() - 10, 0, 20 + c.width(), headerHeight()), Qt::AlignLeft | Qt::AlignVCenter,
            QString::number(h));
    }
    for (int d = 0; d < 7; ++d) {
        const QRect first = cellRect(d, 0);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(0, first.top(), labelWidth() - 6, first.height()), Qt::AlignRight | Qt::AlignVCenter,
            locale.dayName(d + 1, QLocale::ShortFormat));
        for (int h = 0; h < 24; ++h) {
            const QRect c = cellRect(d, h);
            p.fillRect(c, (m_week[static_cast<size_t>(d)] & (1u << h)) ? on : off);
        }
    }
    // Lines between hours and days, stronger every 6 hours.
    p.setPen(line);
    for (int h = 0; h <= 24; ++h) {
        const int x = h < 24 ? cellRect(0, h).left() : cellRect(0, 23).right() + 1;
        p.setPen(QPen(line, h % 6 == 0 ? 2 : 1));
        p.drawLine(x, headerHeight(), x, cellRect(6, 0).bottom() + 1);
    }
    p.setPen(QPen(line, 1));
    for (int d = 0; d <= 7; ++d) {
        const int y = d < 7 ? cellRect(d, 0).top() : cellRect(6, 0).bottom() + 1;
        p.drawLine(labelWidth(), y, cellRect(0, 23).right() + 1, y);
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::WindowText), 2));
        p.drawRect(cellRect(m_focusDay, m_focusHour).adjusted(1, 1, -1, -1));
    }
}

void ScheduleGrid::paintBlock(int day, int hour)
{
    m_week = m_before;
    for (int d = std::min(day, m_startDay); d <= std::max(day, m_startDay); ++d) {
        for (int h = std::min(hour, m_startHour); h <= std::max(hour, m_startHour); ++h) {
            auto& mask = m_week[static_cast<size_t>(d)];
            mask = m_paintOn ? (mask | (1u << h)) : (mask & ~(1u << h));
        }
    }
    update();
}

void ScheduleGrid::mousePressEvent(QMouseEvent* event)
{
    int d = 0, h = 0;
    if (event->button() != Qt::LeftButton || !cellAt(event->position().toPoint(), &d, &h))
        return;
    m_dragging = true;
    m_before = m_week;
    m_startDay = d;
    m_startHour = h;
    m_focusDay = d;
    m_focusHour = h;
    m_paintOn = !(m_week[static_cast<size_t>(d)] & (1u << h));
    paintBlock(d, h);
}

void ScheduleGrid::mouseMoveEvent(QMouseEvent* event)
{
    int d = 0, h = 0;
    if (m_dragging && cellAt(event->position().toPoint(), &d, &h))
        paintBlock(d, h);
}

void ScheduleGrid::mouseReleaseEvent(QMouseEvent* event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    if (m_week != m_before)
        Q_EMIT edited(m_week);
}

void ScheduleGrid::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
        m_focusHour = std::max(0, m_focusHour - 1);
        break;
    case Qt::Key_Right:
        m_focusHour = std::min(23, m_focusHour + 1);
        break;
    case Qt::Key_Up:
        m_focusDay = std::max(0, m_focusDay - 1);
        break;
    case Qt::Key_Down:
        m_focusDay = std::min(6, m_focusDay + 1);
        break;
    case Qt::Key_Space:
        m_week[static_cast<size_t>(m_focusDay)] ^= 1u << m_focusHour;
        Q_EMIT edited(m_week);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

} // namespace sc::ui
