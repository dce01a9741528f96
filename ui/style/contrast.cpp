// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/style/contrast.h"

#include <QPalette>
#include <algorithm>
#include <cmath>

namespace sc::ui {

double relativeLuminance(const QColor& colour)
{
    const QColor c = colour.toRgb();
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor borderColour(const QPalette& palette, double ratio)
{
    const QColor from = palette.color(QPalette::Window);
    const QColor to = palette.color(QPalette::WindowText);
    const QColor base = palette.color(QPalette::Base);
    // Walk from the window's colour toward its text until both backgrounds are left behind;
    // the text itself is the last resort (it meets 4.5:1 by construction of the palette).
    for (int step = 1; step <= 100; ++step) {
        const double t = step / 100.0;
        const QColor c = QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * t),
            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * t),
            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * t));
        if (contrastRatio(c, from) >= ratio && contrastRatio(c, base) >= ratio)
            return c;
    }
    return to;
}

} // namespace sc::ui
