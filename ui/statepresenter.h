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

// How an engine state looks to the user: one of seven icons (distinct shapes, light and dark
// variants) and a few words. "Yielding" is a suspension for other programs' load: a give-way
// triangle, not the moon of the other suspensions.
class StatePresenter final {
    Q_DECLARE_TR_FUNCTIONS(StatePresenter)
public:
    enum class Look { Running, Waiting, Yielding, Throttled, Suspended, Paused, Offline };

    static Look lookFor(core::Engine::State state, core::PolicyReason reason = core::PolicyReason::Running);
    static QString lookName(Look look); // "running", "waiting", … (icon file stem)
    static QString title(core::Engine::State state); // translated words, e.g. "Waiting for idle"
    // The words for a state with the policy's reason ("Waiting for other programs").
    static QString title(core::Engine::State state, core::PolicyReason reason);
    // The application's own icon (the window icon, the tray's fallback): no state glyph.
    static QString appIconPath() { return QStringLiteral(":/icons/sparecycles.svg"); }
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
