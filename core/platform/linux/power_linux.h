// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/powersource.h"

#include <QDBusConnection>

namespace sc::core::platform {

// UPower over D-Bus (the desktop's own view, with the peripherals already separated), or
// nullopt when the service is not there; callers then read sysfs.
std::optional<PowerState> readUPower(const QDBusConnection& bus);

class UPowerSource final : public PowerSource {
public:
    explicit UPowerSource(QDBusConnection bus)
        : m_bus(std::move(bus))
    {
    }
    std::optional<PowerState> read() override { return readUPower(m_bus); }
    QString name() const override { return QStringLiteral("upower"); }

private:
    QDBusConnection m_bus;
};

} // namespace sc::core::platform
