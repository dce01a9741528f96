// SPDX-License-Identifier: GPL-3.0-or-later
// What the probe hands the policy, from fixture trees (tests/data) and the platform fakes.
#include "fakes/fakeidlesource.h"
#include "fakes/fakepowersource.h"
#include "fakes/faketemperaturesource.h"
#include "sensors/systemprobe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

namespace {
QString data(const char* name) { return QStringLiteral(SC_TEST_DATA "/") + QLatin1String(name); }

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

// A /proc of the test's own: 1 MiB of RAM, and whatever files the test adds.
struct FakeProc {
    QTemporaryDir dir;
    FakeProc() { add("meminfo", "MemTotal: 1024 kB\n"); }
    void add(const char* file, const QByteArray& text) { write(dir.filePath(QLatin1String(file)), text); }
    QString path() const { return dir.path(); }
};

constexpr qint64 kNow = 1'700'000'000;
} // namespace

class TestSystemProbe final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void amdDesktopGivesTemperaturesRamAndIdle()
    {
        FakeIdleSource idle;
        idle.value = 120;
        SystemProbe probe(&idle, data("sys-amd-desktop"), data("proc-amd-desktop"));
        const auto s = probe.sample(kNow, {}, 0, {});
        QCOMPARE(s.inputs.idleSeconds, std::optional<double>(120));
        QCOMPARE(s.idleSource, QStringLiteral("fake"));
        QCOMPARE(s.cpuTempC, std::optional<double>(65.25));
        QCOMPARE(s.cpuSensor, QStringLiteral("k10temp Tctl"));
        QCOMPARE(s.gpuTempC, std::optional<double>(61.0));
        QCOMPARE(s.inputs.gpuTempC, s.gpuTempC);
        QCOMPARE(s.ramBytes, qint64(32768000) * 1024);
        QCOMPARE(s.inputs.now, kNow);
    }

    void withoutAnIdleSourceIdleTimeIsUnknown()
    {
        SystemProbe probe(nullptr, data("sys-vm-nothing"), data("proc-amd-desktop"));
        const auto s = probe.sample(kNow, {}, 0, {});
        QCOMPARE(s.idleSource, QStringLiteral("unknown"));
        QCOMPARE(s.inputs.idleSeconds, std::nullopt);
        QCOMPARE(s.cpuTempC, std::nullopt);
        QCOMPARE(s.gpuTempC, std::nullopt);
    }

    void batteryComesFromSysfsWithoutAPowerSource()
    {
        SystemProbe probe(nullptr, data("sys-intel-laptop"), data("proc-amd-desktop"));
        const auto s = probe.sample(kNow, {}, 0, {});
        QCOMPARE(probe.powerSource(), QStringLiteral("sysfs"));
        QCOMPARE(s.inputs.onBattery, std::optional<bool>(true));
        QCOMPARE(s.inputs.batteryPercent, std::optional<int>(64));
    }

    void thePlatformPowerSourceAnswersFirstAndSysfsWhenItCannot()
    {
        auto power = std::make_unique<FakePowerSource>();
        FakePowerSource* fake = power.get();
        fake->state = PowerState { true, true, 42 };
        SystemProbe probe(nullptr, data("sys-amd-desktop"), data("proc-amd-desktop"));
        probe.setPowerSource(std::move(power));
        auto s = probe.sample(kNow, {}, 0, {});
        QCOMPARE(probe.powerSource(), QStringLiteral("fake-power"));
        QCOMPARE(s.inputs.onBattery, std::optional<bool>(true));
        QCOMPARE(s.inputs.batteryPercent, std::optional<int>(42));
        fake->state.reset(); // the service went away: the desktop's sysfs says mains
        s = probe.sample(kNow + 1, {}, 0, {});
        QCOMPARE(probe.powerSource(), QStringLiteral("sysfs"));
        QCOMPARE(s.inputs.onBattery, std::optional<bool>(false));
        QCOMPARE(fake->reads, 2);
    }

    void gpuTemperatureIsTheHotterOfHwmonAndTheTemperatureSource()
    {
        SystemProbe probe(nullptr, data("sys-amd-desktop"), data("proc-amd-desktop"));
        auto temps = std::make_unique<FakeTemperatureSource>();
        FakeTemperatureSource* fake = temps.get();
        fake->hottest = 80;
        probe.setTemperatureSource(std::move(temps));
        QCOMPARE(probe.sample(kNow, {}, 0, {}).gpuTempC, std::optional<double>(80));
        fake->hottest = 50; // cooler than amdgpu's junction (61 °C)
        QCOMPARE(probe.sample(kNow, {}, 0, {}).gpuTempC, std::optional<double>(61));
        fake->hottest.reset();
        QCOMPARE(probe.sample(kNow, {}, 0, {}).gpuTempC, std::optional<double>(61));
    }

    void anInvalidTemperatureSourceIsDropped()
    {
        SystemProbe probe(nullptr, data("sys-vm-nothing"), data("proc-amd-desktop"));
        auto temps = std::make_unique<FakeTemperatureSource>();
        temps->valid = false;
        temps->hottest = 90;
        probe.setTemperatureSource(std::move(temps));
        QCOMPARE(probe.sample(kNow, {}, 0, {}).gpuTempC, std::nullopt);
    }

    void taskMemoryIsAShareOfRam()
    {
        SystemProbe probe(nullptr, data("sys-vm-nothing"), data("proc-amd-desktop"));
        const qint64 ram = qint64(32768000) * 1024;
        QCOMPARE(probe.sample(kNow, {}, ram / 4, {}).inputs.taskMemoryPercent, 25.0);
    }

    void otherProgramsCpuLoadIsTheDifferenceBetweenSamples()
    {
        FakeProc proc;
        QVERIFY(proc.dir.isValid());
        // user nice system idle iowait irq softirq steal
        proc.add("stat", "cpu  100 0 100 700 100 0 0 0\ncpu0 1 2 3\n");
        SystemProbe probe(nullptr, data("sys-vm-nothing"), proc.path());
        QCOMPARE(probe.sample(kNow, {}, 0, {}).inputs.otherCpuPercent, 0.0); // nothing to compare yet
        // 100 more ticks, 30 of them busy (user 20 + system 10).
        proc.add("stat", "cpu  120 0 110 760 110 0 0 0\n");
        QCOMPARE(probe.sample(kNow + 1, {}, 0, {}).inputs.otherCpuPercent, 30.0);
        // The same counters again: no time passed, no load.
        QCOMPARE(probe.sample(kNow + 2, {}, 0, {}).inputs.otherCpuPercent, 0.0);
    }

    void exclusiveProgramsAreFoundByCommIncludingTheKernelsCut()
    {
        FakeProc proc;
        QVERIFY(proc.dir.isValid());
        proc.add("100/comm", "steam\n");
        proc.add("200/comm", "blender-softwar\n"); // 15 characters: cut
        proc.add("self/comm", "obs\n"); // not a pid
        SystemProbe probe(nullptr, data("sys-vm-nothing"), proc.path());
        const QStringList wanted { QStringLiteral("Steam"), QStringLiteral("blender-software"),
            QStringLiteral("obs"), QStringLiteral("vlc") };
        QCOMPARE(probe.sample(kNow, {}, 0, wanted).inputs.runningExclusive,
            QStringList({ QStringLiteral("Steam"), QStringLiteral("blender-software") }));
    }

    void runningProgramsAreRescannedEveryFiveSeconds()
    {
        FakeProc proc;
        QVERIFY(proc.dir.isValid());
        proc.add("100/comm", "steam\n");
        SystemProbe probe(nullptr, data("sys-vm-nothing"), proc.path());
        const QStringList wanted { QStringLiteral("steam") };
        QCOMPARE(probe.sample(kNow, {}, 0, wanted).inputs.runningExclusive, wanted);
        QVERIFY(QFile::remove(proc.dir.filePath(QStringLiteral("100/comm"))));
        QCOMPARE(probe.sample(kNow + 4, {}, 0, wanted).inputs.runningExclusive, wanted); // the last scan
        QCOMPARE(probe.sample(kNow + 5, {}, 0, wanted).inputs.runningExclusive, QStringList());
    }

    void aChangedListIsScannedAtOnce()
    {
        FakeProc proc;
        QVERIFY(proc.dir.isValid());
        proc.add("100/comm", "steam\n");
        proc.add("200/comm", "obs\n");
        SystemProbe probe(nullptr, data("sys-vm-nothing"), proc.path());
        const QStringList steam { QStringLiteral("steam") };
        const QStringList obs { QStringLiteral("obs") };
        QCOMPARE(probe.sample(kNow, {}, 0, steam).inputs.runningExclusive, steam);
        // The user takes steam off the list: it stops holding work back in the same second.
        QCOMPARE(probe.sample(kNow, {}, 0, {}).inputs.runningExclusive, QStringList());
        QCOMPARE(probe.sample(kNow + 1, {}, 0, obs).inputs.runningExclusive, obs);
    }
};

QTEST_GUILESS_MAIN(TestSystemProbe)
#include "tst_systemprobe.moc"
