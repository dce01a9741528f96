// SPDX-License-Identifier: GPL-3.0-or-later
// OpenCL devices through the ICD loader, loaded at run time: the headers give the types and
// constants (opencl-headers), nothing links against libOpenCL.
#include "platform/opencl.h"

#define CL_TARGET_OPENCL_VERSION 120
#include <CL/cl.h>
#include <CL/cl_ext.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLibrary>
#include <QRegularExpression>
#include <vector>

namespace sc::core::platform {

namespace {
    // NVIDIA's own attribute (cl_nv_device_attribute_query), for drivers without
    // cl_khr_pci_bus_info; not in Khronos' headers.
    constexpr cl_device_info kPciBusIdNv = 0x4008;
    constexpr cl_device_info kPciSlotIdNv = 0x4009;
    constexpr cl_device_info kPciDomainIdNv = 0x400A;

    struct Api {
        decltype(&clGetPlatformIDs) platforms = nullptr;
        decltype(&clGetPlatformInfo) platformInfo = nullptr;
        decltype(&clGetDeviceIDs) devices = nullptr;
        decltype(&clGetDeviceInfo) deviceInfo = nullptr;
    };

    QString deviceString(const Api& api, cl_device_id d, cl_device_info what)
    {
        size_t size = 0;
        if (api.deviceInfo(d, what, 0, nullptr, &size) != CL_SUCCESS || size == 0 || size > 4096)
            return {};
        std::vector<char> buf(size + 1, 0);
        if (api.deviceInfo(d, what, size, buf.data(), nullptr) != CL_SUCCESS)
            return {};
        return QString::fromUtf8(buf.data()).trimmed();
    }

    template <typename T> bool deviceValue(const Api& api, cl_device_id d, cl_device_info what, T* out)
    {
        size_t size = 0;
        return api.deviceInfo(d, what, sizeof(T), out, &size) == CL_SUCCESS && size == sizeof(T);
    }

    QString pciAddress(unsigned domain, unsigned bus, unsigned device, unsigned function)
    {
        return QStringLiteral("%1:%2:%3.%4")
            .arg(domain, 4, 16, QLatin1Char('0'))
            .arg(bus, 2, 16, QLatin1Char('0'))
            .arg(device, 2, 16, QLatin1Char('0'))
            .arg(function, 1, 16);
    }

    QString devicePciBusId(const Api& api, cl_device_id d, const QString& extensions)
    {
        if (extensions.contains(QLatin1String("cl_khr_pci_bus_info"))) {
            cl_device_pci_bus_info_khr info {};
            if (deviceValue(api, d, CL_DEVICE_PCI_BUS_INFO_KHR, &info))
                return pciAddress(info.pci_domain, info.pci_bus, info.pci_device, info.pci_function);
        }
        if (extensions.contains(QLatin1String("cl_nv_device_attribute_query"))) {
            cl_uint bus = 0, slot = 0, domain = 0;
            if (deviceValue(api, d, kPciBusIdNv, &bus) && deviceValue(api, d, kPciSlotIdNv, &slot)) {
                deviceValue(api, d, kPciDomainIdNv, &domain); // older drivers: domain 0
                return pciAddress(domain, bus, slot >> 3, slot & 7);
            }
        }
        if (extensions.contains(QLatin1String("cl_amd_device_attribute_query"))) {
            cl_device_topology_amd t {};
            if (deviceValue(api, d, CL_DEVICE_TOPOLOGY_AMD, &t)
                && t.raw.type == CL_DEVICE_TOPOLOGY_TYPE_PCIE_AMD)
                return pciAddress(0, static_cast<unsigned char>(t.pcie.bus),
                    static_cast<unsigned char>(t.pcie.device), static_cast<unsigned char>(t.pcie.function));
        }
        return {};
    }

    QString typeName(cl_device_type t)
    {
        if (t & CL_DEVICE_TYPE_GPU)
            return QStringLiteral("gpu");
        if (t & CL_DEVICE_TYPE_ACCELERATOR)
            return QStringLiteral("accelerator");
        if (t & CL_DEVICE_TYPE_CPU)
            return QStringLiteral("cpu");
        return QStringLiteral("other");
    }

