// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "platform/temperaturesource.h"

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

} // namespace sc::core::platform
