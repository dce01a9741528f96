// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/idlesource.h"

namespace sc::core::platform {

// macOS: HID idle time (macplatform.h), polled. NEVER COMPILED (no macOS SDK here).
class MacIdleSource final : public IdleSource {
    Q_OBJECT
public:
    using IdleSource::IdleSource;
    std::optional<double> idleSeconds() override;
    QString name() const override { return QStringLiteral("macos-hid"); }
};

} // namespace sc::core::platform
