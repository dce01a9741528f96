// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/linux/idle_linux.h"

#include "platform/dummy/idle_dummy.h"
#include "platform/linux/idle_wayland.h"

#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QTimer>
#include <X11/Xlib.h>
#include <X11/extensions/scrnsaver.h>
#include <X11/extensions/sync.h>
#include <cstdint>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace sc::core::platform {

namespace {
    const QString kMutterService = QStringLiteral("org.gnome.Mutter.IdleMonitor");
    const QString kMutterPath = QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core");
    const QString kLogindService = QStringLiteral("org.freedesktop.login1");

    // Xlib calls exit() on a lost connection by default; a vanished X server must not take
    // the app down with it. The exit handler (libX11 1.8) replaces that exit(); the source then
    // answers "unknown" (= user present) from then on.
    int ignoreIoError(Display*) { return 0; }
    void noExit(Display*, void* lost) { *static_cast<bool*>(lost) = true; }

    // The named display if `usable` accepts it (it has the extension we need), else null and
    // closed again. A server lost later sets *lost instead of ending the process.
    template <typename Usable> Display* openDisplay(const QByteArray& name, bool* lost, Usable usable)
    {
        if (name.isEmpty())
            return nullptr;
        Display* d = XOpenDisplay(name.constData());
        if (!d)
            return nullptr;
        if (!usable(d)) {
            XCloseDisplay(d);
            return nullptr;
        }
        XSetIOErrorHandler(ignoreIoError);
        XSetIOErrorExitHandler(d, noExit, lost);
        return d;
    }
} // namespace

X11IdleSource::X11IdleSource(const QByteArray& displayName, QObject* parent)
    : IdleSource(parent)
{
    m_display = openDisplay(displayName, &m_lost, [](Display* d) {
        int eventBase = 0, errorBase = 0;
        return XScreenSaverQueryExtension(d, &eventBase, &errorBase) != 0;
    });
    if (m_display)
        m_info = XScreenSaverAllocInfo();
}

X11IdleSource::~X11IdleSource()
{
    if (m_info)
        XFree(m_info);
    // After a lost connection Xlib's state is gone; closing would only fail again.
    if (m_display && !m_lost)
        XCloseDisplay(static_cast<Display*>(m_display));
}

std::optional<double> X11IdleSource::idleSeconds()
{
    if (!m_display || !m_info || m_lost)
        return std::nullopt;
    auto* d = static_cast<Display*>(m_display);
    auto* info = static_cast<XScreenSaverInfo*>(m_info);
    if (!XScreenSaverQueryInfo(d, DefaultRootWindow(d), info))
        return std::nullopt;
    return static_cast<double>(info->idle) / 1000.0;
}

namespace {
    qint64 syncToMs(const XSyncValue& v)
    {
        return (static_cast<qint64>(XSyncValueHigh32(v)) << 32) | static_cast<quint32>(XSyncValueLow32(v));
    }
    XSyncValue msToSync(qint64 ms)
    {
        XSyncValue v;
        XSyncIntsToValue(&v, static_cast<unsigned int>(ms & 0xffffffffu), static_cast<int>(ms >> 32));
        return v;
    }
    // A one-shot alarm on the counter (delta 0: it turns inactive once it fires). Creates it
    // when *alarm is 0, else changes it; changing re-arms it.
    void setAlarm(Display* d, XSyncAlarm* alarm, XSyncCounter counter, XSyncTestType test, qint64 ms)
    {
        XSyncAlarmAttributes attr;
        attr.trigger.counter = counter;
        attr.trigger.value_type = XSyncAbsolute;
        attr.trigger.test_type = test;
        attr.trigger.wait_value = msToSync(ms);
        XSyncIntToValue(&attr.delta, 0);
        attr.events = True;
        const unsigned long flags = XSyncCACounter | XSyncCAValueType | XSyncCATestType | XSyncCAValue
            | XSyncCADelta | XSyncCAEvents;
        if (*alarm == 0)
            *alarm = XSyncCreateAlarm(d, flags, &attr);
        else
            XSyncChangeAlarm(d, *alarm, flags, &attr);
    }
    // Below this the user counts as just active: the reset alarm waits until they pause.
    constexpr qint64 kArmResetAfterMs = 500;
} // namespace

