// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/deviceidentity.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLockFile;

namespace sc::core {

class DeviceKey;
class Ledger;
class Settings;
class TaskStore;

// The engine's data folder: one engine per folder (a lock file), its device key, the task
// store, the ledger and the settings file, and the paths of everything else in it. Opening it
// is all or nothing; releasing it (or destroying it) frees the folder for the next engine.
class DataFolder final {
    Q_DECLARE_TR_FUNCTIONS(DataFolder)
public:
    ~DataFolder();
    DataFolder(const DataFolder&) = delete;
    DataFolder& operator=(const DataFolder&) = delete;

    // Creates the folder when missing, takes its lock, opens key, stores and settings (or
    // uses sharedSettings, the process's object for this folder's settings file).
    // nullptr and *error (for the user) when any of it fails.
    static std::unique_ptr<DataFolder> open(
        const QString& path, QString* error, Settings* sharedSettings = nullptr);
    struct Options {
        Settings* sharedSettings = nullptr;
        // How the device key is taken (DeviceIdentity): the recorded one only, or a new identity
        // the user confirmed.
        DeviceIdentity::Mode identity = DeviceIdentity::Mode::Keep;
        // A saved copy of the device key, put into place before the key is loaded.
        QString restoreKeyFrom;
        // The key's second copy in the system keychain, where the app has one (DeviceIdentity).
        DeviceKeyBackup* keychain = nullptr;
    };
    // As above; *problem says when the device key is what stopped it (the front ends then offer
    // the ways out).
    static std::unique_ptr<DataFolder> open(
        const QString& path, const Options& options, QString* error, DeviceIdentity::Problem* problem);
    // What opening did to the identity that the user should hear of (empty when nothing).
    QString identityNotice() const { return m_identityNotice; }

    QString path() const { return m_path; }
    // A task's working folder. Task ids come from the network: hashed, so no id can name a
    // path outside slots/.
    QString slotDir(const QString& taskId) const;
    QString programPath(const QString& sha256) const;
    QString statusPath() const;
    static QString statusPath(const QString& dataDir);
    static QString lockPath(const QString& dataDir);

    DeviceKey& key() const { return *m_key; }
    TaskStore& tasks() const { return *m_tasks; }
    Ledger& ledger() const { return *m_ledger; }
    Settings& settings() const { return m_shared ? *m_shared : *m_settings; }

    // Gives the folder up (the stores stay open for reading until destruction).
    void release();

private:
    DataFolder() = default;
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<DeviceKey> m_key;
    std::unique_ptr<TaskStore> m_tasks;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Settings> m_settings;
    Settings* m_shared = nullptr;
    QString m_identityNotice;
};

} // namespace sc::core
