// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/systemtheme_linux.h"

#include <QStringList>

namespace sc::core::platform {

std::optional<bool> XdgSystemTheme::panelIsDark() const
{
    if (m_desktop.split(QLatin1Char(':')).contains(QLatin1String("GNOME"), Qt::CaseInsensitive))
        return true;
    return std::nullopt;
}

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<SystemTheme> createPlatformSystemTheme()
{
    return std::make_unique<platform::XdgSystemTheme>(qEnvironmentVariable("XDG_CURRENT_DESKTOP"));
}

} // namespace sc::core
