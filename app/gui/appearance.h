// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;
class QLocale;

namespace sc::app {

// Loads Qt's and our translations for locale, replacing any loaded before.
void installTranslations(QApplication& app, const QLocale& locale);
// SC_UI_DARK=1: Fusion with a dark palette (to check the dark look on any desktop).
void applyDarkPaletteIfAsked();

} // namespace sc::app
