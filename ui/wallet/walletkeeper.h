// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wallet/keystore.h"
#include "wallet/secretbytes.h"
#include "wallet/walletstore.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace sc::core {
class Settings;
}

namespace sc::ui {

// What the wallet dialog does with the key, without a widget: takes it from recovery words or
// a wallet file, saves it in the store and makes its address the payout address, and writes a
// password-locked copy of it. Holds the key only between taking and saving it. Messages are
// for the user, already translated; every one that stops a save says that nothing was saved.
class WalletKeeper final {
    Q_DECLARE_TR_FUNCTIONS(WalletKeeper)
public:
    static constexpr int kMinPasswordLength = 8;
    // Runs work while the user is told label: on a worker thread when onWorker (scrypt), on
    // this one otherwise (the keychain's own wait). Empty: work just runs.
    using Runner
        = std::function<void(const QString& label, bool onWorker, const std::function<void()>& work)>;
    struct Saved {
        QString address; // EIP-55, now the payout address
        QString previousPayout; // the payout address before; empty if none
    };

    // settings is not owned and outlives the keeper.
    WalletKeeper(core::Settings* settings, core::Keystore::ScryptParams exportParams, Runner run = {});

    // Why a new password will not do (too short, the two differ); empty when it will.
    static QString checkNewPassword(const QString& first, const QString& again);

    // Takes the first account's key of a BIP-39 phrase; false and *error otherwise.
    bool takeWords(const QString& phrase, QString* error);
    // Takes the key of a Web3 keystore file at path, unlocked with password, and keeps the
    // password for wallet.json; false and *error otherwise.
    bool takeKeystoreFile(const QString& path, const QString& password, QString* error);
    // The password of the wallet file taken last; empty when none.
    QString filePassword() const { return m_filePassword; }
    bool holdsKey() const { return m_key.has_value(); }

    // Saves the key taken, or else the first account's key of words (a new wallet), in store
    // under password, sets payout_address and wallet_store, and forgets the key.
    std::optional<Saved> saveKey(
        core::WalletSecretStore& store, const QStringList& words, const QString& password, QString* error);
    // Writes the key in store to a new file at path (never over one), locked with password:
    // the store's own password for the file store, a new one (typed twice) for the keychain.
    // Returns the wallet's address.
    std::optional<QString> exportCopy(core::WalletSecretStore& store, const QString& path,
        const QString& password, const QString& again, QString* error);

private:
    void run(const QString& label, bool onWorker, const std::function<void()>& work) const;

    core::Settings* m_settings;
    core::Keystore::ScryptParams m_exportParams;
    Runner m_run;
    std::optional<core::SecretBytes> m_key;
    QString m_filePassword; // a wallet file's own password, kept for wallet.json
};

} // namespace sc::ui
