// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/systemtheme.h"

#include <QDBusVariant>

namespace sc::core::platform {

// The desktop named in XDG_CURRENT_DESKTOP, a colon-separated list ("ubuntu:GNOME").
class XdgSystemTheme final : public SystemTheme {
public:
    explicit XdgSystemTheme(QString currentDesktop)
        : m_desktop(std::move(currentDesktop))
    {
    }
    std::optional<bool> panelIsDark() const override;
    // Asks the desktop portal's Settings (one D-Bus call, at most 300 ms), then GTK_THEME.
    std::optional<bool> prefersDark() const override;
    // The portal's SettingChanged signal for org.freedesktop.appearance color-scheme.
    void watchPrefersDark(QObject* context, std::function<void(std::optional<bool>)> onChange) const override;

private:
    QString m_desktop;
};

// Receives the portal's SettingChanged signal (a slot QtDBus can call) for watchPrefersDark.
class ColourSchemeListener final : public QObject {
    Q_OBJECT
public:
    ColourSchemeListener(std::function<void(std::optional<bool>)> onChange, QObject* parent)
        : QObject(parent)
        , m_onChange(std::move(onChange))
    {
    }
public Q_SLOTS:
    void settingChanged(const QString& ns, const QString& key, const QDBusVariant& value);

private:
    std::function<void(std::optional<bool>)> m_onChange;
};

} // namespace sc::core::platform
