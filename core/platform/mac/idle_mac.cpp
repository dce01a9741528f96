// SPDX-License-Identifier: GPL-3.0-or-later
// NEVER COMPILED on macOS (see docs/sensors.md).
#include "platform/mac/idle_mac.h"

#include "platform/mac/macplatform.h"

namespace sc::core::platform {

std::optional<double> MacIdleSource::idleSeconds() { return mac::idleSeconds(); }

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<IdleSource> createPlatformIdleSource(QObject* parent)
{
    return std::make_unique<platform::MacIdleSource>(parent);
}

} // namespace sc::core
