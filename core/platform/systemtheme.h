// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace sc::core {

// Facts about the desktop's look that the app's own palette does not tell (no QtGui here).
class SystemTheme {
public:
    virtual ~SystemTheme() = default;
    // Whether the panel that holds tray icons is dark whatever the apps look like (GNOME's top
    // bar, dark in every GNOME theme); nullopt when the desktop says nothing, and the app's
    // palette decides.
    virtual std::optional<bool> panelIsDark() const = 0;
    // Whether the user asked their desktop for dark windows (the freedesktop colour-scheme
    // setting, GNOME 42+, KDE 5.24+, or a GTK theme named ":dark"); nullopt when it says nothing.
    virtual std::optional<bool> prefersDark() const { return std::nullopt; }
    // Calls onChange (on the calling thread's event loop) with the new preference whenever the
    // user changes it, for as long as `context` lives. Platforms that cannot tell do nothing.
    virtual void watchPrefersDark(QObject* context, std::function<void(std::optional<bool>)> onChange) const
    {
        Q_UNUSED(context)
        Q_UNUSED(onChange)
    }
};

// The freedesktop appearance colour-scheme value (0 no preference, 1 dark, 2 light) and a
// GTK_THEME such as "Adwaita:dark", as a preference (pure, for tests).
std::optional<bool> colorSchemePrefersDark(std::optional<uint> portalValue, const QString& gtkTheme);

// Linux: from XDG_CURRENT_DESKTOP; elsewhere one that never knows. Defined once per OS:
// platform/{linux,dummy}/systemtheme_<os>.cpp.
std::unique_ptr<SystemTheme> createPlatformSystemTheme();

} // namespace sc::core
