// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/win/idle_win.h"

#include "platform/win/winplatform.h"

namespace sc::core::platform {

std::optional<double> WindowsIdleSource::idleSeconds() { return win::idleSeconds(); }

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<IdleSource> createPlatformIdleSource(QObject* parent)
{
    return std::make_unique<platform::WindowsIdleSource>(parent);
}

} // namespace sc::core