X11SyncIdleSource::X11SyncIdleSource(const QByteArray& displayName, QObject* parent)
    : IdleSource(parent)
{
    Display* d = openDisplay(displayName, &m_lost, [this](Display* dpy) {
        int errorBase = 0, major = 0, minor = 0;
        if (!XSyncQueryExtension(dpy, &m_eventBase, &errorBase) || !XSyncInitialize(dpy, &major, &minor))
            return false;
        int n = 0;
        XSyncSystemCounter* counters = XSyncListSystemCounters(dpy, &n);
        for (int i = 0; i < n; ++i) {
            if (qstrcmp(counters[i].name, "IDLETIME") == 0)
                m_counter = counters[i].counter;
        }
        if (counters)
            XSyncFreeSystemCounterList(counters);
        return m_counter != 0;
    });
    if (!d)
        return;
    m_display = d;
    m_socket = new QSocketNotifier(ConnectionNumber(d), QSocketNotifier::Read, this);
    connect(m_socket, &QSocketNotifier::activated, this, &X11SyncIdleSource::dispatch);
    // Armed from the start: a user who is away now is covered before anyone asks.
    idleSeconds();
}

X11SyncIdleSource::~X11SyncIdleSource()
{
    if (!m_display || m_lost)
        return;
    auto* d = static_cast<Display*>(m_display);
    if (m_resetAlarm)
        XSyncDestroyAlarm(d, m_resetAlarm);
    if (m_idleAlarm)
        XSyncDestroyAlarm(d, m_idleAlarm);
    XCloseDisplay(d);
}

std::optional<double> X11SyncIdleSource::idleSeconds()
{
    if (!m_display || m_lost)
        return std::nullopt;
    auto* d = static_cast<Display*>(m_display);
    XSyncValue v;
    if (!XSyncQueryCounter(d, m_counter, &v) || m_lost) {
        lose();
        return std::nullopt;
    }
    const qint64 ms = syncToMs(v);
    // The round trip may have read alarm events into Xlib's queue, where the socket notifier
    // cannot see them; handle them now, but signal from the event loop (the caller may be the
    // very policy evaluation a signal would start again).
    handleQueued(true);
    if (!m_resetArmed && ms >= kArmResetAfterMs)
        armReset(ms);
    return static_cast<double>(ms) / 1000.0;
}

void X11SyncIdleSource::setIdleAlarm(double seconds)
{
    const qint64 ms = seconds < 0 ? -1 : std::max<qint64>(1, std::llround(seconds * 1000));
    if (ms == m_idleAlarmMs)
        return;
    m_idleAlarmMs = ms;
    armIdle();
}

void X11SyncIdleSource::armReset(qint64 idleMs)
{
    // Fires when the counter is at or below idleMs - 1: only input resets it.
    setAlarm(static_cast<Display*>(m_display), &m_resetAlarm, m_counter, XSyncNegativeComparison, idleMs - 1);
    XFlush(static_cast<Display*>(m_display));
    m_resetArmed = true;
}

void X11SyncIdleSource::armIdle()
{
    if (!m_display || m_lost)
        return;
    auto* d = static_cast<Display*>(m_display);
    if (m_idleAlarmMs < 0) {
        if (m_idleAlarm)
            XSyncDestroyAlarm(d, m_idleAlarm);
        m_idleAlarm = 0;
    } else {
        // Fires at once when the user is already away this long.
        setAlarm(d, &m_idleAlarm, m_counter, XSyncPositiveComparison, m_idleAlarmMs);
    }
    XFlush(d);
}

void X11SyncIdleSource::dispatch()
{
    if (!m_display || m_lost)
        return;
    // XPending reads what the socket holds; a closed connection ends in the I/O error handler.
    XPending(static_cast<Display*>(m_display));
    if (m_lost) {
        lose();
        return;
    }
    handleQueued(false);
}

