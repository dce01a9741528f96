// SPDX-License-Identifier: GPL-3.0-or-later
// sc-gpu-probe: lists the OpenCL devices of this computer's drivers as one line of JSON
// ({"devices": [...], "error": "..."}, platform/opencl.h) and exits. The engine runs it as a
// child process instead of loading GPU drivers into itself: a driver that crashes or hangs
// while it starts takes only this process with it.
#include "platform/opencl.h"

#include <cstdio>

int main(int argc, char** argv)
{
    // Tests point the probe at a loader of their own.
    const QString library
        = argc > 2 && qstrcmp(argv[1], "--library") == 0 ? QString::fromLocal8Bit(argv[2]) : QString();
    sc::core::platform::OpenClProbe probe;
    probe.devices = sc::core::platform::listOpenClDevices(&probe.error, library);
    const QByteArray json = sc::core::platform::openClProbeJson(probe);
    std::fwrite(json.constData(), 1, static_cast<size_t>(json.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
