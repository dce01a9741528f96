// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/devicekey.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace sc::core {

class Ledger;
class TaskStore;

// The device's identity on a network is its Ed25519 key: the hub knows the device, its tasks
// and its unpaid credit by the public key. So the key is never replaced without the user's
// word (docs/threat-model.md, "Identity"):
// - device-key.pem (mode 0600) is the key; device-key.backup.pem, written beside it whenever
//   the key is made or restored, is its copy, and where there is a system keychain the app
//   keeps a second copy there (DeviceKeyBackup);
// - the public key is recorded in the ledger and in the task store, so a missing, damaged or
//   replaced key is noticed even when both key files are gone;
// - a missing or damaged key whose backup matches the record is restored from the backup;
// - otherwise the engine does not start: the problem names what belongs to the old identity
//   (unfinished tasks, credit not yet paid) and the two ways out, putting the key back
//   (`sparecycles-cli identity restore FILE`) or becoming a new device after an explicit
//   confirmation (`sparecycles-cli identity new`, or the app's dialog);
// - a new identity starts with no tasks (those of the old one are never run or reported under
//   the new key; the hub hands them to others at their deadline) and no account facts.
// A second place for the key where the system has one (the keychain; core/wallet/walletstore.h
// KeychainDeviceKeyBackup): it survives the whole data folder being lost. Calls may block
// briefly; a store that cannot answer says so by returning false / nullopt.
class DeviceKeyBackup {
public:
    virtual ~DeviceKeyBackup() = default;
    virtual bool save(const QByteArray& privateKey) = 0; // 32 bytes
    virtual std::optional<QByteArray> load() = 0;
};

// The system keychain's copy (QtKeychain; one entry per data folder).
class KeychainDeviceKeyBackup final : public DeviceKeyBackup {
public:
    explicit KeychainDeviceKeyBackup(const QString& dataDir, int timeoutMs = 3000);
    bool save(const QByteArray& privateKey) override;
    std::optional<QByteArray> load() override;

private:
    QString m_entry;
    int m_timeoutMs;
};

class DeviceIdentity final {
    Q_DECLARE_TR_FUNCTIONS(DeviceIdentity)
public:
    enum class Problem {
        None,
        Lost, // the key is missing or damaged and no backup matches
        Replaced, // device-key.pem is a key other than the one recorded
        Io, // a key file could not be written
    };
    enum class Mode {
        Keep, // start only with the recorded identity (or a new folder's first key)
        BecomeNew, // the user confirmed: a new identity replaces a lost or replaced one
    };
    struct Outcome {
        std::optional<DeviceKey> key; // set when the engine may start
        Problem problem = Problem::None;
        QString message; // for the user, when problem != None
        QString notice; // for Activity: what happened that the user should know (restored, …)
    };

    static constexpr char kKeyFile[] = "device-key.pem";
    static constexpr char kBackupFile[] = "device-key.backup.pem";

    // Loads (or, in a new folder, makes) the device key of the folder dataDir whose ledger and
    // task store are given, as described above.
    // keychain, when given, holds a second copy: written once per identity, read when the
    // file backup cannot help.
    static Outcome open(const QString& dataDir, Ledger& ledger, TaskStore& tasks, Mode mode = Mode::Keep,
        DeviceKeyBackup* keychain = nullptr);

    // Puts a saved copy of a device key (a PEM file the user kept) into place. Refuses a key
    // other than the recorded one; with no record, any valid key is taken.
    static bool restore(
        const QString& dataDir, const QString& file, Ledger& ledger, TaskStore& tasks, QString* error);

    // Writes a copy of the folder's device key to file (mode 0600), for the user to keep.
    static bool exportTo(const QString& dataDir, const QString& file, QString* error);

    // The public key's hex, as recorded; empty when none is.
    static QString recorded(Ledger& ledger, TaskStore& tasks);

private:
    static QString atStake(Ledger& ledger, TaskStore& tasks);
};

} // namespace sc::core
