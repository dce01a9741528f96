// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sensors/hwsensors.h"

namespace sc::core::platform {

// Battery and AC state from GetSystemPowerStatus (the Windows counterpart of readUPower /
// readPowerSupply). Only system batteries count; a desktop is never "on battery".
PowerState readWindowsPower();

} // namespace sc::core::platform
