// SPDX-License-Identifier: GPL-3.0-or-later
// Temperatures and power read from fixture sysfs trees (tests/data/sys-*), one per kind of
// machine, so every backend is tested without the hardware.
#include "sensors/hwsensors.h"

#include <QTest>

using namespace sc::core;

namespace {
QString root(const char* name) { return QStringLiteral(SC_TEST_DATA "/") + QLatin1String(name); }
} // namespace

class TestHwSensors final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void amdDesktopUsesTctlAndAmdgpuJunction()
    {
        const auto all = readTemperatures(root("sys-amd-desktop"));
        QCOMPARE(all.size(), 6);
        const auto cpu = cpuTemperature(all);
        QVERIFY(cpu);
        QCOMPARE(cpu->driver, QStringLiteral("k10temp"));
        QCOMPARE(cpu->label, QStringLiteral("Tctl"));
        QCOMPARE(cpu->celsius, 65.25);
        const auto gpu = gpuTemperature(all);
        QVERIFY(gpu);
        QCOMPARE(gpu->label, QStringLiteral("junction"));
        QCOMPARE(gpu->celsius, 61.0);
        const PowerState p = readPowerSupply(root("sys-amd-desktop"));
        QVERIFY(!p.batteryPresent);
        QCOMPARE(p.onBattery, std::optional<bool>(false));
    }
    void intelLaptopUsesPackageAndIgnoresTheMouseBattery()
    {
        const auto all = readTemperatures(root("sys-intel-laptop"));
        const auto cpu = cpuTemperature(all);
        QVERIFY(cpu);
        QCOMPARE(cpu->label, QStringLiteral("Package id 0"));
        QCOMPARE(cpu->celsius, 71.0);
        QVERIFY(!gpuTemperature(all));
        const PowerState p = readPowerSupply(root("sys-intel-laptop"));
        QVERIFY(p.batteryPresent);
        QCOMPARE(p.onBattery, std::optional<bool>(true));
        QCOMPARE(p.batteryPercent, std::optional<int>(64)); // not the mouse's 5 %
        const PowerState charging = readPowerSupply(root("sys-intel-laptop-charging"));
        QCOMPARE(charging.onBattery, std::optional<bool>(false));
    }
    void armBoardFallsBackToTheThermalZoneAndSkipsBrokenOnes()
    {
        const auto all = readTemperatures(root("sys-arm-sbc"));
        QCOMPARE(all.size(), 1);
        const auto cpu = cpuTemperature(all);
        QVERIFY(cpu);
        QCOMPARE(cpu->driver, QStringLiteral("cpu_thermal"));
        QCOMPARE(cpu->celsius, 48.312);
    }
    void virtualMachineHasNothingAndSaysSo()
    {
        const auto all = readTemperatures(root("sys-vm-nothing"));
        QVERIFY(all.isEmpty());
        QVERIFY(!cpuTemperature(all));
        const PowerState p = readPowerSupply(root("sys-vm-nothing"));
        QVERIFY(!p.batteryPresent);
        QCOMPARE(p.onBattery, std::optional<bool>(false));
        QVERIFY(readTemperatures(QStringLiteral("/nonexistent")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHwSensors)
#include "tst_hwsensors.moc"
