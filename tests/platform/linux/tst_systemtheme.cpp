// SPDX-License-Identifier: GPL-3.0-or-later
// Desktop facts about the panel's look, from XDG_CURRENT_DESKTOP.
#include "platform/linux/systemtheme_linux.h"

#include <QTest>

using namespace sc::core;

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
};

QTEST_GUILESS_MAIN(TestSystemTheme)
#include "tst_systemtheme.moc"
