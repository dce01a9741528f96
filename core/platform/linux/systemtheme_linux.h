// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/systemtheme.h"

namespace sc::core::platform {

// The desktop named in XDG_CURRENT_DESKTOP, a colon-separated list ("ubuntu:GNOME").
class XdgSystemTheme final : public SystemTheme {
public:
    explicit XdgSystemTheme(QString currentDesktop)
        : m_desktop(std::move(currentDesktop))
    {
    }
    std::optional<bool> panelIsDark() const override;
    // Asks the desktop portal's Settings (one D-Bus call, at most 300 ms), then GTK_THEME.
    std::optional<bool> prefersDark() const override;

private:
    QString m_desktop;
};

} // namespace sc::core::platform
