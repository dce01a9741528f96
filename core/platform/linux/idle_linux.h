// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/idlesource.h"

#include <QDBusConnection>
#include <memory>
#include <utility>

class QSocketNotifier;

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

// X11 with the SYNC extension's IDLETIME system counter (every X.Org server since 1.8, Xvfb
// included), as KIdleTime's XSync backend: the X server pushes alarms instead of being polled.
// A negative-comparison alarm just under the idle time last seen fires on the first input (the
// counter drops to 0): userActive(), within a frame of the key press. A positive one at the
// idle threshold fires userIdle(). Both are one-shot and re-armed as the counter is seen again.
// Nothing is read while nobody moves and nothing asks. Driven by a socket notifier on the
// event loop; a lost server is "unknown" (user present) from then on.
class X11SyncIdleSource final : public IdleSource {
    Q_OBJECT
public:
    // isValid() is false when the display cannot be opened or has no IDLETIME counter.
    explicit X11SyncIdleSource(const QByteArray& displayName, QObject* parent = nullptr);
    ~X11SyncIdleSource() override;
    bool isValid() const { return m_counter != 0; }
    std::optional<double> idleSeconds() override;
    QString name() const override { return QStringLiteral("x11-sync"); }
    bool pushesActivity() const override { return isValid() && !m_lost; }
    void setIdleAlarm(double seconds) override;
    // Alarm notifications handled so far (tests: nothing arrives while nobody moves).
    int alarmsSeen() const { return m_alarmsSeen; }

private:
    void dispatch();
    void handleQueued(bool deferSignals);
    void armReset(qint64 idleMs);
    void armIdle();
    void lose();

    void* m_display = nullptr; // Display*
    QSocketNotifier* m_socket = nullptr;
    unsigned long m_counter = 0; // XSyncCounter
    unsigned long m_resetAlarm = 0; // XSyncAlarm, fires on input
    unsigned long m_idleAlarm = 0; // XSyncAlarm, fires at the threshold
    int m_eventBase = 0;
    qint64 m_idleAlarmMs = -1;
    bool m_resetArmed = false;
    bool m_lost = false;
    int m_alarmsSeen = 0;
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

// idle_detect's event_detect service (the tool BOINC 8.2.10+ reads): POSIX shared memory
// "/idle_detect_shmem" holding two int64 unix times, {updated, last active}. It watches
// /dev/input and terminals system-wide, so it also answers on text consoles and over SSH.
// Only a fresh segment counts (updated in the last kFreshSeconds); a stale one means the
// service stopped, and then the fallback answers (or nobody: unknown).
class IdleDetectShmemSource final : public IdleSource {
    Q_OBJECT
public:
    static constexpr qint64 kFreshSeconds = 60;
    explicit IdleDetectShmemSource(QByteArray shmName = QByteArrayLiteral("/idle_detect_shmem"),
        std::unique_ptr<IdleSource> fallback = nullptr, QObject* parent = nullptr);
    ~IdleDetectShmemSource() override;
    // The segment exists and is fresh now.
    bool isValid() const;
    std::optional<double> idleSeconds() override;
    QString name() const override { return QStringLiteral("idle_detect-shmem"); }

private:
    // {updated, lastActive} when the segment is there and fresh.
    std::optional<std::pair<qint64, qint64>> read() const;
    QByteArray m_name;
    std::unique_ptr<IdleSource> m_fallback;
};

} // namespace sc::core::platform
