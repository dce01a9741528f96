// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/idlesource.h"

namespace sc::core::platform {

// Windows: GetLastInputInfo for this session (winplatform.h), polled. Run in the user's
// session (the tray app, not a service): session 0 never sees the user's input.
class WindowsIdleSource final : public IdleSource {
    Q_OBJECT
public:
    using IdleSource::IdleSource;
    std::optional<double> idleSeconds() override;
    QString name() const override { return QStringLiteral("windows-lastinput"); }
};

} // namespace sc::core::platform
