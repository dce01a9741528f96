// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <functional>

namespace sc::core {

// Jittered exponential backoff ("full jitter"): the n-th retry waits a uniformly random
// time in [0, min(cap, base * 2^n)]. The random source is injected so tests are exact.
class Backoff final {
public:
    using Ms = std::chrono::milliseconds;
    // Returns a value in [0, 1).
    using RandomFn = std::function<double()>;

    Backoff(Ms base, Ms cap, RandomFn random01);

    // Delay before the next attempt; advances the attempt counter.
    Ms next();
    // Upper bound of the window for the next attempt, without advancing.
    Ms currentCeiling() const;
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    Ms m_base;
    Ms m_cap;
    RandomFn m_random;
    int m_attempt = 0;
};

} // namespace sc::core
