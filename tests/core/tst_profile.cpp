// SPDX-License-Identifier: GPL-3.0-or-later
// Machine profile from fixture /proc and /sys trees (tests/data), plus the real machine.
#include "platform/nvml.h"
#include "profile/machineprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

namespace {
ProfileRoots fixture(const char* proc, const char* sys)
{
    ProfileRoots r;
    r.proc = QStringLiteral(SC_TEST_DATA "/") + QLatin1String(proc);
    r.sys = QStringLiteral(SC_TEST_DATA "/") + QLatin1String(sys);
    r.sessionType = QStringLiteral("wayland");
    r.desktop = QStringLiteral("GNOME");
    r.useNvml = false;
    return r;
}
} // namespace

class TestProfile final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void amdDesktop()
    {
        const MachineProfile p = readMachineProfile(fixture("proc-amd-desktop", "sys-amd-desktop"));
        QCOMPARE(p.cpuModel, QStringLiteral("AMD Ryzen 7 5800X 8-Core Processor"));
        QCOMPARE(p.cpuVendor, QStringLiteral("AuthenticAMD"));
        QCOMPARE(p.cpuFamily, 25);
        QCOMPARE(p.logicalCpus, 4);
        QCOMPARE(p.physicalCores, 2);
        QCOMPARE(p.sockets, 1);
        QCOMPARE(p.isaFeatures,
            (QStringList { QStringLiteral("sse2"), QStringLiteral("sse4_1"), QStringLiteral("sse4_2"),
                QStringLiteral("avx"), QStringLiteral("avx2"), QStringLiteral("fma"),
                QStringLiteral("sha_ni"), QStringLiteral("aes") }));
        QCOMPARE(p.maxFrequencyKHz, 4850000);
        QCOMPARE(p.caches.size(), 4);
        QCOMPARE(p.caches.last().level, 3);
        QCOMPARE(p.caches.last().bytes, 32LL * 1024 * 1024);
        QCOMPARE(p.ramTotalBytes, 32768000LL * 1024);
        QCOMPARE(p.swapTotalBytes, 2097148LL * 1024);
        QCOMPARE(p.gpus.size(), 1); // the HDMI connector is not a second GPU
        QCOMPARE(p.gpus.first().vendor, QStringLiteral("AMD"));
        QCOMPARE(p.gpus.first().memoryBytes, 17163091968LL);
        QCOMPARE(p.gpus.first().driver, QStringLiteral("amdgpu"));
        QCOMPARE(p.gpus.first().temperatureC, std::optional<double>(61.0));
        QCOMPARE(p.cpuTemperatureC, std::optional<double>(65.25));
        QCOMPARE(p.cpuTemperatureSensor, QStringLiteral("k10temp Tctl"));
        QVERIFY(!p.batteryPresent);
        QCOMPARE(p.sessionType, QStringLiteral("wayland"));
        const QJsonObject j = p.toJson();
        QCOMPARE(j.value(QLatin1String("gpus")).toArray().size(), 1);
        QCOMPARE(j.value(QLatin1String("cpu_temperature_c")).toDouble(), 65.25);
    }
    void armBoardWithoutFrequencyOrGpu()
    {
        const MachineProfile p = readMachineProfile(fixture("proc-arm-sbc", "sys-arm-sbc"));
        QCOMPARE(p.cpuModel, QStringLiteral("Raspberry Pi 4 Model B Rev 1.4"));
        QCOMPARE(p.logicalCpus, 2);
        QVERIFY(p.isaFeatures.contains(QStringLiteral("asimd")));
        QCOMPARE(p.maxFrequencyKHz, -1);
        QVERIFY(p.gpus.isEmpty());
        QCOMPARE(p.cpuTemperatureC, std::optional<double>(48.312));
        QVERIFY(p.toJson().value(QLatin1String("swap_total_bytes")).toInteger() == 0);
    }
    void nvidiaCardSeenThroughDrmWhenNvmlIsAbsent()
    {
        const MachineProfile p = readMachineProfile(fixture("proc-amd-desktop", "sys-nvidia-desktop"));
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus.first().vendor, QStringLiteral("NVIDIA"));
        QCOMPARE(p.gpus.first().source, QStringLiteral("drm"));
        QCOMPARE(p.gpus.first().memoryBytes, -1); // unknown without NVML, not made up
    }
    void thisMachine()
    {
        const MachineProfile p = readMachineProfile(QDir::tempPath());
        QVERIFY(p.logicalCpus >= 1);
        QVERIFY(p.ramTotalBytes > 0);
        QVERIFY(p.diskFreeBytes >= 0);
        QVERIFY(!p.cpuModel.isEmpty());
        QCOMPARE(p.hardwareFingerprint(), readMachineProfile(QDir::tempPath()).hardwareFingerprint());
        const sc::core::platform::Nvml nv; // the driver's library: absent here, a reason, no crash
        QVERIFY(nv.isValid() || !nv.error().isEmpty());
    }
    void nvmlThroughTheRealLoader()
    {
        // A library with NVML's entry points (tests/fakes/fake_nvml.c), loaded by the same
        // dlopen/dlsym code the driver's libnvidia-ml.so.1 goes through.
        QTemporaryDir d;
        const QString gpus = d.filePath(QStringLiteral("gpus"));
        auto setGpus = [&](const QByteArray& text) {
            QFile f(gpus);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
        };
        setGpus("64 NVIDIA GeForce RTX 4070\n71 NVIDIA RTX A2000\n");
        qputenv("SC_FAKE_NVML", QFile::encodeName(gpus));
        {
            const sc::core::platform::Nvml missing(d.filePath(QStringLiteral("libnothing.so")));
            QVERIFY(!missing.isValid());
            QVERIFY(missing.error().contains(QStringLiteral("not found")));
            QVERIFY(missing.gpus().isEmpty());
            QVERIFY(!missing.hottestTemperatureC());
        }
        const sc::core::platform::Nvml nvml(QStringLiteral(SC_FAKE_NVML_LIB));
        QVERIFY2(nvml.isValid(), qPrintable(nvml.error()));
        const auto list = nvml.gpus();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].vendor, QStringLiteral("NVIDIA"));
        QCOMPARE(list[0].model, QStringLiteral("NVIDIA GeForce RTX 4070"));
        QCOMPARE(list[0].memoryBytes, 12LL << 30);
        QCOMPARE(list[0].driver, QStringLiteral("550.54.14-fake"));
        QCOMPARE(list[1].temperatureC, std::optional<double>(71));
        QCOMPARE(list[0].pciBusId, QStringLiteral("0000:01:00.0")); // "00000000:01:00.0" from NVML
        QCOMPARE(list[1].pciBusId, QStringLiteral("0000:02:00.0"));
        QCOMPARE(nvml.hottestTemperatureC(), std::optional<double>(71));
        setGpus("88 NVIDIA GeForce RTX 4070\n71 NVIDIA RTX A2000\n"); // heating up, read live
        QCOMPARE(nvml.hottestTemperatureC(), std::optional<double>(88));
        setGpus("200 NVIDIA GeForce RTX 4070\n"); // a broken sensor is no reading, not a fire
        QVERIFY(!nvml.hottestTemperatureC());
        // The profile lists NVML's GPUs.
        setGpus("55 NVIDIA GeForce RTX 4070\n");
        ProfileRoots roots;
        roots.proc = QStringLiteral(SC_TEST_DATA "/proc-amd-desktop");
        roots.sys = QStringLiteral(SC_TEST_DATA "/sys-vm-nothing");
        roots.nvmlLibrary = QStringLiteral(SC_FAKE_NVML_LIB);
        const MachineProfile p = readMachineProfile(roots);
        QCOMPARE(p.gpus.size(), 1);
        QCOMPARE(p.gpus[0].source, QStringLiteral("nvml"));
        QCOMPARE(p.gpus[0].temperatureC, std::optional<double>(55));
        qunsetenv("SC_FAKE_NVML");
    }
    void openClDevicesThroughTheIcdLoader()
    {
        // Debian's PoCL (scripts/setup.sh's test tools) is this machine's OpenCL driver: the CPU
        // as an OpenCL device, listed by the same loader code a GPU driver goes through.
        QString error;
        const QList<sc::core::platform::OpenClDevice> devices = sc::core::platform::listOpenClDevices(&error);
        QVERIFY2(!devices.isEmpty(), qPrintable(error));
        QVERIFY(error.isEmpty());
        const auto& d = devices.first();
        QVERIFY(!d.name.isEmpty());
        QVERIFY(!d.platform.isEmpty());
        QVERIFY(!d.driverVersion.isEmpty());
        QVERIFY(d.openclVersion.startsWith(QLatin1String("OpenCL ")));
        QVERIFY(d.globalMemoryBytes > 0);
        QVERIFY(d.computeUnits >= 1);
        QCOMPARE(d.type, QStringLiteral("cpu"));
        QVERIFY(d.pciBusId.isEmpty()); // a CPU has no PCI address
        // The profile: listed when asked, and matched to no GPU (it is the CPU).
        ProfileRoots roots = fixture("proc-amd-desktop", "sys-nvidia-desktop");
        QVERIFY(readMachineProfile(roots).openclDevices.isEmpty()); // off by default
        roots.useOpenCl = true;
        const MachineProfile p = readMachineProfile(roots);
        QCOMPARE(p.openclDevices.size(), devices.size());
        QCOMPARE(p.openclDevices.first().gpuIndex, -1);
        const QJsonObject first
            = p.toJson().value(QLatin1String("opencl_devices")).toArray().first().toObject();
        QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("cpu"));
        QVERIFY(first.value(QLatin1String("compute_units")).toInt() >= 1);
        // No loader at all: an empty list and the reason, no crash.
        QVERIFY(sc::core::platform::listOpenClDevices(&error, QStringLiteral("libno-opencl-here.so.1"))
                    .isEmpty());
        QVERIFY(error.contains(QLatin1String("no OpenCL loader")));
    }
    // What sc-gpu-probe prints, read back; a driver's own line before it, nonsense and a
    // device of an unknown kind do no harm.
    void theProbesAnswerReadsBackAndRefusesNonsense()
    {
        using namespace sc::core::platform;
        OpenClDevice d;
        d.name = QStringLiteral("NVIDIA GeForce RTX 4070");
        d.type = QStringLiteral("gpu");
        d.globalMemoryBytes = 12LL << 30;
        d.computeUnits = 46;
        d.pciBusId = QStringLiteral("0000:01:00.0");
        const QByteArray json = openClProbeJson(OpenClProbe { { d }, {} });
        OpenClProbe back = parseOpenClProbe("driver 550 says hello\n" + json + "\n");
        QCOMPARE(back.devices.size(), 1);
        QCOMPARE(back.devices.first().name, d.name);
        QCOMPARE(back.devices.first().globalMemoryBytes, 12LL << 30);
        QCOMPARE(back.devices.first().pciBusId, d.pciBusId);
        QVERIFY(back.error.isEmpty());
        back = parseOpenClProbe("not json");
        QVERIFY(back.devices.isEmpty());
        QVERIFY(!back.error.isEmpty());
        back = parseOpenClProbe(
            R"({"devices":[{"name":"x","type":"quantum","memory_bytes":1e300}],"error":""})");
        QCOMPARE(back.devices.first().type, QStringLiteral("other"));
        QCOMPARE(back.devices.first().globalMemoryBytes, -1);
    }

    void openClDevicesAreMatchedToTheirGpus()
    {
        using sc::core::platform::normalPciBusId;
        using sc::core::platform::OpenClDevice;
        QCOMPARE(normalPciBusId(QStringLiteral("00000000:01:00.0")), QStringLiteral("0000:01:00.0")); // NVML
        QCOMPARE(normalPciBusId(QStringLiteral("0000:0A:00.1")), QStringLiteral("0000:0a:00.1")); // DRM link
        QCOMPARE(normalPciBusId(QStringLiteral("03:00.0")), QStringLiteral("0000:03:00.0"));
        QVERIFY(normalPciBusId(QStringLiteral("card0")).isEmpty());
        QVERIFY(normalPciBusId(QStringLiteral("0000:01:00.9")).isEmpty());
        GpuInfo nv { QStringLiteral("NVIDIA"), QStringLiteral("RTX 4070"), 12LL << 30, QStringLiteral("550"),
            QStringLiteral("nvml"), QStringLiteral("0000:01:00.0"), std::nullopt };
        GpuInfo amd { QStringLiteral("AMD"), QStringLiteral("Radeon RX 7600"), 8LL << 30,
            QStringLiteral("amdgpu"), QStringLiteral("drm"), QStringLiteral("0000:03:00.0"), std::nullopt };
        GpuInfo intel { QStringLiteral("Intel"), QStringLiteral("UHD 770"), -1, QStringLiteral("i915"),
            QStringLiteral("drm"), QString(), std::nullopt };
        auto dev = [](const char* vendor, const char* type, const char* pci) {
            OpenClDevice d;
            d.vendor = QLatin1String(vendor);
            d.type = QLatin1String(type);
            d.pciBusId = QLatin1String(pci);
            return d;
        };
        QList<OpenClDevice> devices { dev("Advanced Micro Devices, Inc.", "gpu", "0000:03:00.0"),
            dev("NVIDIA Corporation", "gpu", "0000:01:00.0"), dev("Intel(R) Corporation", "gpu", ""),
            dev("AuthenticAMD", "cpu", "") };
        sc::core::platform::matchOpenClToGpus(devices, { nv, amd, intel });
        QCOMPARE(devices[0].gpuIndex, 1); // by address
        QCOMPARE(devices[1].gpuIndex, 0);
        QCOMPARE(devices[2].gpuIndex, 2); // no address: the only Intel GPU and the only Intel device
        QCOMPARE(devices[3].gpuIndex, -1); // PoCL on the CPU is no GPU
        // Two NVIDIA cards and no addresses: which is which cannot be told, so neither is matched.
        QList<OpenClDevice> twins { dev("NVIDIA Corporation", "gpu", ""),
            dev("NVIDIA Corporation", "gpu", "") };
        GpuInfo nv2 = nv;
        nv2.pciBusId = QStringLiteral("0000:02:00.0");
        sc::core::platform::matchOpenClToGpus(twins, { nv, nv2 });
        QCOMPARE(twins[0].gpuIndex, -1);
        QCOMPARE(twins[1].gpuIndex, -1);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
