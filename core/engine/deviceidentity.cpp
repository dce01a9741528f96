// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/deviceidentity.h"

#include "engine/enginestatus.h"
#include "ledger/history.h"
#include "ledger/ledger.h"
#include "tasks/taskstore.h"
#include "wallet/walletstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>

namespace sc::core {

namespace {
    const QString kRecordKey = QStringLiteral("device_public_key");
    const QString kKeychainKey = QStringLiteral("device_key_in_keychain"); // its public key, hex

    QString hexOf(const DeviceKey& key) { return QString::fromLatin1(key.publicKey().toHex()); }

    std::optional<DeviceKey> loadIfThere(const QString& path)
    {
        if (!QFile::exists(path))
            return std::nullopt;
        QString ignored;
        return DeviceKey::load(path, &ignored);
    }

    // A key file that gives way is kept beside as PATH.WHY-TIME, never deleted: it may still
    // be read by hand.
    void moveAside(const QString& path, const QString& why)
    {
        QFile::rename(path,
            path + QLatin1Char('.') + why + QLatin1Char('-')
                + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    }

    bool record(const DeviceKey& key, Ledger& ledger, TaskStore& tasks)
    {
        const QString hex = hexOf(key);
        bool ok = true;
        if (ledger.meta(kRecordKey) != hex)
            ok = ledger.setMeta(kRecordKey, hex) && ok;
        if (tasks.identity() != hex)
            ok = tasks.setIdentity(hex) && ok;
        return ok;
    }
} // namespace

KeychainDeviceKeyBackup::KeychainDeviceKeyBackup(const QString& dataDir, int timeoutMs)
    : m_entry(QStringLiteral("device-key ") + QFileInfo(dataDir).absoluteFilePath())
    , m_timeoutMs(timeoutMs)
{
}

bool KeychainDeviceKeyBackup::save(const QByteArray& privateKey)
{
    QString why;
    KeychainSecret secret(m_entry, m_timeoutMs);
    return secret.save(privateKey, &why);
}

std::optional<QByteArray> KeychainDeviceKeyBackup::load()
{
    QString why;
    KeychainSecret secret(m_entry, m_timeoutMs);
    auto bytes = secret.load(&why);
    if (!bytes)
        return std::nullopt;
    return QByteArray(reinterpret_cast<const char*>(bytes->data()), static_cast<qsizetype>(bytes->size()));
}

QString DeviceIdentity::recorded(Ledger& ledger, TaskStore& tasks)
{
    if (const auto hex = ledger.meta(kRecordKey); hex && !hex->isEmpty())
        return *hex;
    return tasks.identity();
}

QString DeviceIdentity::atStake(Ledger& ledger, TaskStore& tasks)
{
    qint64 pending = 0;
    if (const auto json = ledger.meta(QStringLiteral("balance"))) {
        if (const auto balance = HubBalance::fromJson(QJsonDocument::fromJson(json->toUtf8()).object()))
            pending = std::max<qint64>(balance->pending, 0);
    }
    const int unfinished = tasks.unfinishedCount();
    const QString credit = history::formatTokens(pending, QLocale());
    if (pending > 0 && unfinished > 0)
        return tr(
            "%1 of credit not yet paid out and %n unfinished tasks belong to this computer under that key.",
            nullptr, unfinished)
            .arg(credit);
    if (pending > 0)
        return tr("%1 of credit not yet paid out belongs to this computer under that key.").arg(credit);
    if (unfinished > 0)
        return tr("%n unfinished tasks belong to this computer under that key.", nullptr, unfinished);
    return {};
}

DeviceIdentity::Outcome DeviceIdentity::open(
    const QString& dataDir, Ledger& ledger, TaskStore& tasks, Mode mode, DeviceKeyBackup* keychain)
{
    const QDir dir(dataDir);
    const QString keyPath = dir.filePath(QLatin1String(kKeyFile));
    const QString backupPath = dir.filePath(QLatin1String(kBackupFile));
    const QString was = recorded(ledger, tasks);
    const bool keyThere = QFile::exists(keyPath);
    std::optional<DeviceKey> key = loadIfThere(keyPath);
    Outcome out;

    // Takes key as this folder's identity; newIdentity: it replaces another one.
    auto accept = [&](DeviceKey k, bool newIdentity) {
        if (newIdentity) {
            const int dropped = tasks.removeAll();
            // Their folders too: nothing of the old identity's work is resumed.
            QDir slots(dir.filePath(QStringLiteral("slots")));
            slots.removeRecursively();
            QDir().mkpath(slots.path());
            ledger.forgetAccount();
            out.notice = tr("This computer is now a new device on the network, with a new key. %n tasks of "
                            "the old identity were dropped.",
                nullptr, std::max(dropped, 0));
        }
        if (!record(k, ledger, tasks)) {
            out.problem = Problem::Io;
            out.message = tr("Cannot record the device's identity in %1. Check that the disk is not full.")
                              .arg(QDir::toNativeSeparators(dataDir));
            return;
        }
        const auto backup = loadIfThere(backupPath);
        QString why;
        if ((!backup || hexOf(*backup) != hexOf(k)) && !k.save(backupPath, &why))
            out.notice += (out.notice.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("The backup copy of the device key could not be written (%1).").arg(why);
        // The keychain's copy, once per identity (a keychain that cannot answer is asked again at
        // the next start).
        if (keychain && ledger.meta(kKeychainKey) != hexOf(k)) {
            QByteArray secret = k.privateKeyBytes();
            if (keychain->save(secret))
                ledger.setMeta(kKeychainKey, hexOf(k));
            secret.fill('\0');
        }
        out.key = std::move(k);
    };
    auto saveAsKey = [&](const DeviceKey& k) {
        QString why;
        if (keyThere && !key) {
            moveAside(keyPath, QStringLiteral("damaged"));
        }
        if (!k.save(keyPath, &why)) {
            out.problem = Problem::Io;
            out.message = tr("Cannot write the device key in %1. Check that the disk is not full.")
                              .arg(QDir::toNativeSeparators(dataDir));
            return false;
        }
        return true;
    };

    if (key) {
        const QString hex = hexOf(*key);
        if (was.isEmpty() || hex == was) {
            accept(std::move(*key), false);
            return out;
        }
        if (mode == Mode::BecomeNew) {
            accept(std::move(*key), true);
            return out;
        }
        out.problem = Problem::Replaced;
        out.message = tr("The key in %1 is not the one this computer joined the network with: the file was "
                         "replaced.")
                          .arg(QDir::toNativeSeparators(dataDir));
        if (const QString stake = atStake(ledger, tasks); !stake.isEmpty())
            out.message += QLatin1Char(' ') + stake;
        return out;
    }

    if (auto backup = loadIfThere(backupPath); backup && (was.isEmpty() || hexOf(*backup) == was)) {
        if (!saveAsKey(*backup))
            return out;
        accept(std::move(*backup), false);
        out.notice
            = (keyThere ? tr("The device key was damaged; it was restored from its backup copy, and this "
                             "computer keeps its identity on the network.")
                        : tr("The device key was missing; it was restored from its backup copy, and this "
                             "computer keeps its identity on the network."))
            + (out.notice.isEmpty() ? QString() : QStringLiteral(" ") + out.notice);
        return out;
    }

    if (keychain) {
        if (auto secret = keychain->load()) {
            auto fromKeychain = DeviceKey::fromPrivateKeyBytes(*secret);
            secret->fill('\0');
            if (fromKeychain && (was.isEmpty() || hexOf(*fromKeychain) == was)) {
                if (!saveAsKey(*fromKeychain))
                    return out;
                accept(std::move(*fromKeychain), false);
                out.notice
                    = tr("The device key was restored from the system keychain, and this computer keeps "
                         "its identity on the network.")
                    + (out.notice.isEmpty() ? QString() : QStringLiteral(" ") + out.notice);
                return out;
            }
        }
    }

    // A folder that never had a key: its first start.
    const bool hadIdentity
        = keyThere || !was.isEmpty() || ledger.meta(QStringLiteral("hub_id")) || tasks.unfinishedCount() > 0;
    if (!hadIdentity || mode == Mode::BecomeNew) {
        DeviceKey fresh = DeviceKey::generate();
        if (!fresh.valid()) {
            out.problem = Problem::Io;
            out.message = tr("Cannot make a device key.");
            return out;
        }
        if (!saveAsKey(fresh))
            return out;
        accept(std::move(fresh), hadIdentity);
        return out;
    }
    out.problem = Problem::Lost;
    out.message = (keyThere
            ? tr("The key that identifies this computer on the network (%1) is damaged, and no backup "
                 "copy was found.")
            : tr("The key that identifies this computer on the network is missing from %1, and no "
                 "backup copy was found."))
                      .arg(QDir::toNativeSeparators(keyThere ? keyPath : dataDir));
    if (const QString stake = atStake(ledger, tasks); !stake.isEmpty())
        out.message += QLatin1Char(' ') + stake;
    return out;
}

bool DeviceIdentity::restore(
    const QString& dataDir, const QString& file, Ledger& ledger, TaskStore& tasks, QString* error)
{
    QString why;
    const auto key = DeviceKey::load(file, &why);
    if (!key) {
        *error = tr("%1 is not a SpareCycles device key (or it is damaged).")
                     .arg(QDir::toNativeSeparators(file));
        return false;
    }
    const QString was = recorded(ledger, tasks);
    if (!was.isEmpty() && hexOf(*key) != was) {
        *error = tr("%1 is a device key, but not this computer's: it belongs to another device.")
                     .arg(QDir::toNativeSeparators(file));
        return false;
    }
    const QDir dir(dataDir);
    const QString keyPath = dir.filePath(QLatin1String(kKeyFile));
    if (QFile::exists(keyPath)) {
        if (const auto current = loadIfThere(keyPath); current && hexOf(*current) == hexOf(*key))
            return key->save(dir.filePath(QLatin1String(kBackupFile)), error);
        moveAside(keyPath, QStringLiteral("replaced"));
    }
    if (!key->save(keyPath, error) || !key->save(dir.filePath(QLatin1String(kBackupFile)), error))
        return false;
    if (!record(*key, ledger, tasks)) {
        *error = tr("Cannot record the device's identity in %1.").arg(QDir::toNativeSeparators(dataDir));
        return false;
    }
    return true;
}

bool DeviceIdentity::exportTo(const QString& dataDir, const QString& file, QString* error)
{
    if (QFile::exists(file)) {
        *error = tr("%1 exists already; choose a new file name.").arg(QDir::toNativeSeparators(file));
        return false;
    }
    QString why;
    const auto key = DeviceKey::load(QDir(dataDir).filePath(QLatin1String(kKeyFile)), &why);
    if (!key) {
        *error = tr("This computer's device key cannot be read: %1").arg(why);
        return false;
    }
    return key->save(file, error);
}

} // namespace sc::core