    // The vendor as GpuInfo names it ("NVIDIA", "AMD", "Intel"), from the device's own words.
    QString vendorKey(const QString& vendor)
    {
        const QString v = vendor.toLower();
        if (v.contains(QLatin1String("nvidia")))
            return QStringLiteral("NVIDIA");
        if (v.contains(QLatin1String("advanced micro devices")) || v.contains(QLatin1String("amd")))
            return QStringLiteral("AMD");
        if (v.contains(QLatin1String("intel")))
            return QStringLiteral("Intel");
        return vendor;
    }
} // namespace

QList<OpenClDevice> listOpenClDevices(QString* error, const QString& library)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return QList<OpenClDevice>();
    };
#ifdef Q_OS_WIN
    QLibrary lib(library.isEmpty() ? QStringLiteral("OpenCL") : library);
#else
    QLibrary lib(library.isEmpty() ? QStringLiteral("libOpenCL.so.1") : library);
#endif
    // The loader stays loaded: drivers do not expect to be unloaded under a running program.
    lib.setLoadHints(QLibrary::PreventUnloadHint);
    if (!lib.load())
        return fail(QStringLiteral("no OpenCL loader (libOpenCL) installed"));
    Api api;
    api.platforms = reinterpret_cast<decltype(api.platforms)>(lib.resolve("clGetPlatformIDs"));
    api.platformInfo = reinterpret_cast<decltype(api.platformInfo)>(lib.resolve("clGetPlatformInfo"));
    api.devices = reinterpret_cast<decltype(api.devices)>(lib.resolve("clGetDeviceIDs"));
    api.deviceInfo = reinterpret_cast<decltype(api.deviceInfo)>(lib.resolve("clGetDeviceInfo"));
    if (!api.platforms || !api.platformInfo || !api.devices || !api.deviceInfo)
        return fail(QStringLiteral("the OpenCL loader lacks the OpenCL 1.2 calls"));
    cl_uint platformCount = 0;
    // CL_PLATFORM_NOT_FOUND_KHR (-1001): the loader found no driver.
    if (api.platforms(0, nullptr, &platformCount) != CL_SUCCESS || platformCount == 0)
        return fail(QStringLiteral("no OpenCL driver installed"));
    std::vector<cl_platform_id> platforms(std::min<cl_uint>(platformCount, 32));
    api.platforms(static_cast<cl_uint>(platforms.size()), platforms.data(), nullptr);
    QList<OpenClDevice> out;
    for (cl_platform_id p : platforms) {
        char platformName[256] = {};
        api.platformInfo(p, CL_PLATFORM_NAME, sizeof platformName - 1, platformName, nullptr);
        cl_uint count = 0;
        if (api.devices(p, CL_DEVICE_TYPE_ALL, 0, nullptr, &count) != CL_SUCCESS || count == 0)
            continue;
        std::vector<cl_device_id> ids(std::min<cl_uint>(count, 64));
        if (api.devices(p, CL_DEVICE_TYPE_ALL, static_cast<cl_uint>(ids.size()), ids.data(), nullptr)
            != CL_SUCCESS)
            continue;
        for (cl_device_id d : ids) {
            OpenClDevice dev;
            dev.platform = QString::fromUtf8(platformName).trimmed();
            dev.name = deviceString(api, d, CL_DEVICE_NAME);
            dev.vendor = deviceString(api, d, CL_DEVICE_VENDOR);
            dev.driverVersion = deviceString(api, d, CL_DRIVER_VERSION);
            dev.openclVersion = deviceString(api, d, CL_DEVICE_VERSION);
            cl_device_type type = 0;
            if (deviceValue(api, d, CL_DEVICE_TYPE, &type))
                dev.type = typeName(type);
            cl_ulong memory = 0;
            if (deviceValue(api, d, CL_DEVICE_GLOBAL_MEM_SIZE, &memory))
                dev.globalMemoryBytes = static_cast<qint64>(memory);
            cl_uint units = 0;
            if (deviceValue(api, d, CL_DEVICE_MAX_COMPUTE_UNITS, &units))
                dev.computeUnits = static_cast<int>(units);
            dev.pciBusId = devicePciBusId(api, d, deviceString(api, d, CL_DEVICE_EXTENSIONS));
            out.append(dev);
        }
    }
    if (out.isEmpty())
        return fail(QStringLiteral("the OpenCL drivers report no device"));
    if (error)
        error->clear();
    return out;
}

