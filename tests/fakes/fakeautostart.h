// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/autostart.h"

namespace sc::core {

// Remembers what it was asked to start at login.
class FakeAutostart final : public Autostart {
public:
    bool enabled = false;
    QString program;
    QStringList arguments;
    bool setEnabled(bool on, const QString& p, const QStringList& args) override
    {
        enabled = on;
        program = on ? p : QString();
        arguments = on ? args : QStringList();
        return true;
    }
    bool isEnabled() const override { return enabled; }
};

} // namespace sc::core
