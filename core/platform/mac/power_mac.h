// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sensors/hwsensors.h"

namespace sc::core::platform {

// The internal battery from IOKit's power sources (macplatform.h). NEVER COMPILED.
PowerState readMacPower();

} // namespace sc::core::platform
