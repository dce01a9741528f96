// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using sc::core::PolicySettings;
using sc::core::Settings;
namespace setting = sc::core::setting;

class TestSettings final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsMatchThePolicyDefaults()
    {
        QTemporaryDir d;
        const Settings s(d.filePath(QStringLiteral("settings.ini")));
        const PolicySettings p = s.policy();
        const PolicySettings def;
        QCOMPARE(p.runAlways, def.runAlways);
        QCOMPARE(p.idleMinutes, def.idleMinutes);
        QCOMPARE(p.cpuSharePercent, def.cpuSharePercent);
        QCOMPARE(p.suspendWhenOtherCpuPercent, def.suspendWhenOtherCpuPercent);
        QCOMPARE(p.cpuTempLimitC, def.cpuTempLimitC);
        QCOMPARE(p.schedule, def.schedule);
        QCOMPARE(p.onBattery, def.onBattery);
        for (const auto& spec : Settings::registry()) {
            QString err;
            QVERIFY2(Settings::validate(spec.key, spec.defaultText, &err), qPrintable(spec.key));
            QVERIFY(spec.internal || qstrlen(spec.help) > 10);
        }
    }
    void invalidValuesAreRefusedWithAReasonAndNotSaved()
    {
        QTemporaryDir d;
        Settings s(d.filePath(QStringLiteral("settings.ini")));
        QString err;
        QVERIFY(!s.set(QStringLiteral("cpu_share"), QStringLiteral("150"), &err));
        QVERIFY(err.contains(QLatin1String("1 to 100")));
        QVERIFY(!s.set(QStringLiteral("idle_minutes"), QStringLiteral("three"), &err));
        QVERIFY(!s.set(QStringLiteral("run_always"), QStringLiteral("maybe"), &err));
        QVERIFY(!s.set(QStringLiteral("on_battery"), QStringLiteral("explode"), &err));
        QVERIFY(err.contains(QLatin1String("explode")));
        QVERIFY(!s.set(QStringLiteral("schedule"), QStringLiteral("weekdays"), &err));
        QVERIFY(!s.set(QStringLiteral("exclusive_programs"), QStringLiteral("/usr/bin/game"), &err));
        QVERIFY(!s.set(QStringLiteral("no_such_key"), QStringLiteral("1"), &err));
        QVERIFY(err.contains(QLatin1String("config list")));
        QCOMPARE(s.value(QStringLiteral("cpu_share")), QStringLiteral("100"));
        QVERIFY(!QFile::exists(d.filePath(QStringLiteral("settings.ini"))));
    }
    void validValuesAreCanonicalAndSeenByAnotherReader()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("settings.ini"));
        Settings writer(path);
        Settings reader(path);
        QString err;
        QVERIFY(writer.set(QStringLiteral("run_always"), QStringLiteral("Yes"), &err));
        QVERIFY(writer.set(QStringLiteral("cpu_share"), QStringLiteral(" 40 "), &err));
        QVERIFY(writer.set(QStringLiteral("exclusive_programs"), QStringLiteral("steam, obs ,"), &err));
        QCOMPARE(writer.value(QStringLiteral("run_always")), QStringLiteral("true"));
        QVERIFY(reader.reloadIfChanged());
        QCOMPARE(reader.policy().cpuSharePercent, 40);
        QVERIFY(reader.policy().runAlways);
        QCOMPARE(reader.policy().exclusivePrograms,
            (QStringList { QStringLiteral("steam"), QStringLiteral("obs") }));
        QVERIFY(!reader.reloadIfChanged());
    }
    void damagedValueFallsBackToItsDefaultOnly()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("settings.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[General]\ncpu_share=999\nidle_minutes=7\n\x01\x02garbage\n");
        f.close();
        const Settings s(path);
        QCOMPARE(s.policy().cpuSharePercent, 100);
        QCOMPARE(s.policy().idleMinutes, 7);
    }
    void payoutAddressIsCheckedAndStoredChecksummed()
    {
        QTemporaryDir d;
        Settings s(d.filePath(QStringLiteral("settings.ini")));
        QString err;
        QVERIFY(!s.set(QStringLiteral("payout_address"),
            QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"), &err));
        QVERIFY(!err.isEmpty()); // a typo in the mixed-case checksum
        QVERIFY(!s.set(QStringLiteral("payout_address"), QStringLiteral("0x1234"), &err));
        QVERIFY(s.set(QStringLiteral("payout_address"),
            QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), &err));
        QCOMPARE(s.value(QStringLiteral("payout_address")),
            QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        QVERIFY(s.set(QStringLiteral("payout_address"), QString(), &err)); // decide later
    }
    void chainNodeAddress()
    {
        QTemporaryDir d;
        Settings s(d.filePath(QStringLiteral("settings.ini")));
        QString err;
        QCOMPARE(s.get<setting::ChainRpcUrl>(), QString()); // the network's suggestion
        QVERIFY(s.set(QStringLiteral("chain_rpc_url"), QStringLiteral("https://rpc.example.org/v1"), &err));
        QCOMPARE(s.get<setting::ChainRpcUrl>(), QStringLiteral("https://rpc.example.org/v1"));
        for (const char* bad : { "rpc.example.org", "ftp://rpc.example.org", "https://", "file:///etc/x" }) {
            QVERIFY2(!s.set(QStringLiteral("chain_rpc_url"), QLatin1String(bad), &err), bad);
            QVERIFY(!err.contains(QLatin1String("chain_rpc_url"))); // no internal key in the message
        }
        QVERIFY(s.set(QStringLiteral("chain_rpc_url"), QString(), &err));
    }
    void hubAddress()
    {
        QTemporaryDir d;
        Settings s(d.filePath(QStringLiteral("settings.ini")));
        QString err;
        QCOMPARE(s.value(QStringLiteral("hub_url")), QStringLiteral("local"));
        QVERIFY(!s.set(QStringLiteral("hub_url"), QStringLiteral("ftp://x"), &err));
        QVERIFY(!s.set(QStringLiteral("hub_url"), QStringLiteral("not a url"), &err));
        QVERIFY(s.set(QStringLiteral("hub_url"), QStringLiteral("https://hub.example.org/"), &err));
        QCOMPARE(s.value(QStringLiteral("hub_url")), QStringLiteral("https://hub.example.org"));
        // Found by fuzz_settings: "///" became "https://u/", which validated again to "https://u".
        for (const char* text : { "https://hub.example.org//", "https://hub.example.org///" }) {
            const auto canonical = Settings::validate(QStringLiteral("hub_url"), QLatin1String(text), &err);
            QCOMPARE(canonical, QStringLiteral("https://hub.example.org"));
            QCOMPARE(Settings::validate(QStringLiteral("hub_url"), *canonical, &err), canonical);
        }
        QCOMPARE(Settings::validate(
                     QStringLiteral("hub_url"), QStringLiteral("https://hub.example.org/a//"), &err),
            QStringLiteral("https://hub.example.org/a"));
        QVERIFY(s.set(QStringLiteral("hub_url"), QStringLiteral("LOCAL"), &err));
        QCOMPARE(s.value(QStringLiteral("hub_url")), QStringLiteral("local"));
    }
    void scheduleText()
    {
        QString err;
        auto all = Settings::parseSchedule(QStringLiteral("always"), &err);
        QVERIFY(all);
        QCOMPARE((*all)[6], 0xFFFFFFu);
        auto evenings = Settings::parseSchedule(QStringLiteral("mon-fri 18-8, sat-sun 0-24"), &err);
        QVERIFY2(evenings, qPrintable(err));
        QVERIFY((*evenings)[0] & (1u << 20)); // Monday 20:00
        QVERIFY(!((*evenings)[0] & (1u << 12))); // not Monday noon
        QVERIFY((*evenings)[1] & (1u << 3)); // Tuesday 03:00, from Monday evening
        QVERIFY(!((*evenings)[0] & (1u << 3))); // Monday 03:00 belongs to Sunday's 0-24 only
        QCOMPARE((*evenings)[5], 0xFFFFFFu);
        QVERIFY(!Settings::parseSchedule(QStringLiteral("mon 9-25"), &err));
        QVERIFY(!Settings::parseSchedule(QStringLiteral("xyz 1-2"), &err));
    }
    void aScheduleGridWritesTextThatReadsBackToTheSameHours()
    {
        // What the Settings page's day × hour grid stores: every mask comes back as it was.
        std::array<quint32, 7> all;
        all.fill(0xFFFFFF);
        QCOMPARE(Settings::formatSchedule(all), QStringLiteral("always"));
        std::array<quint32, 7> none {};
        QCOMPARE(Settings::formatSchedule(none), QString());
        std::array<quint32, 7> office {};
        for (int d = 0; d < 5; ++d)
            office[static_cast<size_t>(d)] = 0xFF00FF; // 0-8 and 16-24
        QCOMPARE(Settings::formatSchedule(office), QStringLiteral("mon-fri 0-8, mon-fri 16-24"));
        quint32 seed = 12345;
        auto next = [&seed] {
            seed = seed * 1103515245u + 12345u;
            return seed >> 8;
        };
        for (int round = 0; round < 500; ++round) {
            std::array<quint32, 7> days {};
            for (auto& d : days) {
                switch (next() % 4) {
                case 0:
                    d = 0;
                    break;
                case 1:
                    d = 0xFFFFFF;
                    break;
                case 2:
                    d = 1u << (next() % 24);
                    break; // one hour
                default:
                    d = next() & 0xFFFFFF;
                    break;
                }
            }
            if (round % 7 == 0)
                days[3] = days[2]; // runs of equal days
            const QString text = Settings::formatSchedule(days);
            if (std::all_of(days.cbegin(), days.cend(), [](quint32 d) { return d == 0; })) {
                QVERIFY(text.isEmpty());
                continue;
            }
            QString err;
            const auto back = Settings::parseSchedule(text, &err);
            QVERIFY2(back, qPrintable(text + QStringLiteral(": ") + err));
            QVERIFY2(*back == days, qPrintable(text));
            QVERIFY2(Settings::validate(QStringLiteral("schedule"), text, &err) == text, qPrintable(text));
        }
    }
    void whatTheAppShowsOfARefusalNamesNoKey()
    {
        // The Settings page shows these sentences under a field: in words, never a key (the
        // command line adds the key itself).
        QString err;
        for (const auto& spec : Settings::registry()) {
            for (const QString& bad :
                { QStringLiteral("maybe?"), QStringLiteral("-5"), QStringLiteral("99999999999") }) {
                if (Settings::validate(spec.key, bad, &err))
                    continue;
                QVERIFY2(!err.contains(spec.key), qPrintable(spec.key + QStringLiteral(": ") + err));
                QVERIFY2(!err.contains(QLatin1Char('_')), qPrintable(spec.key + QStringLiteral(": ") + err));
            }
        }
    }
    void typedKeysReadAndWriteTheirValueType()
    {
        QTemporaryDir d;
        Settings s(d.filePath(QStringLiteral("settings.ini")));
        QString err;
        QCOMPARE(s.get<setting::IdleMinutes>(), 3);
        QCOMPARE(s.get<setting::RunAlways>(), false);
        QCOMPARE(s.get<setting::CpuWhenActive>(), setting::WhenActive::Suspend);
        QVERIFY(s.isDefault<setting::PausedUntil>());
        QVERIFY(s.put<setting::RunAlways>(true, &err));
        QVERIFY(s.put<setting::PausedUntil>(qint64(4'000'000'000), &err));
        QVERIFY(s.put<setting::OnBatteryRule>(setting::OnBattery::Below, &err));
        QVERIFY(
            s.put<setting::ExclusivePrograms>({ QStringLiteral("game"), QStringLiteral("editor") }, &err));
        QVERIFY(!s.put<setting::IdleMinutes>(0, &err)); // validated like text
        Settings again(d.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(again.get<setting::RunAlways>(), true);
        QCOMPARE(again.get<setting::PausedUntil>(), qint64(4'000'000'000));
        QCOMPARE(again.value(QStringLiteral("on_battery")), QStringLiteral("below"));
        QCOMPARE(again.get<setting::ExclusivePrograms>(),
            QStringList({ QStringLiteral("game"), QStringLiteral("editor") }));
        QCOMPARE(again.policy().onBattery, PolicySettings::OnBattery::BelowPercent);
    }
    void everyChangeIsSignalledOnceWhoeverMadeIt()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("settings.ini"));
        Settings mine(path);
        QSignalSpy changed(&mine, &Settings::changed);
        QString err;
        QVERIFY(mine.set(QStringLiteral("idle_minutes"), QStringLiteral("5"), &err));
        QVERIFY(mine.set(QStringLiteral("idle_minutes"), QStringLiteral("5"), &err)); // same value: no news
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("idle_minutes"));
        QTest::qWait(1100); // another process's write must be seen as a newer file
        Settings other(path); // e.g. `sparecycles-cli config set`
        QVERIFY(other.set(QStringLiteral("cpu_share"), QStringLiteral("50"), &err));
        mine.watch(20);
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toString(), QStringLiteral("cpu_share"));
        QCOMPARE(mine.get<setting::CpuShare>(), 50);
    }
    void anOldFolderIsMigratedAndItsAppIniTakenIn()
    {
        QTemporaryDir d;
        {
            QSettings app(d.filePath(QStringLiteral("app.ini")), QSettings::IniFormat);
            app.setValue(QStringLiteral("setup_done"), true);
            app.setValue(QStringLiteral("network"), QStringLiteral("https://hub.example.org/"));
        }
        Settings s(d.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(s.version(), Settings::kVersion);
        QVERIFY(s.get<setting::SetupDone>());
        QCOMPARE(s.get<setting::HubUrl>(), QStringLiteral("https://hub.example.org"));
        QSettings ini(d.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        QCOMPARE(ini.value(QStringLiteral("version")).toInt(), Settings::kVersion);
    }
    void aFreshFolderIsNotWrittenUntilSomethingIsSet()
    {
        QTemporaryDir d;
        Settings s(d.filePath(QStringLiteral("settings.ini")));
        QVERIFY(!QFile::exists(d.filePath(QStringLiteral("settings.ini"))));
        QVERIFY(!s.get<setting::SetupDone>());
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
