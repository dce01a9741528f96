// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/idlesource.h"

#include <QElapsedTimer>

class QSocketNotifier;
struct wl_display;
struct wl_registry;
struct wl_seat;
struct ext_idle_notifier_v1;
struct ext_idle_notification_v1;

namespace sc::core::platform {

// Wayland compositors with ext-idle-notify-v1 (KDE, Sway, Hyprland, …): a notification with a
// 1 s timeout; "idled" means no input for 1 s (idle time counts from there), "resumed" is
// pushed the moment input comes back. Driven by a socket notifier on the event loop.
class WaylandIdleSource final : public IdleSource {
    Q_OBJECT
public:
    // displayName: as in WAYLAND_DISPLAY (empty = the environment's). isValid() is false when
    // there is no compositor or it lacks the protocol.
    explicit WaylandIdleSource(const QByteArray& displayName = {}, QObject* parent = nullptr);
    ~WaylandIdleSource() override;

    bool isValid() const { return m_notification != nullptr; }
    std::optional<double> idleSeconds() override;
    QString name() const override { return QStringLiteral("wayland-ext-idle-notify"); }
    bool pushesActivity() const override { return true; }

    // Protocol callbacks (public for the C listeners).
    void onGlobal(wl_registry* registry, uint32_t name, const char* interface, uint32_t version);
    void onIdled();
    void onResumed();

private:
    void dispatch();

    wl_display* m_display = nullptr;
    wl_registry* m_registry = nullptr;
    wl_seat* m_seat = nullptr;
    ext_idle_notifier_v1* m_notifier = nullptr;
    ext_idle_notification_v1* m_notification = nullptr;
    QSocketNotifier* m_socket = nullptr;
    bool m_idle = false;
    bool m_lost = false;
    QElapsedTimer m_idleSince;
};

} // namespace sc::core::platform
