// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/power_linux.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDBusVariant>

namespace sc::core::platform {

namespace {
    const QString kService = QStringLiteral("org.freedesktop.UPower");

    std::optional<QVariant> property(
        const QDBusConnection& bus, const QString& path, const QString& iface, const QString& name)
    {
        QDBusInterface props(kService, path, QStringLiteral("org.freedesktop.DBus.Properties"), bus);
        props.setTimeout(500);
        const QDBusReply<QDBusVariant> r = props.call(QStringLiteral("Get"), iface, name);
        if (!r.isValid())
            return std::nullopt;
        return r.value().variant();
    }
} // namespace

std::optional<PowerState> readUPower(const QDBusConnection& bus)
{
    if (!bus.isConnected() || !bus.interface() || !bus.interface()->isServiceRegistered(kService).value())
        return std::nullopt;
    const auto onBattery
        = property(bus, QStringLiteral("/org/freedesktop/UPower"), kService, QStringLiteral("OnBattery"));
    if (!onBattery)
        return std::nullopt;
    PowerState p;
    p.onBattery = onBattery->toBool();
    // The display device aggregates the system batteries (peripherals are separate devices).
    const QString display = QStringLiteral("/org/freedesktop/UPower/devices/DisplayDevice");
    const QString dev = QStringLiteral("org.freedesktop.UPower.Device");
    const auto present = property(bus, display, dev, QStringLiteral("IsPresent"));
    const auto type = property(bus, display, dev, QStringLiteral("Type"));
    p.batteryPresent = present && present->toBool() && type && type->toUInt() == 2; // 2 = battery
    if (p.batteryPresent) {
        if (const auto pct = property(bus, display, dev, QStringLiteral("Percentage")))
            p.batteryPercent = static_cast<int>(pct->toDouble() + 0.5);
    }
    return p;
}

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<PowerSource> createPlatformPowerSource(const QDBusConnection& systemBus)
{
    return std::make_unique<platform::UPowerSource>(systemBus);
}

} // namespace sc::core
