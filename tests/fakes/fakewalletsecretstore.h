// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wallet/walletstore.h"

// A keychain that answers (or, with answers = false, one that is not there), in memory.
class FakeKeychainStore final : public sc::core::WalletSecretStore {
public:
    explicit FakeKeychainStore(bool answers)
        : m_answers(answers)
    {
    }
    Backend backend() const override { return Backend::Keychain; }
    QString describe() const override { return QStringLiteral("the fake keychain"); }
    bool needsPassword() const override { return false; }
    std::optional<bool> hasSecret(Error* error) override
    {
        if (!m_answers) {
            *error = { Error::Kind::NoKeychain, QStringLiteral("No system keychain is available (fake).") };
            return std::nullopt;
        }
        return !m_key.isEmpty();
    }
    bool save(QByteArrayView privateKey, const QString&, Error* error) override
    {
        const std::optional<bool> has = hasSecret(error);
        if (!has)
            return false;
        if (*has) {
            *error = { Error::Kind::Exists, QStringLiteral("exists") };
            return false;
        }
        m_key = privateKey.toByteArray();
        return true;
    }
    std::optional<sc::core::SecretBytes> load(const QString&, Error* error) override
    {
        if (!hasSecret(error).value_or(false)) {
            if (m_answers)
                *error = { Error::Kind::NotFound, QStringLiteral("none") };
            return std::nullopt;
        }
        return sc::core::SecretBytes(m_key);
    }

private:
    bool m_answers;
    QByteArray m_key;
};
