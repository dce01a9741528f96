// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/systemtheme.h"

namespace sc::core {

std::optional<bool> colorSchemePrefersDark(std::optional<uint> portalValue, const QString& gtkTheme)
{
    if (portalValue == 1u)
        return true;
    if (portalValue == 2u)
        return false;
    if (gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    if (!gtkTheme.isEmpty())
        return false; // a theme named without ":dark" is a light one
    return std::nullopt;
}

} // namespace sc::core
