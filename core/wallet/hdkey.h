// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wallet/secretbytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace sc::core {

// The Ethereum key of a recovery phrase's seed: the private key and its EIP-55 address.
struct EthereumAccount {
    SecretBytes privateKey; // 32 bytes
    QString address; // "0x" + 40 hex digits, EIP-55 mixed case
};

// A BIP-32 extended private key: 32 secret bytes and a 32-byte chain code. Only private
// derivation (CKDpriv), hardened and normal, on libsecp256k1; no xprv/xpub text (nothing here
// needs to show or read one). The secret bytes are wiped when the key goes away.
class HdKey final {
    Q_DECLARE_TR_FUNCTIONS(HdKey)

public:
    static constexpr quint32 kHardened = 0x80000000u;
    // BIP-44, coin type 60 (Ether), account 0, external chain, first address: what MetaMask,
    // Trezor, Ledger and every other wallet use for the first account of a phrase.
    static constexpr char kEthereumPath[] = "m/44'/60'/0'/0/0";

    // The master key: HMAC-SHA512(key "Bitcoin seed", seed). A seed is 16 to 64 bytes.
    static std::optional<HdKey> fromSeed(QByteArrayView seed, QString* error);
    // Child `index` (hardened from kHardened up).
    std::optional<HdKey> child(quint32 index, QString* error) const;
    // Follows a path from parsePath() from this key.
    std::optional<HdKey> derive(const QList<quint32>& path, QString* error) const;
    // "m/44'/60'/0'/0/0": m, then up to 255 indexes below 2^31, each hardened with ', h or H.
    static std::optional<QList<quint32>> parsePath(const QString& path, QString* error);

    // The key at kEthereumPath of a BIP-39 seed and its address.
    static std::optional<EthereumAccount> ethereumAccount(QByteArrayView seed, QString* error);
    // The EIP-55 address of a 32-byte private key; empty when it is not a valid key.
    static QString addressOf(QByteArrayView privateKey, QString* error);

    const SecretBytes& privateKey() const { return m_key; }
    const SecretBytes& chainCode() const { return m_chainCode; }
    // The 33-byte compressed public key (SEC1).
    QByteArray publicKey() const;
    int depth() const { return m_depth; }

private:
    HdKey(SecretBytes key, SecretBytes chainCode, int depth);
    SecretBytes m_key;
    SecretBytes m_chainCode;
    int m_depth = 0;
};

} // namespace sc::core
