// SPDX-License-Identifier: GPL-3.0-or-later
// No autostart on this platform yet (Windows: the Run registry key; macOS: a login item).
#include "platform/autostart.h"

namespace sc::core {

namespace {
    class NoAutostart final : public Autostart {
    public:
        bool setEnabled(bool on, const QString&, const QStringList&) override { return !on; }
        bool isEnabled() const override { return false; }
    };
} // namespace

std::unique_ptr<Autostart> createPlatformAutostart() { return std::make_unique<NoAutostart>(); }

} // namespace sc::core