QJsonObject toJson(const OpenClDevice& d)
{
    return QJsonObject { { QStringLiteral("name"), d.name }, { QStringLiteral("vendor"), d.vendor },
        { QStringLiteral("type"), d.type }, { QStringLiteral("memory_bytes"), d.globalMemoryBytes },
        { QStringLiteral("compute_units"), d.computeUnits }, { QStringLiteral("driver"), d.driverVersion },
        { QStringLiteral("opencl_version"), d.openclVersion }, { QStringLiteral("platform"), d.platform },
        { QStringLiteral("pci_bus_id"), d.pciBusId }, { QStringLiteral("gpu_index"), d.gpuIndex } };
}

OpenClDevice openClDeviceFromJson(const QJsonObject& o)
{
    auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString().left(256); };
    OpenClDevice d;
    d.name = text("name");
    d.vendor = text("vendor");
    d.type = text("type");
    if (d.type != QLatin1String("gpu") && d.type != QLatin1String("cpu")
        && d.type != QLatin1String("accelerator"))
        d.type = QStringLiteral("other");
    const double memory = o.value(QLatin1String("memory_bytes")).toDouble(-1);
    d.globalMemoryBytes = memory >= 0 && memory < 9e15 ? static_cast<qint64>(memory) : -1;
    const double units = o.value(QLatin1String("compute_units")).toDouble(-1);
    d.computeUnits = units >= 0 && units < 1e6 ? static_cast<int>(units) : -1;
    d.driverVersion = text("driver");
    d.openclVersion = text("opencl_version");
    d.platform = text("platform");
    d.pciBusId = normalPciBusId(text("pci_bus_id"));
    return d; // gpu_index is this computer's to decide (matchOpenClToGpus)
}

QByteArray openClProbeJson(const OpenClProbe& probe)
{
    QJsonArray devices;
    for (const OpenClDevice& d : probe.devices)
        devices.append(toJson(d));
    return QJsonDocument(
        QJsonObject { { QStringLiteral("devices"), devices }, { QStringLiteral("error"), probe.error } })
        .toJson(QJsonDocument::Compact);
}

OpenClProbe parseOpenClProbe(const QByteArray& json)
{
    OpenClProbe out;
    QJsonParseError err {};
    // The last line that says anything: a driver may print its own words before ours.
    const QList<QByteArray> lines = json.left(1024 * 1024).trimmed().split('\n');
    const QJsonDocument doc = QJsonDocument::fromJson(lines.last().trimmed(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = QStringLiteral("the GPU probe gave no readable answer");
        return out;
    }
    const QJsonObject o = doc.object();
    out.error = o.value(QLatin1String("error")).toString().left(512);
    for (const QJsonValue& v : o.value(QLatin1String("devices")).toArray()) {
        if (v.isObject() && out.devices.size() < kMaxOpenClDevices)
            out.devices.append(openClDeviceFromJson(v.toObject()));
    }
    return out;
}

QString normalPciBusId(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:([0-9a-fA-F]{4,8}):)?([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\\.([0-7])$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const unsigned domain = m.captured(1).isEmpty() ? 0 : m.captured(1).toUInt(nullptr, 16);
    return pciAddress(domain, m.captured(2).toUInt(nullptr, 16), m.captured(3).toUInt(nullptr, 16),
        m.captured(4).toUInt(nullptr, 16));
}

void matchOpenClToGpus(QList<OpenClDevice>& devices, const QList<GpuInfo>& gpus)
{
    for (OpenClDevice& d : devices) {
        d.gpuIndex = -1;
        if (d.type != QLatin1String("gpu") && d.type != QLatin1String("accelerator"))
            continue;
        if (!d.pciBusId.isEmpty()) {
            for (int i = 0; i < gpus.size(); ++i) {
                if (normalPciBusId(gpus[i].pciBusId) == d.pciBusId)
                    d.gpuIndex = i;
            }
        }
    }
    // Without addresses: a vendor with one OpenCL GPU and one GPU is that GPU.
    for (OpenClDevice& d : devices) {
        if (d.gpuIndex >= 0 || (d.type != QLatin1String("gpu") && d.type != QLatin1String("accelerator")))
            continue;
        const QString vendor = vendorKey(d.vendor);
        int sameVendorDevices = 0, match = -1, sameVendorGpus = 0;
        for (const OpenClDevice& o : devices)
            sameVendorDevices += (o.type == d.type && vendorKey(o.vendor) == vendor) ? 1 : 0;
        for (int i = 0; i < gpus.size(); ++i) {
            if (gpus[i].vendor == vendor) {
                ++sameVendorGpus;
                match = i;
            }
        }
        if (sameVendorDevices == 1 && sameVendorGpus == 1)
            d.gpuIndex = match;
    }
}

} // namespace sc::core::platform
