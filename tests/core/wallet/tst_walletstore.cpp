// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakes/fakewalletsecretstore.h"
#include "wallet/walletstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using sc::core::FileWalletStore;
using sc::core::KeychainWalletStore;
using sc::core::WalletSecretStore;
using sc::core::WalletStoreChooser;
using Kind = WalletSecretStore::Error::Kind;

namespace {
const QByteArray kKey
    = QByteArray::fromHex("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d");
constexpr sc::core::Keystore::ScryptParams kCheap { 1024, 8, 1 };

int modeOf(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
} // namespace

class TestWalletStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fileStoreRoundTripsInAPrivateKeystoreFile()
    {
        QTemporaryDir dir;
        FileWalletStore store(dir.filePath(QStringLiteral("data")), kCheap);
        WalletSecretStore::Error error;
        QCOMPARE(store.backend(), WalletSecretStore::Backend::KeystoreFile);
        QVERIFY(store.needsPassword());
        QCOMPARE(store.hasSecret(&error), std::optional<bool>(false));
        QVERIFY2(store.save(kKey, QStringLiteral("correct horse"), &error), qPrintable(error.message));
        QCOMPARE(store.hasSecret(&error), std::optional<bool>(true));
        QCOMPARE(modeOf(store.path()), 0600);
        QVERIFY(store.describe().contains(store.path()));
        // Nothing else left in the folder (no temporary file).
        QCOMPARE(QDir(dir.filePath(QStringLiteral("data"))).entryList(QDir::Files | QDir::Hidden),
            QStringList { QStringLiteral("wallet.json") });
        // A keystore v3 file, with the address other wallets show before unlocking.
        QFile f(store.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QLatin1String("version")).toInt(), 3);
        QVERIFY(!json.contains(kKey.toHex()));
        const auto back = store.load(QStringLiteral("correct horse"), &error);
        QVERIFY2(back, qPrintable(error.message));
        QCOMPARE(back->toByteArray(), kKey);
    }

    void fileStoreNeverReplacesAWallet()
    {
        QTemporaryDir dir;
        FileWalletStore store(dir.path(), kCheap);
        WalletSecretStore::Error error;
        QVERIFY(store.save(kKey, QStringLiteral("one"), &error));
        QByteArray other = kKey;
        other[0] = 0x11;
        QVERIFY(!store.save(other, QStringLiteral("two"), &error));
        QCOMPARE(error.kind, Kind::Exists);
        QVERIFY(error.message.contains(QLatin1String("never replaced")));
        QCOMPARE(store.load(QStringLiteral("one"), &error)->toByteArray(), kKey);
    }

    void fileStoreWrongPasswordAndBadFilesSayWhy()
    {
        QTemporaryDir dir;
        FileWalletStore store(dir.path(), kCheap);
        WalletSecretStore::Error error;
        QVERIFY(!store.load(QStringLiteral("x"), &error));
        QCOMPARE(error.kind, Kind::NotFound);
        QVERIFY(!store.save(kKey, QString(), &error));
        QVERIFY(error.message.contains(QLatin1String("needs a password")));
        QVERIFY(store.save(kKey, QStringLiteral("right"), &error));
        QVERIFY(!store.load(QStringLiteral("wrong"), &error));
        QCOMPARE(error.kind, Kind::WrongPassword);
        QCOMPARE(error.message, QStringLiteral("Wrong password for the wallet file."));

        QVERIFY(::chmod(QFile::encodeName(store.path()).constData(), 0644) == 0);
        QVERIFY(!store.load(QStringLiteral("right"), &error));
        QCOMPARE(error.kind, Kind::Damaged);
        QVERIFY2(error.message.contains(QLatin1String("chmod 600")), qPrintable(error.message));

        QVERIFY(QFile::remove(store.path()));
        QFile garbage(store.path());
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write("{\"version\": 3, \"crypto\": 7}");
        garbage.close();
        QVERIFY(garbage.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!store.load(QStringLiteral("right"), &error));
        QCOMPARE(error.kind, Kind::Damaged);
        QVERIFY2(error.message.contains(QLatin1String("cannot be read")), qPrintable(error.message));
    }

    void fileStoreRefusesASymbolicLink()
    {
        QTemporaryDir dir;
        FileWalletStore real(dir.filePath(QStringLiteral("real")), kCheap);
        WalletSecretStore::Error error;
        QVERIFY(real.save(kKey, QStringLiteral("pw"), &error));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("link"))));
        QVERIFY(QFile::link(real.path(), dir.filePath(QStringLiteral("link/wallet.json"))));
        FileWalletStore viaLink(dir.filePath(QStringLiteral("link")), kCheap);
        QVERIFY(!viaLink.load(QStringLiteral("pw"), &error));
        QCOMPARE(error.kind, Kind::Io);
    }

    void keychainThatAnswersIsChosen()
    {
        QTemporaryDir dir;
        const auto choice
            = WalletStoreChooser::choose(dir.path(), std::make_unique<FakeKeychainStore>(true), kCheap);
        QCOMPARE(choice.store->backend(), WalletSecretStore::Backend::Keychain);
        QVERIFY(choice.note.isEmpty());
        QVERIFY(!choice.store->needsPassword());
    }

    void noKeychainFallsBackToTheFileAndSaysWhy()
    {
        QTemporaryDir dir;
        const auto choice
            = WalletStoreChooser::choose(dir.path(), std::make_unique<FakeKeychainStore>(false), kCheap);
        QCOMPARE(choice.store->backend(), WalletSecretStore::Backend::KeystoreFile);
        QVERIFY2(choice.note.contains(QLatin1String("No system keychain")), qPrintable(choice.note));
        QVERIFY2(choice.note.contains(QLatin1String("wallet.json")), qPrintable(choice.note));
    }

    void existingWalletFileWinsOverAKeychain()
    {
        QTemporaryDir dir;
        WalletSecretStore::Error error;
        QVERIFY(FileWalletStore(dir.path(), kCheap).save(kKey, QStringLiteral("pw"), &error));
        const auto choice
            = WalletStoreChooser::choose(dir.path(), std::make_unique<FakeKeychainStore>(true), kCheap);
        QCOMPARE(choice.store->backend(), WalletSecretStore::Backend::KeystoreFile);
        QCOMPARE(choice.store->load(QStringLiteral("pw"), &error)->toByteArray(), kKey);
    }

    // The real QtKeychain, on a private D-Bus session with no Secret Service and no KWallet
    // (ctest runs this under dbus-run-session): what CI and a headless server see.
    void realKeychainOnAHeadlessMachineReportsNoKeychain()
    {
        QTemporaryDir dir;
        KeychainWalletStore keychain(dir.path(), 10000);
        WalletSecretStore::Error error;
        const std::optional<bool> has = keychain.hasSecret(&error);
        if (has)
            QSKIP("A keychain answered on this machine; the fallback is covered with the fake above.");
        QCOMPARE(error.kind, Kind::NoKeychain);
        QVERIFY2(error.message.contains(QLatin1String("keychain")), qPrintable(error.message));
        QVERIFY(!keychain.save(kKey, QString(), &error));
        QCOMPARE(error.kind, Kind::NoKeychain);
        QVERIFY(!keychain.load(QString(), &error));
        QCOMPARE(error.kind, Kind::NoKeychain);

        const auto choice = WalletStoreChooser::choose(
            dir.path(), std::make_unique<KeychainWalletStore>(dir.path(), 10000), kCheap);
        QCOMPARE(choice.store->backend(), WalletSecretStore::Backend::KeystoreFile);
        QVERIFY2(choice.note.contains(QLatin1String("keychain"))
                && choice.note.contains(QLatin1String("wallet.json")),
            qPrintable(choice.note));
        qInfo("Fallback note: %s", qPrintable(choice.note));
    }
};

QTEST_GUILESS_MAIN(TestWalletStore)
#include "tst_walletstore.moc"
