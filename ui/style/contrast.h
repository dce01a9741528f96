// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

class QPalette;

namespace sc::ui {

// WCAG 2.1 contrast: relative luminance of an sRGB colour, and the ratio of two (1…21).
double relativeLuminance(const QColor& colour);
double contrastRatio(const QColor& a, const QColor& b);

// The minimums the app holds itself to in both palettes (WCAG 2.1 AA): text 4.5:1, the
// borders of fields, boxes and buttons 3:1 against what surrounds them and what they hold.
inline constexpr double kTextContrast = 4.5;
inline constexpr double kBorderContrast = 3.0;

// A grey between the palette's Window and WindowText that stands out from both Window and
// Base by at least `ratio` (with a little room for antialiasing), for field borders.
QColor borderColour(const QPalette& palette, double ratio = kBorderContrast + 0.3);

} // namespace sc::ui
