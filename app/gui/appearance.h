// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;
class QLocale;
class QObject;

namespace sc::app {

// Loads Qt's and our translations for locale, replacing any loaded before.
void installTranslations(QApplication& app, const QLocale& locale);
// Where Qt fell back to Fusion (Linux without a Qt theme of its own): the app's light or dark
// palette as the desktop prefers (freedesktop colour-scheme), with borders that meet WCAG
// contrast. SC_UI_DARK=1 or 0 forces dark or light (to check either look on any desktop).
// It follows later changes for as long as context lives.
void applyAppearance(QObject* context);

} // namespace sc::app
