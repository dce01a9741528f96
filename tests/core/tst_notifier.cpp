// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/notifier.h"
#include "settings/settings.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using sc::core::Notifier;
using sc::core::Settings;

class TestNotifier final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hubUnreachableOnlyAfterHalfAnHourAndOnce()
    {
        QTemporaryDir d;
        Settings settings(d.filePath(QStringLiteral("s.ini")));
        qint64 now = 1000;
        Notifier n(&settings, [&] { return now; });
        QSignalSpy spy(&n, &Notifier::notify);
        n.hubReachable(false, QStringLiteral("connection refused"));
        now += Notifier::kOfflineAfterSeconds - 1;
        n.hubReachable(false, QStringLiteral("connection refused"));
        QCOMPARE(spy.size(), 0);
        now += 1;
        n.hubReachable(false, QStringLiteral("connection refused"));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<Notifier::Kind>(), Notifier::Kind::HubUnreachable);
        QVERIFY(spy.at(0).at(2).toString().contains(QLatin1String("connection refused")));
        now += 3600;
        n.hubReachable(false, QStringLiteral("still"));
        QCOMPARE(spy.size(), 1); // once per outage
        n.hubReachable(true, {});
        n.hubReachable(false, QStringLiteral("again"));
        now += Notifier::kOfflineAfterSeconds;
        n.hubReachable(false, QStringLiteral("again"));
        QCOMPARE(spy.size(), 2); // a new outage
    }
    void everyPayoutIsNewsUnlessSwitchedOff()
    {
        QTemporaryDir d;
        Settings settings(d.filePath(QStringLiteral("s.ini")));
        qint64 now = 1000;
        Notifier n(&settings, [&] { return now; });
        QSignalSpy spy(&n, &Notifier::notify);
        const QString address = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        n.payout(1'500'000, address);
        n.payout(250'000, address); // a second one right after: also shown (not rate-limited)
        QCOMPARE(spy.size(), 2);
        QCOMPARE(spy.at(0).at(0).value<Notifier::Kind>(), Notifier::Kind::Payout);
        QVERIFY2(spy.at(0).at(2).toString().contains(QStringLiteral("1.5000 SCT")),
            qPrintable(spy.at(0).at(2).toString()));
        QVERIFY(spy.at(0).at(2).toString().contains(address));
        n.payout(0, address); // nothing paid is no news
        QCOMPARE(spy.size(), 2);
        QString err;
        QVERIFY(settings.set(QStringLiteral("notify_payout"), QStringLiteral("false"), &err));
        n.payout(1'000'000, address);
        QCOMPARE(spy.size(), 2);
    }
    void rateLimitedAndSwitchable()
    {
        QTemporaryDir d;
        Settings settings(d.filePath(QStringLiteral("s.ini")));
        qint64 now = 1000;
        Notifier n(&settings, [&] { return now; });
        QSignalSpy spy(&n, &Notifier::notify);
        n.thermalStop(91, 80);
        n.thermalStop(92, 80);
        QCOMPARE(spy.size(), 1);
        QVERIFY(spy.at(0).at(2).toString().contains(QStringLiteral("91 °C")));
        now += Notifier::kRepeatAfterSeconds;
        n.thermalStop(90, 80);
        QCOMPARE(spy.size(), 2);
        QString err;
        QVERIFY(settings.set(QStringLiteral("notify_task_failed"), QStringLiteral("false"), &err));
        n.taskFailed(QStringLiteral("t1"), 3);
        QCOMPARE(spy.size(), 2);
        QVERIFY(settings.set(QStringLiteral("notify_task_failed"), QStringLiteral("true"), &err));
        n.taskFailed(QStringLiteral("t1"), 3);
        QCOMPARE(spy.size(), 3);
        QCOMPARE(spy.at(2).at(0).value<Notifier::Kind>(), Notifier::Kind::TaskFailed);
    }
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
