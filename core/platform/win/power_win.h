// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/powersource.h"

namespace sc::core::platform {

// Battery and AC state from GetSystemPowerStatus (the Windows counterpart of readUPower /
// readPowerSupply). Only system batteries count; a desktop is never "on battery".
PowerState readWindowsPower();

class WindowsPowerSource final : public PowerSource {
public:
    std::optional<PowerState> read() override { return readWindowsPower(); }
    QString name() const override { return QStringLiteral("windows"); }
};

} // namespace sc::core::platform