void X11SyncIdleSource::handleQueued(bool deferSignals)
{
    auto* d = static_cast<Display*>(m_display);
    bool back = false, away = false;
    while (!m_lost && XEventsQueued(d, QueuedAlready) > 0) {
        XEvent ev;
        XNextEvent(d, &ev);
        if (ev.type != m_eventBase + XSyncAlarmNotify)
            continue;
        const auto* a = reinterpret_cast<const XSyncAlarmNotifyEvent*>(&ev);
        if (a->state == XSyncAlarmDestroyed)
            continue;
        ++m_alarmsSeen;
        if (a->alarm == m_resetAlarm && m_resetArmed) {
            m_resetArmed = false;
            back = true;
        } else if (a->alarm == m_idleAlarm && m_idleAlarmMs >= 0) {
            away = true;
            if (!m_resetArmed)
                armReset(syncToMs(a->counter_value));
        }
    }
    // The user is back: the next time they are away this long, say so again.
    if (back && m_idleAlarmMs >= 0)
        armIdle();
    auto emitNow = [this, back, away] {
        if (back)
            Q_EMIT userActive();
        if (away && !back)
            Q_EMIT userIdle();
    };
    if (back || away) {
        if (deferSignals)
            QTimer::singleShot(0, this, emitNow);
        else
            emitNow();
    }
}

void X11SyncIdleSource::lose()
{
    m_lost = true;
    if (!m_socket)
        return;
    m_socket->setEnabled(false);
    m_socket->deleteLater();
    m_socket = nullptr;
    // Nobody can tell any more: as if the user were here.
    QTimer::singleShot(0, this, [this] { Q_EMIT userActive(); });
}

MutterIdleSource::MutterIdleSource(QDBusConnection bus, QObject* parent)
    : IdleSource(parent)
    , m_bus(std::move(bus))
{
    if (!isValid())
        return;
    m_bus.connect(kMutterService, kMutterPath, kMutterService, QStringLiteral("WatchFired"), this,
        SLOT(onWatchFired(uint)));
    armWatch();
}

bool MutterIdleSource::isValid() const
{
    return m_bus.isConnected() && m_bus.interface()
        && m_bus.interface()->isServiceRegistered(kMutterService).value();
}

std::optional<double> MutterIdleSource::idleSeconds()
{
    QDBusInterface iface(kMutterService, kMutterPath, kMutterService, m_bus);
    iface.setTimeout(500);
    const QDBusReply<qulonglong> reply = iface.call(QStringLiteral("GetIdletime"));
    if (!reply.isValid())
        return std::nullopt;
    return static_cast<double>(reply.value()) / 1000.0;
}

void MutterIdleSource::armWatch()
{
    // A user-active watch fires once, on the first input after it is added.
    QDBusInterface iface(kMutterService, kMutterPath, kMutterService, m_bus);
    iface.setTimeout(500);
    const QDBusReply<uint> reply = iface.call(QStringLiteral("AddUserActiveWatch"));
    m_watchId = reply.isValid() ? reply.value() : 0;
}

void MutterIdleSource::onWatchFired(uint id)
{
    if (id != m_watchId)
        return;
    Q_EMIT userActive();
    armWatch();
}

LogindIdleSource::LogindIdleSource(QDBusConnection bus, QString sessionPath, QObject* parent)
    : IdleSource(parent)
    , m_bus(std::move(bus))
    , m_path(std::move(sessionPath))
{
}

bool LogindIdleSource::isValid() const
{
    return m_bus.isConnected() && m_bus.interface()
        && m_bus.interface()->isServiceRegistered(kLogindService).value();
}

std::optional<double> LogindIdleSource::idleSeconds()
{
    QDBusInterface props(kLogindService, m_path, QStringLiteral("org.freedesktop.DBus.Properties"), m_bus);
    props.setTimeout(500);
    const QString iface = QStringLiteral("org.freedesktop.login1.Session");
    const QDBusReply<QDBusVariant> hint
        = props.call(QStringLiteral("Get"), iface, QStringLiteral("IdleHint"));
    if (!hint.isValid())
        return std::nullopt;
    if (!hint.value().variant().toBool())
        return 0.0;
    const QDBusReply<QDBusVariant> since
        = props.call(QStringLiteral("Get"), iface, QStringLiteral("IdleSinceHint"));
    if (!since.isValid())
        return std::nullopt;
    const qint64 sinceUs = since.value().variant().toLongLong();
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    if (sinceUs <= 0 || sinceUs > nowUs)
        return std::nullopt;
    return static_cast<double>(nowUs - sinceUs) / 1e6;
}

