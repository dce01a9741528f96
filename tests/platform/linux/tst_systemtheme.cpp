// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop facts about the panel's look, from XDG_CURRENT_DESKTOP, and the user's colour-scheme
// preference from a fake desktop portal on a private session bus (run under dbus-run-session).
#include "platform/linux/systemtheme_linux.h"

#include <QDBusConnection>
#include <QDBusVariant>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <atomic>

using namespace sc::core;

// org.freedesktop.portal.Settings as xdg-desktop-portal serves it: Read wraps the value twice.
class FakePortalSettings final : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")
public:
    std::atomic<uint> scheme { 1 };
public Q_SLOTS:
    QDBusVariant Read(const QString& ns, const QString& key)
    {
        if (ns != QLatin1String("org.freedesktop.appearance") || key != QLatin1String("color-scheme"))
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(QVariant::fromValue(scheme.load()))));
    }
    // The user switches the desktop's colour scheme.
    void announce(uint value)
    {
        scheme = value;
        Q_EMIT SettingChanged(QStringLiteral("org.freedesktop.appearance"), QStringLiteral("color-scheme"),
            QDBusVariant(QVariant::fromValue(value)));
    }
Q_SIGNALS:
    void SettingChanged(const QString& ns, const QString& key, const QDBusVariant& value);
};

// The portal on its own thread and connection, as a real service would run.
class PortalThread final : public QThread {
public:
    explicit PortalThread(FakePortalSettings* portal)
        : m_portal(portal)
    {
        m_portal->moveToThread(this);
    }
    ~PortalThread() override
    {
        quit();
        wait();
    }
    std::atomic<bool> ready { false };

protected:
    void run() override
    {
        const QString name = QStringLiteral("fake-portal");
        {
            QDBusConnection bus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, name);
            bus.registerObject(QStringLiteral("/org/freedesktop/portal/desktop"), m_portal,
                QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals);
            bus.registerService(QStringLiteral("org.freedesktop.portal.Desktop"));
            ready = true;
            exec();
            bus.unregisterService(QStringLiteral("org.freedesktop.portal.Desktop"));
            bus.unregisterObject(QStringLiteral("/org/freedesktop/portal/desktop"));
        }
        delete m_portal;
        QDBusConnection::disconnectFromBus(name);
    }

private:
    FakePortalSettings* m_portal;
};

class TestSystemTheme final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void gnomeAnywhereInTheDesktopListMeansADarkPanel()
    {
        QCOMPARE(platform::XdgSystemTheme(QStringLiteral("GNOME")).panelIsDark(), std::optional<bool>(true));
        QCOMPARE(platform::XdgSystemTheme(QStringLiteral("ubuntu:GNOME")).panelIsDark(),
            std::optional<bool>(true));
        QCOMPARE(platform::XdgSystemTheme(QStringLiteral("gnome-classic:gnome")).panelIsDark(),
            std::optional<bool>(true));
    }

    void otherDesktopsSayNothing()
    {
        QCOMPARE(platform::XdgSystemTheme(QStringLiteral("KDE")).panelIsDark(), std::nullopt);
        QCOMPARE(platform::XdgSystemTheme(QStringLiteral("X-Cinnamon")).panelIsDark(), std::nullopt);
        QCOMPARE(platform::XdgSystemTheme(QStringLiteral("GNOME-Flashback-ish")).panelIsDark(), std::nullopt);
        QCOMPARE(platform::XdgSystemTheme(QString()).panelIsDark(), std::nullopt);
    }

    void factoryReadsThisSessionsDesktop()
    {
        qputenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME");
        QCOMPARE(createPlatformSystemTheme()->panelIsDark(), std::optional<bool>(true));
        qputenv("XDG_CURRENT_DESKTOP", "KDE");
        QCOMPARE(createPlatformSystemTheme()->panelIsDark(), std::nullopt);
        qunsetenv("XDG_CURRENT_DESKTOP");
        QCOMPARE(createPlatformSystemTheme()->panelIsDark(), std::nullopt);
    }

    void theColourSchemeValueAndGtkThemeMakeAPreference()
    {
        QCOMPARE(colorSchemePrefersDark(1u, QString()), std::optional<bool>(true));
        QCOMPARE(colorSchemePrefersDark(2u, QStringLiteral("Adwaita:dark")), std::optional<bool>(false));
        QCOMPARE(colorSchemePrefersDark(0u, QStringLiteral("Adwaita:dark")), std::optional<bool>(true));
        QCOMPARE(colorSchemePrefersDark(std::nullopt, QStringLiteral("Adwaita")), std::optional<bool>(false));
        QCOMPARE(colorSchemePrefersDark(0u, QString()), std::nullopt);
        QCOMPARE(colorSchemePrefersDark(std::nullopt, QString()), std::nullopt);
    }

    void thePortalSaysWhetherTheUserWantsDarkWindows()
    {
        qunsetenv("GTK_THEME");
        // No portal on the bus: no preference, and no long wait for one.
        QElapsedTimer t;
        t.start();
        QCOMPARE(platform::XdgSystemTheme(QString()).prefersDark(), std::nullopt);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
        auto* portal = new FakePortalSettings;
        PortalThread thread(portal);
        thread.start();
        QTRY_VERIFY(thread.ready);
        QCOMPARE(platform::XdgSystemTheme(QString()).prefersDark(), std::optional<bool>(true));
        portal->scheme = 2;
        QCOMPARE(platform::XdgSystemTheme(QString()).prefersDark(), std::optional<bool>(false));
        portal->scheme = 0;
        QCOMPARE(platform::XdgSystemTheme(QString()).prefersDark(), std::nullopt);
        qputenv("GTK_THEME", "Adwaita:dark");
        QCOMPARE(platform::XdgSystemTheme(QString()).prefersDark(), std::optional<bool>(true));
        qunsetenv("GTK_THEME");

        // Switching the scheme on the desktop reaches whoever watches, while they live.
        QList<std::optional<bool>> heard;
        {
            QObject context;
            platform::XdgSystemTheme(QString()).watchPrefersDark(
                &context, [&heard](std::optional<bool> dark) { heard.append(dark); });
            QVERIFY(QMetaObject::invokeMethod(portal, "announce", Qt::QueuedConnection, Q_ARG(uint, 1u)));
            QTRY_COMPARE(heard.size(), 1);
            QCOMPARE(heard.at(0), std::optional<bool>(true));
            QMetaObject::invokeMethod(portal, "announce", Qt::QueuedConnection, Q_ARG(uint, 2u));
            QTRY_COMPARE(heard.size(), 2);
            QCOMPARE(heard.at(1), std::optional<bool>(false));
        }
        QMetaObject::invokeMethod(portal, "announce", Qt::QueuedConnection, Q_ARG(uint, 1u));
        QTest::qWait(300);
        QCOMPARE(heard.size(), 2); // the watch ended with its context
    }
};

QTEST_GUILESS_MAIN(TestSystemTheme)
#include "tst_systemtheme.moc"
