// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/dummy/idle_dummy.h"

namespace sc::core {

std::unique_ptr<IdleSource> createPlatformIdleSource(QObject* parent)
{
    return std::make_unique<platform::UnknownIdleSource>(parent);
}

} // namespace sc::core
