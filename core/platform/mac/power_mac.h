// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/powersource.h"

namespace sc::core::platform {

// The internal battery from IOKit's power sources (macplatform.h). NEVER COMPILED.
PowerState readMacPower();

class MacPowerSource final : public PowerSource {
public:
    std::optional<PowerState> read() override { return readMacPower(); }
    QString name() const override { return QStringLiteral("macos-iokit"); }
};

} // namespace sc::core::platform
