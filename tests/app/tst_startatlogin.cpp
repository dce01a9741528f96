// SPDX-License-Identifier: GPL-3.0-or-later
// What the start_at_login setting asks the platform's autostart to start.
#include "fakes/fakeautostart.h"
#include "startatlogin.h"

#include <QCoreApplication>
#include <QTest>

using sc::core::FakeAutostart;

class TestStartAtLogin final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void onStartsThisProgramMinimizedWithTheDefaultFolderLeftOut()
    {
        FakeAutostart autostart;
        sc::app::applyStartAtLogin(
            autostart, true, QStringLiteral("/d/default"), QStringLiteral("/d/default"));
        QVERIFY(autostart.enabled);
        QCOMPARE(autostart.program, QCoreApplication::applicationFilePath());
        QCOMPARE(autostart.arguments, QStringList { QStringLiteral("--minimized") });
    }

    void anotherDataFolderIsPassedAlong()
    {
        FakeAutostart autostart;
        sc::app::applyStartAtLogin(autostart, true, QStringLiteral("/d/mine"), QStringLiteral("/d/default"));
        QCOMPARE(autostart.arguments,
            QStringList(
                { QStringLiteral("--minimized"), QStringLiteral("--data-dir"), QStringLiteral("/d/mine") }));
    }

    void offRemovesTheEntry()
    {
        FakeAutostart autostart;
        sc::app::applyStartAtLogin(autostart, true, QStringLiteral("/d"), QStringLiteral("/d"));
        sc::app::applyStartAtLogin(autostart, false, QStringLiteral("/d"), QStringLiteral("/d"));
        QVERIFY(!autostart.isEnabled());
    }
};

QTEST_GUILESS_MAIN(TestStartAtLogin)
#include "tst_startatlogin.moc"
