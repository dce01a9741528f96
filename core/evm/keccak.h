// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sc::evm {

// Ethereum's Keccak-256: the original Keccak padding, not NIST SHA3-256 (they differ in one
// byte of padding and so in every digest). OpenSSL 3.0 lacks it; Crypto++ (Debian's
// libcrypto++) has it. Addresses, selectors, event topics and transaction hashes all use it.
class Keccak256 final {
public:
    static constexpr int kDigestSize = 32;
    // The 32-byte digest of data.
    static QByteArray hash(QByteArrayView data);
};

} // namespace sc::evm
