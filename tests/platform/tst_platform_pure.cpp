// SPDX-License-Identifier: GPL-3.0-or-later
// The decisions in the Windows and macOS layers that need no OS: tick-wrap arithmetic, power
// status decoding, idle-time merging, capacity percent. Both headers include no system header,
// so this runs on every host; the calls into Win32 are only compile-checked
// (tst_windows_compile), the macOS ones never compiled.
#include "platform/mac/macplatform.h"
#include "platform/win/winplatform.h"

#include <QTest>

using namespace sc::core::platform;

class TestPlatformPure final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void windowsIdleTicksSurviveThe49DayWrap()
    {
        QCOMPARE(win::ticksSince(5000, 2000), 3000u);
        // Last input 256 ms before the 32-bit tick counter wrapped, now 100 ms after.
        QCOMPARE(win::ticksSince(100, 0xFFFFFF00u), 356u);
        QCOMPARE(win::ticksSince(0x7FFFFFFFu, 0), 0x7FFFFFFFu);
    }
    void windowsInputAfterNowMeansUserPresent()
    {
        QCOMPARE(win::ticksSince(2000, 2500), 0u);
        QCOMPARE(win::ticksSince(0, 0x80000000u), 0u);
    }
    void windowsDesktopWithoutBatteryIsNeverOnBattery()
    {
        // ACLineStatus 0 with BatteryFlag 128 ("no system battery"): trust the flag.
        for (unsigned char ac : { 0, 1, 255 }) {
            const auto p = win::decodePowerStatus(ac, 128, 255);
            QVERIFY(!p.batteryPresent);
            QCOMPARE(p.onBattery, std::optional<bool>(false));
            QCOMPARE(p.percent, std::nullopt);
        }
    }
    void windowsLaptopDischargingAndCharging()
    {
        const auto off = win::decodePowerStatus(0, 2, 17); // low
        QVERIFY(off.batteryPresent);
        QCOMPARE(off.onBattery, std::optional<bool>(true));
        QCOMPARE(off.percent, std::optional<int>(17));
        const auto on = win::decodePowerStatus(1, 1 | 8, 80); // high, charging
        QCOMPARE(on.onBattery, std::optional<bool>(false));
        QCOMPARE(on.percent, std::optional<int>(80));
    }
    void windowsUnknownFieldsStayUnknown()
    {
        const auto line = win::decodePowerStatus(255, 1, 255);
        QVERIFY(line.batteryPresent);
        QCOMPARE(line.onBattery, std::nullopt);
        QCOMPARE(line.percent, std::nullopt);
        // Battery flag unknown: presence unknown (false), the AC line still decides.
        const auto flag = win::decodePowerStatus(0, 255, 50);
        QVERIFY(!flag.batteryPresent);
        QCOMPARE(flag.onBattery, std::optional<bool>(true));
        QCOMPARE(flag.percent, std::nullopt);
    }
    void macIdleIsTheSmallerKnownValue()
    {
        QCOMPARE(mac::minKnown(12.5, 3.0), std::optional<double>(3.0));
        QCOMPARE(mac::minKnown(std::nullopt, 7.0), std::optional<double>(7.0));
        QCOMPARE(mac::minKnown(4.0, std::nullopt), std::optional<double>(4.0));
        QCOMPARE(mac::minKnown(std::nullopt, std::nullopt), std::nullopt);
    }
    void macCapacityPercentInPercentOrMilliampHours()
    {
        QCOMPARE(mac::capacityPercent(42, 100), std::optional<int>(42));
        QCOMPARE(mac::capacityPercent(2500, 5000), std::optional<int>(50));
        QCOMPARE(mac::capacityPercent(5100, 5000), std::optional<int>(100));
        QCOMPARE(mac::capacityPercent(1, 0), std::nullopt);
        QCOMPARE(mac::capacityPercent(-1, 100), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPlatformPure)
#include "tst_platform_pure.moc"
