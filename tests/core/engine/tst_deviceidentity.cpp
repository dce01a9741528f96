// SPDX-License-Identifier: GPL-3.0-or-later
// The device key is this computer's identity on the network: never replaced without the user's
// word (issue 17, finding 2: a deleted key used to become a new device silently, which ran the
// old identity's tasks under the new key and stranded its unpaid credit).
#include "crypto/devicekey.h"
#include "engine/datafolder.h"
#include "engine/deviceidentity.h"
#include "ledger/ledger.h"
#include "tasks/taskstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sc::core;

namespace {
QString keyHex(const QString& path)
{
    QString err;
    const auto k = DeviceKey::load(path, &err);
    return k ? QString::fromLatin1(k->publicKey().toHex()) : QString();
}

TaskDescriptor task(const QString& id)
{
    TaskDescriptor t;
    t.id = id;
    t.app = QStringLiteral("sc-primes");
    t.appSha256 = QString(64, QLatin1Char('a'));
    t.appSignature = QByteArray(64, 's');
    t.appUrl = QStringLiteral("/v1/apps/x");
    t.input = "in";
    t.deadline = 2000000000;
    t.signature = QByteArray(64, 't');
    return t;
}

// The system keychain as a map in memory.
struct FakeKeychain final : DeviceKeyBackup {
    std::optional<QByteArray> stored;
    int saves = 0;
    bool answers = true;
    bool save(const QByteArray& key) override
    {
        if (!answers)
            return false;
        ++saves;
        stored = key;
        return true;
    }
    std::optional<QByteArray> load() override { return answers ? stored : std::nullopt; }
};

struct Opened {
    std::unique_ptr<DataFolder> folder;
    DeviceIdentity::Problem problem = DeviceIdentity::Problem::None;
    QString error;
};

Opened openFolder(const QString& dir, DeviceIdentity::Mode mode = DeviceIdentity::Mode::Keep,
    const QString& restoreFrom = {}, DeviceKeyBackup* keychain = nullptr)
{
    Opened o;
    DataFolder::Options options;
    options.identity = mode;
    options.restoreKeyFrom = restoreFrom;
    options.keychain = keychain;
    o.folder = DataFolder::open(dir, options, &o.error, &o.problem);
    return o;
}

// A folder that has worked for a hub: 3 tasks of its identity, 475 micro-tokens unpaid.
QString workedFolder(const QString& dir)
{
    auto o = openFolder(dir);
    if (!o.folder)
        return {};
    o.folder->tasks().addQueued(
        { task(QStringLiteral("t1")), task(QStringLiteral("t2")), task(QStringLiteral("t3")) });
    o.folder->ledger().setMeta(QStringLiteral("hub_id"), QStringLiteral("ab"));
    o.folder->ledger().setMeta(
        QStringLiteral("balance"), QStringLiteral(R"({"pending":475,"paid":0,"as_of":1,"payouts":[]})"));
    o.folder->ledger().setMeta(QStringLiteral("credit_cursor ab"), QStringLiteral("9"));
    QDir().mkpath(o.folder->slotDir(QStringLiteral("t1")));
    return QString::fromLatin1(o.folder->key().publicKey().toHex());
}
} // namespace

