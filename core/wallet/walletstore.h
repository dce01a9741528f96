// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wallet/keystore.h"
#include "wallet/secretbytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace sc::core {

// Where the private key of the wallet the app made lives (docs/wallet.md, "A wallet made by
// the app"). Never the recovery words, never QSettings, never a log. Two places:
// - the OS keychain (QtKeychain: Secret Service or KWallet on Linux, Keychain on macOS,
//   Credential Manager on Windows), which needs no password of the app's own;
// - where no keychain answers (headless, CI, a desktop without one), a Web3 keystore v3 file
//   "wallet.json" (mode 0600) in the data folder, under a password the user chooses.
// backend() and describe() say which, so the user can be told.
//
// The calls block: the keychain answers in a local event loop with a time limit. The CLI
// uses them as they are; the tray app calls them from a worker or accepts the short wait.
class WalletSecretStore {
public:
    enum class Backend { Keychain, KeystoreFile };
    struct Error {
        enum class Kind {
            None,
            NoKeychain, // no keychain answered (not installed, not running, timed out)
            NotFound, // no wallet key stored here
            Exists, // a key is stored already; it is never replaced
            WrongPassword,
            Damaged, // the stored key or file is unreadable
            Io, // the file could not be written or read
        };
        Kind kind = Kind::None;
        QString message; // for the user
    };

    virtual ~WalletSecretStore() = default;
    virtual Backend backend() const = 0;
    // For the user, e.g. "the system keychain" or "the encrypted file /home/…/wallet.json".
    virtual QString describe() const = 0;
    // True when save() and load() need the user's password (the file; not the keychain).
    virtual bool needsPassword() const = 0;
    // Whether a key is stored; nullopt with *error when the store cannot be asked.
    virtual std::optional<bool> hasSecret(Error* error) = 0;
    // Stores a 32-byte private key; refuses (Exists) when one is stored already.
    virtual bool save(QByteArrayView privateKey, const QString& password, Error* error) = 0;
    virtual std::optional<SecretBytes> load(const QString& password, Error* error) = 0;
};

// The OS keychain through QtKeychain: one entry per data folder (service "SpareCycles").
class KeychainWalletStore final : public WalletSecretStore {
    Q_DECLARE_TR_FUNCTIONS(KeychainWalletStore)

public:
    // dataDir names the entry, so two data folders hold two wallets. A job that has not
    // answered after timeoutMs counts as "no keychain".
    explicit KeychainWalletStore(const QString& dataDir, int timeoutMs = 5000);
    Backend backend() const override { return Backend::Keychain; }
    QString describe() const override;
    bool needsPassword() const override { return false; }
    std::optional<bool> hasSecret(Error* error) override;
    bool save(QByteArrayView privateKey, const QString& password, Error* error) override;
    std::optional<SecretBytes> load(const QString& password, Error* error) override;

private:
    QString m_key;
    int m_timeoutMs;
};

// One secret of the app's own in the OS keychain (service "SpareCycles", the entry named here):
// the device key's second copy (core/engine/deviceidentity.h). Blocking calls, as above.
class KeychainSecret final {
public:
    KeychainSecret(QString entry, int timeoutMs);
    bool save(QByteArrayView secret, QString* error);
    // nullopt with *error when no keychain answers or it holds no such entry.
    std::optional<SecretBytes> load(QString* error);

private:
    QString m_entry;
    int m_timeoutMs;
};

// wallet.json in a folder: a Web3 keystore v3 file any Ethereum wallet can import.
class FileWalletStore final : public WalletSecretStore {
    Q_DECLARE_TR_FUNCTIONS(FileWalletStore)

public:
    static constexpr char kFileName[] = "wallet.json";
    explicit FileWalletStore(const QString& folder, Keystore::ScryptParams params = {});
    QString path() const { return m_path; }
    Backend backend() const override { return Backend::KeystoreFile; }
    QString describe() const override;
    bool needsPassword() const override { return true; }
    std::optional<bool> hasSecret(Error* error) override;
    // Refuses an empty password; writes the file under a temporary name, then links it into
    // place, so a crash never leaves half a wallet.json.
    bool save(QByteArrayView privateKey, const QString& password, Error* error) override;
    // Refuses a symbolic link, a file that is not regular and one group or others may read.
    std::optional<SecretBytes> load(const QString& password, Error* error) override;

private:
    QString m_path;
    Keystore::ScryptParams m_params;
};

// Which store holds (or is to hold) the wallet of a data folder, and why.
struct WalletStoreChoice {
    std::unique_ptr<WalletSecretStore> store;
    // Empty when the keychain was chosen; otherwise why the file is used, for the user
    // (e.g. "No system keychain answered (…), so …").
    QString note;
};

class WalletStoreChooser final {
    Q_DECLARE_TR_FUNCTIONS(WalletStoreChooser)

public:
    // An existing wallet.json wins (the user's wallet is there); otherwise the keychain when
    // it answers, otherwise a new wallet.json. keychain may be a fake in tests.
    static WalletStoreChoice choose(const QString& dataDir, std::unique_ptr<WalletSecretStore> keychain,
        Keystore::ScryptParams fileParams = {});
};

} // namespace sc::core
