// SPDX-License-Identifier: GPL-3.0-or-later
#include "credit.h"

#include <limits>

namespace sc::core {

std::optional<std::int64_t> rewardForOperations(std::uint64_t operations)
{
    constexpr std::uint64_t giga = 1'000'000'000ULL;
    // ceil(ops * rate / 1e9) computed without overflowing the product.
    const std::uint64_t whole = operations / giga;
    const std::uint64_t rest = operations % giga;
    constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    const auto rate = static_cast<std::uint64_t>(kMicroTokensPerGigaOp);
    if (whole > max / rate)
        return std::nullopt;
    std::uint64_t reward = whole * rate;
    const std::uint64_t partial = (rest * rate + giga - 1) / giga; // rest*rate < 1e10: no overflow
    if (reward > max - partial)
        return std::nullopt;
    reward += partial;
    if (reward < static_cast<std::uint64_t>(kMinimumReward))
        reward = static_cast<std::uint64_t>(kMinimumReward);
    return static_cast<std::int64_t>(reward);
}

std::optional<std::int64_t> addCredit(std::int64_t a, std::int64_t b)
{
    if (a < 0 || b < 0 || a > std::numeric_limits<std::int64_t>::max() - b)
        return std::nullopt;
    return a + b;
}

} // namespace sc::core
