// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/temperaturesource.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sc::core::platform {

// One OpenCL device as its driver describes it: what GPU task programs (sc-matmul) can run on.
struct OpenClDevice {
    QString name;
    QString vendor;
    QString type; // "gpu", "cpu", "accelerator", "other"
    qint64 globalMemoryBytes = -1;
    int computeUnits = -1;
    QString driverVersion;
    QString openclVersion; // "OpenCL 3.0 …" as the device says
    QString platform; // the platform (driver) name
    QString pciBusId; // "0000:01:00.0" where the driver tells it (lowercase hex), else empty
    int gpuIndex = -1; // the matching entry of MachineProfile::gpus (NVML/DRM view), or -1
};

// The OpenCL devices of every installed driver, through the ICD loader loaded at run time
// (libOpenCL.so.1; OpenCL.dll on Windows): no build or install dependency on any driver, and a
// machine without OpenCL gets an empty list and the reason in *error. `library` is for tests.
QList<OpenClDevice> listOpenClDevices(QString* error = nullptr, const QString& library = {});

// "0000:01:00.0" from NVML's "00000000:01:00.0" or DRM's device link name; lowercase, a 4-digit
// domain. Empty when the text is no PCI address.
QString normalPciBusId(const QString& text);

// Sets each device's gpuIndex to the GPU it is: the same PCI address where both know it, else
// the only GPU of the same vendor when there is exactly one such device and one such GPU. A
// CPU device (PoCL) matches none.
void matchOpenClToGpus(QList<OpenClDevice>& devices, const QList<GpuInfo>& gpus);

// A device as the profile and the probe program write it (name, vendor, type, memory_bytes,
// compute_units, driver, opencl_version, platform, pci_bus_id, gpu_index) and back; fromJson
// takes only strings and numbers of sane size, so a broken probe cannot put anything odd in.
QJsonObject toJson(const OpenClDevice& d);
OpenClDevice openClDeviceFromJson(const QJsonObject& o);

// What sc-gpu-probe prints: {"devices": [...], "error": "..."}. The engine runs it in a child
// process, because loading a GPU driver into the engine could crash or hang it (BOINC probes in
// a child for the same reason); parseOpenClProbe reads that reply and says why when it cannot.
struct OpenClProbe {
    QList<OpenClDevice> devices;
    QString error; // why there are none (no loader, no driver, the probe failed)
};
QByteArray openClProbeJson(const OpenClProbe& probe);
OpenClProbe parseOpenClProbe(const QByteArray& json);
inline constexpr int kMaxOpenClDevices = 16;

} // namespace sc::core::platform
