// SPDX-License-Identifier: GPL-3.0-or-later
// The X11 idle source the engine benchmarks hand the engine (they link the core library).
#pragma once

#include "platform/linux/idle_linux.h"

#include <QByteArray>
#include <cstdio>
#include <memory>

namespace bench {

// The engine's X11 idle source on that display: SYNC alarms (what the platform picks), or the
// polled XScreenSaver one with --screensaver. Null when the display has neither.
inline std::unique_ptr<sc::core::IdleSource> x11IdleSource(const QByteArray& display, bool screensaver)
{
    using namespace sc::core::platform;
    if (!screensaver) {
        auto sync = std::make_unique<X11SyncIdleSource>(display);
        if (sync->isValid())
            return sync;
        std::fprintf(stderr, "no IDLETIME counter on %s\n", display.constData());
        return nullptr;
    }
    auto ss = std::make_unique<X11IdleSource>(display);
    return ss->isValid() ? std::move(ss) : nullptr;
}

} // namespace bench
