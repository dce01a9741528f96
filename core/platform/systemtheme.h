// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
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
};

// Linux: from XDG_CURRENT_DESKTOP; elsewhere one that never knows. Defined once per OS:
// platform/{linux,dummy}/systemtheme_<os>.cpp.
std::unique_ptr<SystemTheme> createPlatformSystemTheme();

} // namespace sc::core
