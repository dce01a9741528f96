// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/idle_wayland.h"

#include "ext-idle-notify-v1-client-protocol.h"

#include <QSocketNotifier>
#include <cstring>
#include <wayland-client.h>

namespace sc::core::platform {

namespace {
    constexpr uint32_t kTimeoutMs = 1000;

    void globalAdded(
        void* data, wl_registry* registry, uint32_t name, const char* interface, uint32_t version)
    {
        static_cast<WaylandIdleSource*>(data)->onGlobal(registry, name, interface, version);
    }
    void globalRemoved(void*, wl_registry*, uint32_t) { }
    const wl_registry_listener kRegistryListener = { globalAdded, globalRemoved };

    void idled(void* data, ext_idle_notification_v1*) { static_cast<WaylandIdleSource*>(data)->onIdled(); }
    void resumed(void* data, ext_idle_notification_v1*)
    {
        static_cast<WaylandIdleSource*>(data)->onResumed();
    }
    const ext_idle_notification_v1_listener kNotificationListener = { idled, resumed };
} // namespace

WaylandIdleSource::WaylandIdleSource(const QByteArray& displayName, QObject* parent)
    : IdleSource(parent)
{
    m_display = wl_display_connect(displayName.isEmpty() ? nullptr : displayName.constData());
    if (!m_display)
        return;
    m_registry = wl_display_get_registry(m_display);
    wl_registry_add_listener(m_registry, &kRegistryListener, this);
    if (wl_display_roundtrip(m_display) < 0 || !m_seat || !m_notifier)
        return;
    m_notification = ext_idle_notifier_v1_get_idle_notification(m_notifier, kTimeoutMs, m_seat);
    ext_idle_notification_v1_add_listener(m_notification, &kNotificationListener, this);
    wl_display_flush(m_display);
    m_socket = new QSocketNotifier(wl_display_get_fd(m_display), QSocketNotifier::Read, this);
    connect(m_socket, &QSocketNotifier::activated, this, &WaylandIdleSource::dispatch);
}

WaylandIdleSource::~WaylandIdleSource()
{
    if (m_notification)
        ext_idle_notification_v1_destroy(m_notification);
    if (m_notifier)
        ext_idle_notifier_v1_destroy(m_notifier);
    if (m_seat)
        wl_seat_destroy(m_seat);
    if (m_registry)
        wl_registry_destroy(m_registry);
    if (m_display)
        wl_display_disconnect(m_display);
}

void WaylandIdleSource::onGlobal(wl_registry* registry, uint32_t name, const char* interface, uint32_t)
{
    if (!m_seat && std::strcmp(interface, wl_seat_interface.name) == 0)
        m_seat = static_cast<wl_seat*>(wl_registry_bind(registry, name, &wl_seat_interface, 1));
    else if (!m_notifier && std::strcmp(interface, ext_idle_notifier_v1_interface.name) == 0)
        m_notifier = static_cast<ext_idle_notifier_v1*>(
            wl_registry_bind(registry, name, &ext_idle_notifier_v1_interface, 1));
}

void WaylandIdleSource::onIdled()
{
    m_idle = true;
    m_idleSince.start();
}

void WaylandIdleSource::onResumed()
{
    m_idle = false;
    Q_EMIT userActive();
}

void WaylandIdleSource::dispatch()
{
    if (!m_display || m_lost)
        return;
    if (wl_display_dispatch(m_display) < 0) {
        // The compositor went away (session ended): unknown from now on, never "idle".
        m_lost = true;
        m_socket->setEnabled(false);
    }
}

std::optional<double> WaylandIdleSource::idleSeconds()
{
    if (!isValid() || m_lost)
        return std::nullopt;
    wl_display_dispatch_pending(m_display);
    if (!m_idle)
        return 0.0;
    return kTimeoutMs / 1000.0 + static_cast<double>(m_idleSince.elapsed()) / 1000.0;
}

} // namespace sc::core::platform
