// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <functional>

namespace sc::core {

// The two clocks the engine reads, injected so tests decide what time it is.
// Wall time (unix seconds) is for what the hub and the user see: deadlines in descriptors,
// contribution minutes, "paused until". Monotonic time (milliseconds from any origin) is for
// everything the engine waits on itself: backoff, retries, poll intervals, status throttling —
// so a wall-clock jump never makes it wait a day or retry in a storm.
using WallClock = std::function<qint64()>; // unix seconds
using MonoClock = std::function<qint64()>; // milliseconds, never goes back

} // namespace sc::core
