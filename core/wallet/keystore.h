// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sc::core {

// Web3 Secret Storage Definition, version 3: the encrypted key file that geth, MetaMask
// ("import JSON file"), MyEtherWallet and others read and write. A 32-byte private key is
// encrypted with AES-128-CTR under the first 16 bytes of a key derived from the password; the
// file's mac is Keccak-256(derived key bytes 16..31 || ciphertext), which is how a wrong
// password is told apart from a right one.
//
// Writes scrypt files; reads scrypt and PBKDF2 (HMAC-SHA256) files. The work a file may ask
// for is capped (kMax*), so a hostile file cannot make the app allocate gigabytes or spin for
// minutes.
class Keystore final {
    Q_DECLARE_TR_FUNCTIONS(Keystore)

public:
    // scrypt's cost. The default is geth's "standard" (256 MiB, about a second); tests lower n.
    struct ScryptParams {
        quint64 n = 262144;
        quint32 r = 8;
        quint32 p = 1;
    };
    // A file asking for more than these is refused before any work is done.
    static constexpr quint64 kMaxScryptN = quint64(1) << 20;
    static constexpr quint64 kMaxScryptMemoryBytes = quint64(1) << 30; // 128 * n * r
    static constexpr quint64 kMaxScryptWork = quint64(1) << 23; // n * r * p
    static constexpr quint64 kMaxPbkdf2Rounds = 10'000'000;
    static constexpr qsizetype kMaxFileBytes = 64 * 1024;

    struct Error {
        enum class Kind {
            None,
            WrongPassword, // the mac does not match: nothing else is wrong with the file
            Malformed, // not JSON, a field missing, not hex, wrong lengths
            Unsupported, // a version, cipher, kdf or prf this code does not know
            TooCostly, // kdf parameters past the caps above
            Mismatch, // the file's address is not its key's
            System, // OpenSSL or the random number generator failed
        };
        Kind kind = Kind::None;
        QString message; // for the user
    };

    // The keystore file for privateKey (32 bytes) under password, as compact JSON: version 3, a
    // random (v4) id, the address (lower case, no 0x, as geth writes it) and crypto {cipher
    // aes-128-ctr, cipherparams.iv, ciphertext, kdf scrypt, kdfparams {dklen 32, n, r, p,
    // salt}, mac}. Fresh 32-byte salt and 16-byte iv from RAND_bytes.
    static std::optional<QByteArray> encrypt(
        QByteArrayView privateKey, const QString& password, const ScryptParams& params, Error* error);
    // The private key inside a keystore file; *error says what is wrong otherwise.
    static std::optional<SecretBytes> decrypt(QByteArrayView json, const QString& password, Error* error);
    // The address a keystore file names ("0x" + EIP-55), without decrypting; empty if none.
    static QString addressOf(QByteArrayView json);
};

} // namespace sc::core
