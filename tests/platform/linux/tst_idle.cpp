// SPDX-License-Identifier: GPL-3.0-or-later
// Idle sources against the real protocols: an Xvfb server driven by xdotool, and fake GNOME
// Mutter and logind services on a private D-Bus session bus (the test runs under
// dbus-run-session). Each fake lives on its own thread and connection, as a real service would.
#include "fakes/fakeidlesource.h"
#include "platform/dummy/idle_dummy.h"
#include "platform/linux/idle_linux.h"
#include "platform/linux/power_linux.h"

#include <QDBusConnection>
#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <atomic>
#include <cstdint>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

using namespace sc::core;

class FakeMutter final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.gnome.Mutter.IdleMonitor")
public:
    std::atomic<qulonglong> idleMs { 0 };
    std::atomic<uint> lastWatch { 0 };
public Q_SLOTS:
    qulonglong GetIdletime() { return idleMs; }
    uint AddUserActiveWatch() { return ++lastWatch; }
    void fire() { Q_EMIT WatchFired(lastWatch); }
Q_SIGNALS:
    void WatchFired(uint id);
};

class FakeSession final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Session")
    Q_PROPERTY(bool IdleHint READ idleHint)
    Q_PROPERTY(qulonglong IdleSinceHint READ idleSince)
public:
    std::atomic<bool> hint { false };
    std::atomic<qulonglong> sinceUs { 0 };
    bool idleHint() const { return hint; }
    qulonglong idleSince() const { return sinceUs; }
};

class FakeUPower final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.UPower")
    Q_PROPERTY(bool OnBattery READ onBattery)
public:
    std::atomic<bool> battery { true };
    bool onBattery() const { return battery; }
};

class FakeDisplayDevice final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.UPower.Device")
    Q_PROPERTY(bool IsPresent READ isPresent)
    Q_PROPERTY(uint Type READ type)
    Q_PROPERTY(double Percentage READ percentage)
public:
    bool isPresent() const { return true; }
    uint type() const { return 2; }
    double percentage() const { return 41.6; }
};

// Runs a fake service object on its own thread with its own bus connection.
class ServiceThread final : public QThread {
public:
    ServiceThread(QObject* object, QString service, QString path, QString connection,
        QObject* second = nullptr, QString secondPath = {})
        : m_object(object)
        , m_second(second)
        , m_service(std::move(service))
        , m_path(std::move(path))
        , m_secondPath(std::move(secondPath))
        , m_connection(std::move(connection))
    {
        m_object->moveToThread(this);
        if (m_second)
            m_second->moveToThread(this);
    }
    ~ServiceThread() override
    {
        quit();
        wait();
    }
    std::atomic<bool> ready { false };

protected:
    void run() override
    {
        QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connection);
        const auto flags = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals
            | QDBusConnection::ExportAllProperties;
        bus.registerObject(m_path, m_object, flags);
        if (m_second)
            bus.registerObject(m_secondPath, m_second, flags);
        bus.registerService(m_service);
        ready = true;
        exec();
        bus.unregisterObject(m_path);
        if (m_second)
            bus.unregisterObject(m_secondPath);
        bus.unregisterService(m_service);
        delete m_object; // in its own thread, before its connection goes
        delete m_second;
        QDBusConnection::disconnectFromBus(m_connection);
    }

private:
    QObject* m_object;
    QObject* m_second;
    QString m_service, m_path, m_secondPath, m_connection;
};

class TestIdle final : public QObject {
    Q_OBJECT
    // An Xvfb of the test's own; -displayfd: the server picks a free display and writes its
    // number, no guessing. ":N", or empty when it did not start.
    static QByteArray startXvfb(QProcess& server, const QString& xvfb)
    {
        server.setProcessChannelMode(QProcess::SeparateChannels);
        server.start(xvfb,
            { QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-nolisten"),
                QStringLiteral("tcp"), QStringLiteral("-screen"), QStringLiteral("0"),
                QStringLiteral("640x480x24") });
        if (!server.waitForStarted())
            return {};
        QByteArray number;
        while (!number.contains('\n') && server.waitForReadyRead(15000))
            number += server.readAllStandardOutput();
        return number.contains('\n') ? ':' + number.trimmed() : QByteArray();
    }

    // xdotool moves the pointer on that display, as a user's hand would (XTest input).
    static bool mouseMove(const QString& xdotool, const QByteArray& display, int x)
    {
        QProcess tool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), QString::fromLatin1(display));
        tool.setProcessEnvironment(env);
        tool.start(xdotool, { QStringLiteral("mousemove"), QString::number(x), QStringLiteral("100") });
        return tool.waitForFinished(10000) && tool.exitStatus() == QProcess::NormalExit
            && tool.exitCode() == 0;
    }

