// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>

namespace sc::core {

// Credit is counted in micro-tokens (1 token = 1'000'000 base units), an integer.
// A task's reward is derived from its estimated operations:
//   reward = ceil(ops * kMicroTokensPerGigaOp / 1e9), at least kMinimumReward.
// Returns nullopt when the result would overflow 64 bits (the caller rejects the task).
inline constexpr std::int64_t kMicroTokensPerGigaOp = 10;
inline constexpr std::int64_t kMinimumReward = 1;

std::optional<std::int64_t> rewardForOperations(std::uint64_t operations);

// Adds two credit amounts; nullopt on overflow or a negative operand.
std::optional<std::int64_t> addCredit(std::int64_t a, std::int64_t b);

} // namespace sc::core
