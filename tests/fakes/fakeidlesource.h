// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/idlesource.h"

namespace sc::core {

// An idle source whose value the test sets; with `pushes` it stands for one that pushes the
// user's return (the test emits userActive()/userIdle() itself) and records the idle alarm.
class FakeIdleSource final : public IdleSource {
public:
    using IdleSource::IdleSource;
    std::optional<double> value;
    bool pushes = false;
    double idleAlarm = -2; // -2: never set
    std::optional<double> idleSeconds() override { return value; }
    QString name() const override { return QStringLiteral("fake"); }
    bool pushesActivity() const override { return pushes; }
    void setIdleAlarm(double seconds) override { idleAlarm = seconds; }
};

} // namespace sc::core