private Q_SLOTS:
    void mutterIdleTimeAndPushedReturn()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (run under dbus-run-session)");
        auto* fake = new FakeMutter;
        FakeMutter& mutter = *fake;
        ServiceThread t(fake, QStringLiteral("org.gnome.Mutter.IdleMonitor"),
            QStringLiteral("/org/gnome/Mutter/IdleMonitor/Core"), QStringLiteral("fake-mutter"));
        t.start();
        QTRY_VERIFY(t.ready);
        platform::MutterIdleSource src(QDBusConnection::sessionBus());
        QTRY_VERIFY(src.isValid());
        mutter.idleMs = 125'000;
        QCOMPARE(src.idleSeconds(), std::optional<double>(125.0));
        QVERIFY(src.pushesActivity());
        QSignalSpy active(&src, &IdleSource::userActive);
        QMetaObject::invokeMethod(fake, &FakeMutter::fire, Qt::QueuedConnection);
        QVERIFY(active.wait(5000));
        t.quit();
        t.wait();
        // The service went away: unknown, never "idle".
        QTRY_VERIFY(!src.isValid());
        QCOMPARE(src.idleSeconds(), std::nullopt);
    }
    void logindIdleHint()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (run under dbus-run-session)");
        auto* fake = new FakeSession;
        FakeSession& session = *fake;
        ServiceThread t(fake, QStringLiteral("org.freedesktop.login1"),
            QStringLiteral("/org/freedesktop/login1/session/auto"), QStringLiteral("fake-logind"));
        t.start();
        QTRY_VERIFY(t.ready);
        platform::LogindIdleSource src(
            QDBusConnection::sessionBus(), QStringLiteral("/org/freedesktop/login1/session/auto"));
        QTRY_VERIFY(src.isValid());
        QCOMPARE(src.idleSeconds(), std::optional<double>(0.0)); // no hint: the user is here
        session.sinceUs = static_cast<qulonglong>(QDateTime::currentMSecsSinceEpoch() - 600'000) * 1000;
        session.hint = true;
        const auto idle = src.idleSeconds();
        QVERIFY(idle);
        QVERIFY(*idle >= 599 && *idle < 700);
        session.sinceUs = static_cast<qulonglong>(QDateTime::currentMSecsSinceEpoch() + 600'000) * 1000;
        QCOMPARE(src.idleSeconds(), std::nullopt); // a time in the future is nonsense
        t.quit();
        t.wait();
    }
    void upowerBatteryState()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (run under dbus-run-session)");
        QCOMPARE(platform::readUPower(QDBusConnection::sessionBus()),
            std::nullopt); // no service: caller uses sysfs
        auto* upower = new FakeUPower;
        ServiceThread t(upower, QStringLiteral("org.freedesktop.UPower"),
            QStringLiteral("/org/freedesktop/UPower"), QStringLiteral("fake-upower"), new FakeDisplayDevice,
            QStringLiteral("/org/freedesktop/UPower/devices/DisplayDevice"));
        t.start();
        QTRY_VERIFY(t.ready);
        std::optional<PowerState> p;
        QTRY_VERIFY((p = platform::readUPower(QDBusConnection::sessionBus())).has_value());
        QCOMPARE(p->onBattery, std::optional<bool>(true));
        QVERIFY(p->batteryPresent);
        QCOMPARE(p->batteryPercent, std::optional<int>(42));
        upower->battery = false;
        QCOMPARE(platform::readUPower(QDBusConnection::sessionBus())->onBattery, std::optional<bool>(false));
    }
    void x11ScreenSaverUnderXvfbWithXdotool()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
        if (xvfb.isEmpty() || xdotool.isEmpty())
            QSKIP("Xvfb or xdotool missing (scripts/setup.sh installs them)");
        QProcess server;
        const QByteArray display = startXvfb(server, xvfb);
        QVERIFY(!display.isEmpty());
        {
            platform::X11IdleSource src(display);
            QVERIFY(src.isValid());
            QVERIFY(src.idleSeconds().has_value());
            QTRY_VERIFY_WITH_TIMEOUT(*src.idleSeconds() >= 0.5, 5000);
            QVERIFY(mouseMove(xdotool, display, 100));
            QVERIFY(*src.idleSeconds() < 0.5);
        } // the connection closes before the server goes
        server.terminate();
        server.waitForFinished(5000);
    }
    void x11SyncAlarmsPushIdleAndReturn()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        const QString xdotool = QStandardPaths::findExecutable(QStringLiteral("xdotool"));
        if (xvfb.isEmpty() || xdotool.isEmpty())
            QSKIP("Xvfb or xdotool missing (scripts/setup.sh installs them)");
        QProcess server;
        const QByteArray display = startXvfb(server, xvfb);
        QVERIFY(!display.isEmpty());
        {
            platform::X11SyncIdleSource src(display);
            QVERIFY(src.isValid());
            QVERIFY(src.pushesActivity());
            QCOMPARE(src.name(), QStringLiteral("x11-sync"));
            QSignalSpy back(&src, &IdleSource::userActive);
            QSignalSpy away(&src, &IdleSource::userIdle);
            // Away for 0.4 s: the server says so, nobody asks.
            QVERIFY(mouseMove(xdotool, display, 10));
            src.setIdleAlarm(0.4);
            QTRY_COMPARE_WITH_TIMEOUT(away.count(), 1, 5000);
            QVERIFY(*src.idleSeconds() >= 0.4);
            QCOMPARE(back.count(), 0);
            // While nobody moves, nothing arrives: no alarm, no signal (not a poll in disguise).
            const int seen = src.alarmsSeen();
            QTest::qWait(800);
            QCOMPARE(src.alarmsSeen(), seen);
            QCOMPARE(away.count(), 1);
            // The user is back: pushed, once; the idle time starts again.
            QVERIFY(mouseMove(xdotool, display, 200));
            QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 5000);
            QVERIFY(*src.idleSeconds() < 0.4);
            // Away again: the idle alarm was re-armed by the return.
            QTRY_COMPARE_WITH_TIMEOUT(away.count(), 2, 5000);
            QVERIFY(mouseMove(xdotool, display, 300));
            QTRY_COMPARE_WITH_TIMEOUT(back.count(), 2, 5000);
            // No threshold: no idle signal, but the return still comes (armed by a query).
            src.setIdleAlarm(-1);
            QTRY_VERIFY_WITH_TIMEOUT(*src.idleSeconds() >= 0.6, 5000);
            QVERIFY(mouseMove(xdotool, display, 400));
            QTRY_COMPARE_WITH_TIMEOUT(back.count(), 3, 5000);
            QTest::qWait(700);
            QCOMPARE(away.count(), 2);
            // The server goes away: unknown from then on (= someone is here), and said so.
            server.kill();
            server.waitForFinished(5000);
            QTRY_COMPARE_WITH_TIMEOUT(back.count(), 4, 5000);
            QCOMPARE(src.idleSeconds(), std::nullopt);
            QVERIFY(!src.pushesActivity());
        }
        platform::X11SyncIdleSource stray(":987"); // nothing listens there
        QVERIFY(!stray.isValid());
        QCOMPARE(stray.idleSeconds(), std::nullopt);
    }
    void vanishingXServerIsUnknownNotAnExit()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            QSKIP("Xvfb missing (scripts/setup.sh installs it)");
        QProcess server;
        const QByteArray display = startXvfb(server, xvfb);
        QVERIFY(!display.isEmpty());
        platform::X11IdleSource src(display);
        QVERIFY(src.idleSeconds().has_value());
        server.kill();
        server.waitForFinished(5000);
        // Xlib would call exit(1) here by default; we get "unknown" and carry on.
        QCOMPARE(src.idleSeconds(), std::nullopt);
        QCOMPARE(src.idleSeconds(), std::nullopt);
    }
    void idleDetectSharedMemory()
    {
        // A real POSIX shared-memory segment in the layout event_detect writes: {updated, last
        // active} as two int64 unix seconds.
        const QByteArray name = "/sc-test-idle-" + QByteArray::number(::getpid());
        auto write = [&](std::int64_t updated, std::int64_t lastActive, size_t bytes = 16) {
            const int fd = ::shm_open(name.constData(), O_RDWR | O_CREAT | O_TRUNC, 0644);
            QVERIFY(fd >= 0);
            const std::int64_t v[2] = { updated, lastActive };
            QCOMPARE(::pwrite(fd, v, bytes, 0), static_cast<ssize_t>(bytes));
            ::close(fd);
        };
        auto cleanup = qScopeGuard([&] { ::shm_unlink(name.constData()); });
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        {
            platform::IdleDetectShmemSource missing(name);
            QVERIFY(!missing.isValid());
            QVERIFY(!missing.idleSeconds());
        }
        write(now - 2, now - 400);
        auto* fallback = new FakeIdleSource;
        fallback->value = 7;
        platform::IdleDetectShmemSource src(name, std::unique_ptr<IdleSource>(fallback));
        QVERIFY(src.isValid());
        QCOMPARE(src.name(), QStringLiteral("idle_detect-shmem"));
        QVERIFY(qAbs(*src.idleSeconds() - 400) <= 2);
        write(now, now); // input just now
        QVERIFY(*src.idleSeconds() <= 1);
        // The service stopped updating: its value no longer counts; the fallback answers.
        write(now - platform::IdleDetectShmemSource::kFreshSeconds - 10, now - 4000);
        QVERIFY(!src.isValid());
        QCOMPARE(src.idleSeconds(), std::optional<double>(7));
        // Nonsense (last active after the update, a segment too short): not an answer.
        write(now, now + 600);
        QVERIFY(!src.isValid());
        write(now, now - 10, 8);
        QVERIFY(!src.isValid());
        fallback->value.reset();
        QVERIFY(!src.idleSeconds()); // unknown: the policy treats it as "user here"
    }
    void noDisplayMeansInvalidNotAHang()
    {
        platform::X11IdleSource none(QByteArray {});
        QVERIFY(!none.isValid());
        QCOMPARE(none.idleSeconds(), std::nullopt);
        platform::X11IdleSource stray(":987"); // nothing listens there
        QVERIFY(!stray.isValid());
        platform::UnknownIdleSource unknown;
        QCOMPARE(unknown.idleSeconds(), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestIdle)
#include "tst_idle.moc"
