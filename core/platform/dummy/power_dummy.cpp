// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/dummy/power_dummy.h"

namespace sc::core {

std::unique_ptr<PowerSource> createPlatformPowerSource(const QDBusConnection&)
{
    return std::make_unique<platform::NoPowerSource>();
}

} // namespace sc::core
