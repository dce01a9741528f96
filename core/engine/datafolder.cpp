// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/datafolder.h"

#include "crypto/devicekey.h"
#include "engine/deviceidentity.h"
#include "ledger/ledger.h"
#include "settings/settings.h"
#include "tasks/taskstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QStorageInfo>

namespace sc::core {

DataFolder::~DataFolder() = default;

std::unique_ptr<DataFolder> DataFolder::open(const QString& path, QString* error, Settings* sharedSettings)
{
    Options options;
    options.sharedSettings = sharedSettings;
    DeviceIdentity::Problem ignored = DeviceIdentity::Problem::None;
    return open(path, options, error, &ignored);
}

std::unique_ptr<DataFolder> DataFolder::open(
    const QString& path, const Options& options, QString* error, DeviceIdentity::Problem* problem)
{
    *problem = DeviceIdentity::Problem::None;
    QDir dir(path);
    if (!dir.mkpath(QStringLiteral(".")) || !dir.mkpath(QStringLiteral("slots"))
        || !dir.mkpath(QStringLiteral("programs"))) {
        *error = tr("Cannot create the data folder %1. Check that it is writable.").arg(path);
        return nullptr;
    }
    std::unique_ptr<DataFolder> f(new DataFolder);
    f->m_path = dir.absolutePath();
    f->m_lock = std::make_unique<QLockFile>(lockPath(f->m_path));
    f->m_lock->setStaleLockTime(0);
    if (!f->m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        // Only a lock held by a live process means another engine; a lock file that cannot be
        // written (a full disk, a read-only folder) is a storage problem and is named as one.
        if (f->m_lock->error() == QLockFile::LockFailedError && f->m_lock->getLockInfo(&pid, &host, &app)
            && pid > 0) {
            *error
                = tr("Another SpareCycles engine (process %1) is already using %2.").arg(pid).arg(f->m_path);
        } else {
            const QStorageInfo disk(f->m_path);
            *error = disk.isValid() && disk.bytesAvailable() < 1024 * 1024
                ? tr("The disk holding %1 is full. Free some space and start SpareCycles again.")
                      .arg(f->m_path)
                : tr(
                    "Cannot write to the data folder %1. Check that it is writable and the disk is not full.")
                      .arg(f->m_path);
        }
        return nullptr;
    }
    f->m_tasks = TaskStore::open(dir.filePath(QStringLiteral("tasks.sqlite")), error);
    if (!f->m_tasks)
        return nullptr;
    f->m_ledger = Ledger::open(dir.filePath(QStringLiteral("ledger.sqlite")), error);
    if (!f->m_ledger)
        return nullptr;
    // The stores first: they hold the record of whose key this folder's work belongs to.
    if (!options.restoreKeyFrom.isEmpty()
        && !DeviceIdentity::restore(f->m_path, options.restoreKeyFrom, *f->m_ledger, *f->m_tasks, error)) {
        *problem = DeviceIdentity::Problem::Lost; // still without its key
        return nullptr;
    }
    auto identity
        = DeviceIdentity::open(f->m_path, *f->m_ledger, *f->m_tasks, options.identity, options.keychain);
    if (!identity.key) {
        *problem = identity.problem;
        *error = identity.message;
        return nullptr;
    }
    f->m_key = std::make_unique<DeviceKey>(std::move(*identity.key));
    f->m_identityNotice = identity.notice;
    f->m_shared = options.sharedSettings;
    if (!options.sharedSettings)
        f->m_settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("settings.ini")));
    return f;
}

QString DataFolder::slotDir(const QString& taskId) const
{
    const QByteArray hash = QCryptographicHash::hash(taskId.toUtf8(), QCryptographicHash::Sha256).toHex();
    return m_path + QStringLiteral("/slots/") + QString::fromLatin1(hash.left(32));
}

QString DataFolder::programPath(const QString& sha256) const
{
    return m_path + QStringLiteral("/programs/") + sha256;
}

QString DataFolder::statusPath() const { return statusPath(m_path); }

QString DataFolder::statusPath(const QString& dataDir) { return dataDir + QStringLiteral("/status.json"); }

QString DataFolder::lockPath(const QString& dataDir) { return dataDir + QStringLiteral("/engine.lock"); }

void DataFolder::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace sc::core
