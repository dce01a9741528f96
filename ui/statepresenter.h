// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engine.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

class QPalette;

namespace sc::core {
class SystemTheme;
}

namespace sc::ui {

// How an engine state looks to the user: one of six icons (distinct shapes, light and dark
// variants) and a few words.
class StatePresenter final {
    Q_DECLARE_TR_FUNCTIONS(StatePresenter)
public:
    enum class Look { Running, Waiting, Throttled, Suspended, Paused, Offline };

    static Look lookFor(core::Engine::State state);
    static QString lookName(Look look); // "running", "waiting", … (icon file stem)
    static QString title(core::Engine::State state); // translated words, e.g. "Waiting for idle"
    // Icon for a panel of the given darkness (dark panel = light glyphs).
    static QString iconPath(Look look, bool darkPanel);
    static QIcon icon(Look look, bool darkPanel);
    static bool isDark(const QPalette& palette);
    // Whether the panel holding the tray icon is dark: the panel_theme setting, or for "auto"
    // what the desktop says (GNOME's top bar is dark in every theme) and else the app's palette.
    static bool panelIsDark(
        const QString& panelTheme, const QPalette& palette, const core::SystemTheme& system);
};

} // namespace sc::ui