IdleDetectShmemSource::IdleDetectShmemSource(
    QByteArray shmName, std::unique_ptr<IdleSource> fallback, QObject* parent)
    : IdleSource(parent)
    , m_name(std::move(shmName))
    , m_fallback(std::move(fallback))
{
    if (m_fallback)
        connect(m_fallback.get(), &IdleSource::userActive, this, &IdleSource::userActive);
}

IdleDetectShmemSource::~IdleDetectShmemSource() = default;

std::optional<std::pair<qint64, qint64>> IdleDetectShmemSource::read() const
{
    // Opened per read: the service may restart and create the segment anew. 16 bytes, no
    // mapping needed; a short or missing segment is "not there", never a crash.
    const int fd = ::shm_open(m_name.constData(), O_RDONLY | O_CLOEXEC, 0);
    if (fd < 0)
        return std::nullopt;
    std::int64_t v[2] = { 0, 0 };
    const ssize_t n = ::pread(fd, v, sizeof v, 0);
    ::close(fd);
    if (n != static_cast<ssize_t>(sizeof v))
        return std::nullopt;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 updated = v[0];
    const qint64 lastActive = v[1];
    // Stale, from the future (a clock step), or nonsense: not an answer.
    if (updated < now - kFreshSeconds || updated > now + 5 || lastActive <= 0 || lastActive > updated + 5)
        return std::nullopt;
    return std::make_pair(updated, lastActive);
}

bool IdleDetectShmemSource::isValid() const { return read().has_value(); }

std::optional<double> IdleDetectShmemSource::idleSeconds()
{
    if (const auto r = read())
        return std::max<double>(0, static_cast<double>(QDateTime::currentSecsSinceEpoch() - r->second));
    return m_fallback ? m_fallback->idleSeconds() : std::nullopt;
}

} // namespace sc::core::platform

namespace sc::core {

std::unique_ptr<IdleSource> createPlatformIdleSource(QObject* parent)
{
    using namespace platform;
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString session = env.value(QStringLiteral("XDG_SESSION_TYPE"));
    const bool wayland
        = session == QLatin1String("wayland") || env.contains(QStringLiteral("WAYLAND_DISPLAY"));
    // GNOME answers for both X11 and Wayland, and pushes the user's return.
    if (QDBusConnection::sessionBus().isConnected()) {
        auto mutter = std::make_unique<MutterIdleSource>(QDBusConnection::sessionBus(), parent);
        if (mutter->isValid())
            return mutter;
    }
    // Other Wayland compositors: ext-idle-notify-v1 on the session's own socket.
    if (wayland && env.contains(QStringLiteral("WAYLAND_DISPLAY"))) {
        auto wl = std::make_unique<WaylandIdleSource>(
            env.value(QStringLiteral("WAYLAND_DISPLAY")).toLocal8Bit(), parent);
        if (wl->isValid())
            return wl;
    }
    // Only the session's own display: on Wayland, XWayland's idle time ignores native clients.
    // The SYNC extension's alarms first (pushed), XScreenSaver (polled) where it has no IDLETIME.
    if (!wayland && env.contains(QStringLiteral("DISPLAY"))) {
        const QByteArray display = env.value(QStringLiteral("DISPLAY")).toLocal8Bit();
        auto sync = std::make_unique<X11SyncIdleSource>(display, parent);
        if (sync->isValid())
            return sync;
        auto x11 = std::make_unique<X11IdleSource>(display, parent);
        if (x11->isValid())
            return x11;
    }
    std::unique_ptr<IdleSource> logind;
    if (QDBusConnection::systemBus().isConnected()) {
        auto l = std::make_unique<LogindIdleSource>(
            QDBusConnection::systemBus(), QStringLiteral("/org/freedesktop/login1/session/auto"));
        if (l->isValid())
            logind = std::move(l);
    }
    // idle_detect's service, when it runs (it sees every input device, consoles and SSH), with
    // logind behind it should the service stop.
    if (IdleDetectShmemSource("/idle_detect_shmem").isValid())
        return std::make_unique<IdleDetectShmemSource>("/idle_detect_shmem", std::move(logind), parent);
    if (logind) {
        logind->setParent(parent);
        return logind;
    }
    return std::make_unique<UnknownIdleSource>(parent);
}

} // namespace sc::core
