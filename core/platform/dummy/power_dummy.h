// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/powersource.h"

namespace sc::core::platform {

// No power API: never answers, so the caller's sysfs reading (none outside Linux) decides.
class NoPowerSource final : public PowerSource {
public:
    std::optional<PowerState> read() override { return std::nullopt; }
    QString name() const override { return QStringLiteral("none"); }
};

} // namespace sc::core::platform
