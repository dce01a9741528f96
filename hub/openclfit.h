// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace sc::hub {

// Which OpenCL device of a device's profile can take GPU work (docs/protocol.md "GPU work"):
// pure, from the profile JSON the device registered (opencl_devices: objects with type and
// memory_bytes, core/profile/machineprofile.cpp).
class OpenClFit final {
public:
    // The most global memory of one OpenCL device of type "gpu" or "accelerator" (with
    // acceptCpuDevices also "cpu": PoCL, for a demo or a test on a machine without a GPU);
    // 0 when the profile names none, or is not JSON.
    static qint64 largestMemoryBytes(const QByteArray& profileJson, bool acceptCpuDevices);
};

} // namespace sc::hub
