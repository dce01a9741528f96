// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace sc::core {

// An Ed25519 key pair (OpenSSL). The private half is never logged; on disk it is a PEM file
// with mode 0600.
class DeviceKey final {
public:
    ~DeviceKey();
    DeviceKey(DeviceKey&&) noexcept;
    DeviceKey& operator=(DeviceKey&&) noexcept;

    static DeviceKey generate();
    // Loads the key at path, or creates it (mode 0600) when missing. On failure returns
    // nullopt and sets *error to a message for the user.
    static std::optional<DeviceKey> loadOrCreate(const QString& path, QString* error);
    // Reads the key at path; nullopt and *error when it is missing or damaged.
    static std::optional<DeviceKey> load(const QString& path, QString* error);
    // Writes the key to path (mode 0600, written whole and synced, then renamed into place).
    bool save(const QString& path, QString* error) const;
    bool valid() const;
    // The 32-byte private key, for a backup in the system keychain (wipe it after use), and
    // back; nullopt when bytes are not a key.
    QByteArray privateKeyBytes() const;
    static std::optional<DeviceKey> fromPrivateKeyBytes(const QByteArray& bytes);

    QByteArray publicKey() const; // 32 raw bytes
    QByteArray sign(const QByteArray& message) const; // 64 bytes

private:
    struct Impl;
    explicit DeviceKey(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

// Verifies an Ed25519 signature against a raw 32-byte public key.
bool verifyEd25519(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// The string a request signature covers:
// "METHOD\nPATH\nTIMESTAMP\nNONCE\nhex(sha256(body))". The nonce (32 lowercase hex, fresh per
// request) keeps two identical requests in the same second from looking like a replay.
QByteArray canonicalRequest(const QByteArray& method, const QByteArray& path, qint64 timestamp,
    const QByteArray& nonce, const QByteArray& body);

} // namespace sc::core
