// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/idlesource.h"

namespace sc::core {

// An idle source whose value the test sets.
class FakeIdleSource final : public IdleSource {
public:
    using IdleSource::IdleSource;
    std::optional<double> value;
    std::optional<double> idleSeconds() override { return value; }
    QString name() const override { return QStringLiteral("fake"); }
};

} // namespace sc::core
