// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sensors/idlesource.h"

#include <QDBusConnection>

namespace sc::core::platform {

// X11: XScreenSaverQueryInfo on the session's own $DISPLAY.
class X11IdleSource final : public IdleSource {
    Q_OBJECT
public:
    // Opens displayName; isValid() is false when it cannot (no server, no extension).
    explicit X11IdleSource(const QByteArray& displayName, QObject* parent = nullptr);
    ~X11IdleSource() override;
    bool isValid() const { return m_display != nullptr; }
    std::optional<double> idleSeconds() override;
    QString name() const override { return QStringLiteral("x11-screensaver"); }

private:
    void* m_display = nullptr; // Display*
    void* m_info = nullptr; // XScreenSaverInfo*
    bool m_lost = false; // the X server went away
};

// GNOME (X11 and Wayland): org.gnome.Mutter.IdleMonitor on the session bus, with a user-active
// watch so a return is pushed, not polled.
class MutterIdleSource final : public IdleSource {
    Q_OBJECT
public:
    explicit MutterIdleSource(QDBusConnection bus, QObject* parent = nullptr);
    bool isValid() const;
    std::optional<double> idleSeconds() override;
    QString name() const override { return QStringLiteral("mutter"); }
    bool pushesActivity() const override { return true; }

private Q_SLOTS:
    void onWatchFired(uint id);

private:
    void armWatch();
    QDBusConnection m_bus;
    uint m_watchId = 0;
};

// systemd-logind's IdleHint / IdleSinceHint for our session (set by many desktops).
class LogindIdleSource final : public IdleSource {
    Q_OBJECT
public:
    // sessionPath: e.g. /org/freedesktop/login1/session/auto
    LogindIdleSource(QDBusConnection bus, QString sessionPath, QObject* parent = nullptr);
    bool isValid() const;
    std::optional<double> idleSeconds() override;
    QString name() const override { return QStringLiteral("logind"); }

private:
    QDBusConnection m_bus;
    QString m_path;
};

class UnknownIdleSource final : public IdleSource {
    Q_OBJECT
public:
    using IdleSource::IdleSource;
    std::optional<double> idleSeconds() override { return std::nullopt; }
    QString name() const override { return QStringLiteral("unknown"); }
};

} // namespace sc::core::platform