class TestDeviceIdentity final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aNewFolderMakesItsKeyAndABackupAndRecordsIt()
    {
        QTemporaryDir d;
        const QString hex = workedFolder(d.path());
        QVERIFY(!hex.isEmpty());
        QCOMPARE(keyHex(d.filePath(QStringLiteral("device-key.pem"))), hex);
        QCOMPARE(keyHex(d.filePath(QStringLiteral("device-key.backup.pem"))), hex);
        QCOMPARE(QFile::permissions(d.filePath(QStringLiteral("device-key.backup.pem")))
                & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions());
        auto o = openFolder(d.path());
        QVERIFY2(o.folder, qPrintable(o.error));
        QCOMPARE(DeviceIdentity::recorded(o.folder->ledger(), o.folder->tasks()), hex);
        QCOMPARE(o.folder->tasks().identity(), hex);
        QVERIFY(o.folder->identityNotice().isEmpty());
    }

    void aMissingOrDamagedKeyComesBackFromItsBackup_data()
    {
        QTest::addColumn<bool>("damage");
        QTest::newRow("deleted") << false;
        QTest::newRow("damaged") << true;
    }
    void aMissingOrDamagedKeyComesBackFromItsBackup()
    {
        QFETCH(bool, damage);
        QTemporaryDir d;
        const QString hex = workedFolder(d.path());
        const QString keyPath = d.filePath(QStringLiteral("device-key.pem"));
        QFile::remove(keyPath);
        if (damage) {
            QFile f(keyPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN PRIVATE KEY-----\ngarbage\n");
        }
        auto o = openFolder(d.path());
        QVERIFY2(o.folder, qPrintable(o.error));
        QCOMPARE(QString::fromLatin1(o.folder->key().publicKey().toHex()), hex);
        QCOMPARE(keyHex(keyPath), hex);
        QVERIFY2(o.folder->identityNotice().contains(QLatin1String("restored from its backup")),
            qPrintable(o.folder->identityNotice()));
        QCOMPARE(o.folder->tasks().unfinishedCount(), 3); // the same identity's tasks stay
        if (damage) // the damaged file is kept beside, not deleted
            QCOMPARE(QDir(d.path()).entryList({ QStringLiteral("device-key.pem.damaged-*") }).size(), 1);
    }

    // The reproduction of finding 2: key and backup gone. Before, the engine made a new key
    // and went on with the old identity's tasks; now it does not start, and says what is at stake.
    void aLostKeyStopsTheEngineNamingWhatBelongsToIt()
    {
        QTemporaryDir d;
        QVERIFY(!workedFolder(d.path()).isEmpty());
        QFile::remove(d.filePath(QStringLiteral("device-key.pem")));
        QFile::remove(d.filePath(QStringLiteral("device-key.backup.pem")));
        auto o = openFolder(d.path());
        QVERIFY(!o.folder);
        QCOMPARE(o.problem, DeviceIdentity::Problem::Lost);
        QVERIFY2(o.error.contains(QLatin1String("missing")), qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("0.0004 SCT")), qPrintable(o.error));
        QVERIFY2(o.error.contains(QLatin1String("3 unfinished task")), qPrintable(o.error));
        QVERIFY(!QFile::exists(d.filePath(QStringLiteral("device-key.pem")))); // nothing made
        // The same through the plain open the engine's tests use.
        QString err;
        QVERIFY(!DataFolder::open(d.path(), &err));
    }

    void evenWithTheLedgerGoneTheTaskStoreRemembersTheIdentity()
    {
        QTemporaryDir d;
        QVERIFY(!workedFolder(d.path()).isEmpty());
        for (const char* f : { "device-key.pem", "device-key.backup.pem", "ledger.sqlite",
                 "ledger.sqlite-wal", "ledger.sqlite-shm" })
            QFile::remove(d.filePath(QLatin1String(f)));
        auto o = openFolder(d.path());
        QVERIFY(!o.folder);
        QCOMPARE(o.problem, DeviceIdentity::Problem::Lost);
    }

    void aReplacedKeyIsRefused()
    {
        QTemporaryDir d, other;
        const QString hex = workedFolder(d.path());
        QVERIFY(!workedFolder(other.path()).isEmpty());
        QFile::remove(d.filePath(QStringLiteral("device-key.pem")));
        QVERIFY(QFile::copy(
            other.filePath(QStringLiteral("device-key.pem")), d.filePath(QStringLiteral("device-key.pem"))));
        auto o = openFolder(d.path());
        QVERIFY(!o.folder);
        QCOMPARE(o.problem, DeviceIdentity::Problem::Replaced);
        // The backup is this computer's key: putting it back is the way out.
        auto restored = openFolder(
            d.path(), DeviceIdentity::Mode::Keep, d.filePath(QStringLiteral("device-key.backup.pem")));
        QVERIFY2(restored.folder, qPrintable(restored.error));
        QCOMPARE(QString::fromLatin1(restored.folder->key().publicKey().toHex()), hex);
    }

    void becomingANewDeviceIsExplicitAndStartsWithNothingOfTheOld()
    {
        QTemporaryDir d;
        const QString old = workedFolder(d.path());
        QFile::remove(d.filePath(QStringLiteral("device-key.pem")));
        QFile::remove(d.filePath(QStringLiteral("device-key.backup.pem")));
        auto o = openFolder(d.path(), DeviceIdentity::Mode::BecomeNew);
        QVERIFY2(o.folder, qPrintable(o.error));
        const QString hex = QString::fromLatin1(o.folder->key().publicKey().toHex());
        QVERIFY(hex != old);
        QCOMPARE(o.folder->tasks().unfinishedCount(), 0);
        QCOMPARE(o.folder->tasks().identity(), hex);
        QCOMPARE(DeviceIdentity::recorded(o.folder->ledger(), o.folder->tasks()), hex);
        QVERIFY(!o.folder->ledger().meta(QStringLiteral("balance")));
        QVERIFY(!o.folder->ledger().meta(QStringLiteral("credit_cursor ab")));
        QVERIFY(QDir(d.filePath(QStringLiteral("slots"))).isEmpty());
        QVERIFY2(o.folder->identityNotice().contains(QLatin1String("3 task")),
            qPrintable(o.folder->identityNotice()));
        QCOMPARE(keyHex(d.filePath(QStringLiteral("device-key.backup.pem"))), hex);
        o.folder.reset();
        // Asked again with nothing wrong, it changes nothing.
        auto again = openFolder(d.path(), DeviceIdentity::Mode::BecomeNew);
        QVERIFY(again.folder);
        QCOMPARE(QString::fromLatin1(again.folder->key().publicKey().toHex()), hex);
    }

    void aSavedCopyGoesBackButNeverAnotherDevicesKey()
    {
        QTemporaryDir d, other, saved;
        const QString hex = workedFolder(d.path());
        QVERIFY(!workedFolder(other.path()).isEmpty());
        QString err;
        const QString copy = saved.filePath(QStringLiteral("mine.pem"));
        QVERIFY2(DeviceIdentity::exportTo(d.path(), copy, &err), qPrintable(err));
        QVERIFY(!DeviceIdentity::exportTo(d.path(), copy, &err)); // never overwrites
        for (const char* f : { "device-key.pem", "device-key.backup.pem" })
            QFile::remove(d.filePath(QLatin1String(f)));
        auto wrong = openFolder(
            d.path(), DeviceIdentity::Mode::Keep, other.filePath(QStringLiteral("device-key.pem")));
        QVERIFY(!wrong.folder);
        QVERIFY2(wrong.error.contains(QLatin1String("another device")), qPrintable(wrong.error));
        auto notAKey = openFolder(d.path(), DeviceIdentity::Mode::Keep, QStringLiteral("/etc/hostname"));
        QVERIFY(!notAKey.folder);
        auto right = openFolder(d.path(), DeviceIdentity::Mode::Keep, copy);
        QVERIFY2(right.folder, qPrintable(right.error));
        QCOMPARE(QString::fromLatin1(right.folder->key().publicKey().toHex()), hex);
        QCOMPARE(right.folder->tasks().unfinishedCount(), 3);
        QCOMPARE(keyHex(d.filePath(QStringLiteral("device-key.backup.pem"))), hex);
    }

    // Where the desktop has a keychain the key has a second copy there, written once per
    // identity: it brings the identity back even when the whole folder was lost.
    void theKeychainCopySurvivesTheFolder()
    {
        FakeKeychain keychain;
        QString hex;
        {
            QTemporaryDir d;
            auto o = openFolder(d.path(), DeviceIdentity::Mode::Keep, {}, &keychain);
            QVERIFY2(o.folder, qPrintable(o.error));
            hex = QString::fromLatin1(o.folder->key().publicKey().toHex());
            QCOMPARE(keychain.saves, 1);
            QCOMPARE(keychain.stored->size(), 32);
            o.folder.reset();
            QVERIFY(openFolder(d.path(), DeviceIdentity::Mode::Keep, {}, &keychain).folder);
            QCOMPARE(keychain.saves, 1); // once per identity, not per start
        }
        QTemporaryDir fresh; // the folder is gone: a new, empty one
        auto back = openFolder(fresh.path(), DeviceIdentity::Mode::Keep, {}, &keychain);
        QVERIFY2(back.folder, qPrintable(back.error));
        QCOMPARE(QString::fromLatin1(back.folder->key().publicKey().toHex()), hex);
        QVERIFY2(back.folder->identityNotice().contains(QLatin1String("system keychain")),
            qPrintable(back.folder->identityNotice()));
        QCOMPARE(keyHex(fresh.filePath(QStringLiteral("device-key.backup.pem"))), hex);
    }

    void aKeychainThatDoesNotAnswerIsAskedAgainLater()
    {
        FakeKeychain keychain;
        keychain.answers = false;
        QTemporaryDir d;
        QVERIFY(openFolder(d.path(), DeviceIdentity::Mode::Keep, {}, &keychain).folder);
        QCOMPARE(keychain.saves, 0);
        keychain.answers = true;
        QVERIFY(openFolder(d.path(), DeviceIdentity::Mode::Keep, {}, &keychain).folder);
        QCOMPARE(keychain.saves, 1);
    }

    void aFolderFromBeforeTheRecordTakesItsKeyAsItsIdentity()
    {
        QTemporaryDir d;
        QString err;
        QVERIFY(DeviceKey::loadOrCreate(d.filePath(QStringLiteral("device-key.pem")), &err));
        const QString hex = keyHex(d.filePath(QStringLiteral("device-key.pem")));
        auto o = openFolder(d.path());
        QVERIFY2(o.folder, qPrintable(o.error));
        QCOMPARE(DeviceIdentity::recorded(o.folder->ledger(), o.folder->tasks()), hex);
        QCOMPARE(keyHex(d.filePath(QStringLiteral("device-key.backup.pem"))), hex);
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_deviceidentity.moc"
