// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace sc::core::bip39 {

// The BIP-39 English word list as published: 2048 lowercase ASCII words, one per line, in
// order. Embedded at build time from Debian's python3-mnemonic (core/wallet/CMakeLists.txt).
std::string_view englishWordList();

} // namespace sc::core::bip39
