// SPDX-License-Identifier: GPL-3.0-or-later
// NVML on Windows: nvml.dll loaded at run time by winplatform.cpp; this only converts.
#include "platform/win/winplatform.h"
#include "profile/machineprofile.h"

#include <string>

namespace sc::core {

QList<GpuInfo> readNvmlGpus(QString* why)
{
    std::string reason;
    QList<GpuInfo> out;
    for (const platform::win::GpuRaw& raw : platform::win::nvmlGpus(&reason)) {
        GpuInfo g;
        g.vendor = QStringLiteral("NVIDIA");
        g.source = QStringLiteral("nvml");
        g.model = QString::fromStdString(raw.name);
        g.driver = QString::fromStdString(raw.driver);
        if (raw.memoryBytes > 0)
            g.memoryBytes = static_cast<qint64>(raw.memoryBytes);
        g.temperatureC = raw.temperature;
        out.append(g);
    }
    if (why)
        *why = QString::fromStdString(reason);
    return out;
}

} // namespace sc::core
