// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "evm/uint256.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace sc::evm {

// A recoverable ECDSA signature: r, s (s in the lower half of the order, as Ethereum requires)
// and the recovery id (0 or 1 for keys from this class; EIP-1559's yParity).
struct RecoverableSignature {
    Uint256 r;
    Uint256 s;
    int recoveryId = 0;
};

// A secp256k1 private key (libsecp256k1): the hub's payout account. The 32 secret bytes live
// only inside this object, are never logged or returned, and are wiped when it is destroyed.
// On disk a key is 64 hex digits and a newline in a file of mode 0600; a file that group or
// others may read is refused.
class Secp256k1Key final {
    Q_DECLARE_TR_FUNCTIONS(Secp256k1Key)

public:
    // A moved-from key holds nothing and must not be used.
    ~Secp256k1Key();
    Secp256k1Key(Secp256k1Key&&) noexcept;
    Secp256k1Key& operator=(Secp256k1Key&&) noexcept;
    Secp256k1Key(const Secp256k1Key&) = delete;
    Secp256k1Key& operator=(const Secp256k1Key&) = delete;

    // A fresh key from OpenSSL's CSPRNG; nullopt with *error if the generator fails.
    static std::optional<Secp256k1Key> generate(QString* error);
    // From 32 big-endian secret bytes; nullopt when they are not a valid key (zero, or not
    // below the curve order).
    static std::optional<Secp256k1Key> fromBytes(QByteArrayView secret, QString* error);
    // Reads a key file (64 hex digits, either case, and an optional newline); *error (for the
    // user) says what is wrong: missing, a symbolic link or not a regular file, readable by group
    // or others, not 64 hex digits, not a valid key.
    static std::optional<Secp256k1Key> loadFile(const QString& path, QString* error);
    // Writes the key as a new file of mode 0600 (64 lowercase hex digits and a newline). Never
    // overwrites: an existing file may be the only copy of a funded key.
    bool saveFile(const QString& path, QString* error) const;

    // The uncompressed public key without its 0x04 prefix: X || Y, 64 bytes.
    QByteArray publicKey() const;
    // The EVM address: the last 20 bytes of Keccak-256(publicKey()).
    QByteArray address() const;
    // A deterministic (RFC 6979) recoverable signature of a 32-byte hash; nullopt when the hash
    // is not 32 bytes.
    std::optional<RecoverableSignature> sign(QByteArrayView hash) const;

    // The 20-byte address whose key signed hash, or nullopt when the signature is invalid.
    // recoveryId is 0..3 (for EIP-155's v: v - 35 - 2 * chainId; for 27/28: v - 27).
    static std::optional<QByteArray> recoverAddress(
        QByteArrayView hash, const Uint256& r, const Uint256& s, int recoveryId);
    // The address of a 64-byte X || Y public key.
    static QByteArray addressOf(QByteArrayView publicKey);

private:
    struct Impl;
    explicit Secp256k1Key(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace sc::evm
