// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/systemtheme_linux.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QStringList>

namespace sc::core::platform {

std::optional<bool> XdgSystemTheme::panelIsDark() const
{
    if (m_desktop.split(QLatin1Char(':')).contains(QLatin1String("GNOME"), Qt::CaseInsensitive))
        return true;
    return std::nullopt;
}

std::optional<bool> XdgSystemTheme::prefersDark() const
{
    std::optional<uint> value;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.portal.Desktop"),
            QStringLiteral("/org/freedesktop/portal/desktop"),
            QStringLiteral("org.freedesktop.portal.Settings"), QStringLiteral("Read"));
        call << QStringLiteral("org.freedesktop.appearance") << QStringLiteral("color-scheme");
        const QDBusMessage reply = bus.call(call, QDBus::Block, 300);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
            // Read (version 1) wraps the value in a second variant.
            QVariant v = reply.arguments().constFirst();
            while (v.canConvert<QDBusVariant>() && v.userType() == qMetaTypeId<QDBusVariant>())
                v = v.value<QDBusVariant>().variant();
            bool ok = false;
            const uint n = v.toUInt(&ok);
            if (ok)
                value = n;
        }
    }
    return colorSchemePrefersDark(value, qEnvironmentVariable("GTK_THEME"));
}

void XdgSystemTheme::watchPrefersDark(
    QObject* context, std::function<void(std::optional<bool>)> onChange) const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !context)
        return;
    auto* listener = new ColourSchemeListener(std::move(onChange), context);
    bus.connect(QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"), QStringLiteral("org.freedesktop.portal.Settings"),
        QStringLiteral("SettingChanged"), listener, SLOT(settingChanged(QString, QString, QDBusVariant)));
}

void ColourSchemeListener::settingChanged(const QString& ns, const QString& key, const QDBusVariant& value)
{
    if (ns != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme"))
        return;
    bool ok = false;
    const uint n = value.variant().toUInt(&ok);
    m_onChange(colorSchemePrefersDark(
        ok ? std::optional<uint>(n) : std::nullopt, qEnvironmentVariable("GTK_THEME")));
}

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<SystemTheme> createPlatformSystemTheme()
{
    return std::make_unique<platform::XdgSystemTheme>(qEnvironmentVariable("XDG_CURRENT_DESKTOP"));
}

} // namespace sc::core
