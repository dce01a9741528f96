// SPDX-License-Identifier: GPL-3.0-or-later
// The Wayland idle source against a small compositor of our own built on libwayland-server:
// it offers wl_seat and ext_idle_notifier_v1 on a private socket and sends "idled" and
// "resumed" when the test says so — the real protocol, both ends.
#include "ext-idle-notify-v1-server-protocol.h"
#include "platform/linux/idle_wayland.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>
#include <wayland-server.h>

using sc::core::IdleSource;
using sc::core::platform::WaylandIdleSource;

namespace {
struct FakeCompositor {
    wl_display* display = nullptr;
    std::atomic<wl_resource*> notification { nullptr };
    std::atomic<uint32_t> timeoutMs { 0 };
    std::atomic<int> send { 0 }; // 1 = idled, 2 = resumed
    std::atomic<bool> stop { false };
    std::thread thread;

    static void destroyResource(wl_client*, wl_resource* r) { wl_resource_destroy(r); }
    static void seatNothing(wl_client*, wl_resource*, uint32_t) { }

    bool start(const char* socket)
    {
        display = wl_display_create();
        if (wl_display_add_socket(display, socket) != 0)
            return false;
        static const struct wl_seat_interface seatImpl
            = { seatNothing, seatNothing, seatNothing, destroyResource };
        wl_global_create(
            display, &wl_seat_interface, 1, nullptr, [](wl_client* c, void*, uint32_t v, uint32_t id) {
                wl_resource* r = wl_resource_create(c, &wl_seat_interface, static_cast<int>(v), id);
                wl_resource_set_implementation(r, &seatImpl, nullptr, nullptr);
            });
        wl_global_create(display, &ext_idle_notifier_v1_interface, 1, this,
            [](wl_client* c, void* data, uint32_t v, uint32_t id) {
                static const struct ext_idle_notifier_v1_interface impl = { destroyResource,
                    [](wl_client* client, wl_resource* notifier, uint32_t nid, uint32_t timeout,
                        wl_resource*) {
                        auto* self = static_cast<FakeCompositor*>(wl_resource_get_user_data(notifier));
                        static const struct ext_idle_notification_v1_interface nimpl = { destroyResource };
                        wl_resource* n
                            = wl_resource_create(client, &ext_idle_notification_v1_interface, 1, nid);
                        wl_resource_set_implementation(n, &nimpl, self, [](wl_resource* res) {
                            static_cast<FakeCompositor*>(wl_resource_get_user_data(res))->notification
                                = nullptr;
                        });
                        self->timeoutMs = timeout;
                        self->notification = n;
                    } };
                wl_resource* r
                    = wl_resource_create(c, &ext_idle_notifier_v1_interface, static_cast<int>(v), id);
                wl_resource_set_implementation(r, &impl, data, nullptr);
            });
        thread = std::thread([this] {
            wl_event_loop* loop = wl_display_get_event_loop(display);
            while (!stop) {
                wl_event_loop_dispatch(loop, 10);
                const int what = send.exchange(0);
                if (wl_resource* n = notification; n && what == 1)
                    ext_idle_notification_v1_send_idled(n);
                else if (n && what == 2)
                    ext_idle_notification_v1_send_resumed(n);
                wl_display_flush_clients(display);
            }
        });
        return true;
    }
    ~FakeCompositor()
    {
        stop = true;
        if (thread.joinable())
            thread.join();
        if (display)
            wl_display_destroy(display);
    }
};
} // namespace

class TestWaylandIdle final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void idledAndResumedOverTheRealProtocol()
    {
        QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
        FakeCompositor compositor;
        QVERIFY(compositor.start("sc-test-wayland"));
        WaylandIdleSource src("sc-test-wayland");
        QVERIFY(src.isValid());
        QTRY_COMPARE(compositor.timeoutMs.load(), 1000u);
        QCOMPARE(src.idleSeconds(), std::optional<double>(0.0)); // no "idled" yet: the user is here
        compositor.send = 1;
        QTRY_VERIFY(src.idleSeconds().value_or(0) >= 1.0);
        QSignalSpy active(&src, &IdleSource::userActive);
        compositor.send = 2;
        QVERIFY(active.wait(5000)); // pushed, not polled
        QCOMPARE(src.idleSeconds(), std::optional<double>(0.0));
    }
    void noCompositorMeansInvalid()
    {
        QTemporaryDir runtime;
        qputenv("XDG_RUNTIME_DIR", runtime.path().toLocal8Bit());
        WaylandIdleSource src("nothing-here");
        QVERIFY(!src.isValid());
        QCOMPARE(src.idleSeconds(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestWaylandIdle)
#include "tst_waylandidle.moc"
