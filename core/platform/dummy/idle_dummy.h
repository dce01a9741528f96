// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/idlesource.h"

namespace sc::core::platform {

// No idle time can be read: always "cannot tell", which the policy treats as "user present".
// The last link of every platform's chain, and the whole chain where there is no backend.
class UnknownIdleSource final : public IdleSource {
    Q_OBJECT
public:
    using IdleSource::IdleSource;
    std::optional<double> idleSeconds() override { return std::nullopt; }
    QString name() const override { return QStringLiteral("unknown"); }
};

} // namespace sc::core::platform
