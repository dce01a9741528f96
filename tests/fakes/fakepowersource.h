// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/powersource.h"

namespace sc::core {

// A power source whose answer the test sets (nullopt: it cannot answer, as UPower gone).
class FakePowerSource final : public PowerSource {
public:
    std::optional<PowerState> state;
    int reads = 0;
    std::optional<PowerState> read() override
    {
        ++reads;
        return state;
    }
    QString name() const override { return QStringLiteral("fake-power"); }
};

} // namespace sc::core
