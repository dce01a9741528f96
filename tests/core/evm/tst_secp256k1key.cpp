// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/keccak.h"
#include "evm/secp256k1key.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using sc::evm::Keccak256;
using sc::evm::Secp256k1Key;
using sc::evm::Uint256;

namespace {
// EIP-155's example key and its sender address.
const QByteArray kSecret46 = QByteArray(32, '\x46');
const QByteArray kAddress46 = QByteArray::fromHex("9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");
// The curve order n: keys must be in [1, n - 1].
const QByteArray kOrder
    = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");

void writeFile(const QString& path, const QByteArray& content, QFile::Permissions perms)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    QVERIFY(f.setPermissions(perms));
}
} // namespace

class TestSecp256k1Key final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eip155KeyHasEip155SenderAddress()
    {
        QString error;
        const auto key = Secp256k1Key::fromBytes(kSecret46, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->address().toHex(), kAddress46.toHex());
        QCOMPARE(key->publicKey().size(), 64);
        QCOMPARE(Secp256k1Key::addressOf(key->publicKey()), kAddress46);
    }

    void invalidSecretsAreRefused()
    {
        QString error;
        QVERIFY(!Secp256k1Key::fromBytes(QByteArray(32, '\0'), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!Secp256k1Key::fromBytes(kOrder, &error));
        QVERIFY(!Secp256k1Key::fromBytes(QByteArray(32, '\xff'), &error));
        QVERIFY(!Secp256k1Key::fromBytes(QByteArray(31, '\1'), &error));
        QByteArray nMinus1 = kOrder;
        nMinus1[31] = '\x40';
        QVERIFY2(Secp256k1Key::fromBytes(nMinus1, &error), qPrintable(error));
    }

    void generatedKeysDifferAndSignRecoverably()
    {
        QString error;
        const auto a = Secp256k1Key::generate(&error);
        const auto b = Secp256k1Key::generate(&error);
        QVERIFY2(a && b, qPrintable(error));
        QVERIFY(a->address() != b->address());
        const QByteArray hash = Keccak256::hash("payout 1");
        const auto sig = a->sign(hash);
        QVERIFY(sig);
        QVERIFY(sig->recoveryId == 0 || sig->recoveryId == 1);
        QCOMPARE(*Secp256k1Key::recoverAddress(hash, sig->r, sig->s, sig->recoveryId), a->address());
        // The other recovery id names another key; a different hash another address.
        QVERIFY(Secp256k1Key::recoverAddress(hash, sig->r, sig->s, 1 - sig->recoveryId) != a->address());
        QVERIFY(Secp256k1Key::recoverAddress(Keccak256::hash("payout 2"), sig->r, sig->s, sig->recoveryId)
            != a->address());
        QVERIFY(!a->sign(QByteArray(31, '\0')));
    }

    void signaturesAreDeterministicAndLowS()
    {
        QString error;
        const auto key = Secp256k1Key::fromBytes(kSecret46, &error);
        const QByteArray hash = Keccak256::hash("x");
        const auto s1 = key->sign(hash);
        const auto s2 = key->sign(hash);
        QCOMPARE(s1->r, s2->r);
        QCOMPARE(s1->s, s2->s);
        // n / 2, rounded down: Ethereum (EIP-2) rejects s above it.
        const Uint256 halfOrder
            = *Uint256::fromHex(u"0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0");
        for (int i = 0; i < 32; ++i) {
            const auto sig = key->sign(Keccak256::hash(QByteArray::number(i)));
            QVERIFY(sig->s <= halfOrder);
        }
    }

    void recoverRejectsGarbage()
    {
        const QByteArray hash = Keccak256::hash("x");
        QVERIFY(!Secp256k1Key::recoverAddress(hash, Uint256(), Uint256(1), 0));
        QVERIFY(!Secp256k1Key::recoverAddress(hash, Uint256::max(), Uint256(1), 0));
        QVERIFY(!Secp256k1Key::recoverAddress(hash, Uint256(1), Uint256(1), 4));
        QVERIFY(!Secp256k1Key::recoverAddress(QByteArray(31, '\0'), Uint256(1), Uint256(1), 0));
    }

    void keyFileRoundTripsWithMode0600()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payout.key"));
        QString error;
        const auto key = Secp256k1Key::fromBytes(kSecret46, &error);
        QVERIFY2(key->saveFile(path, &error), qPrintable(error));
        struct stat st { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(32, '\x46').toHex() + '\n');
        const auto loaded = Secp256k1Key::loadFile(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->address(), kAddress46);
    }

    void saveNeverOverwritesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payout.key"));
        writeFile(path, "keep me\n", QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        const auto key = Secp256k1Key::fromBytes(kSecret46, &error);
        QVERIFY(!key->saveFile(path, &error));
        QVERIFY(error.contains(QLatin1String("already exists")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me\n"));
    }

    void worldReadableKeyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payout.key"));
        writeFile(path, kSecret46.toHex() + '\n',
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther); // 0644
        QString error;
        QVERIFY(!Secp256k1Key::loadFile(path, &error));
        QVERIFY2(error.contains(QLatin1String("0644")) && error.contains(QLatin1String("chmod 600")),
            qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("4646"))); // the secret is never in a message
    }

    void groupReadableKeyFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payout.key"));
        writeFile(
            path, kSecret46.toHex() + '\n', QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup); // 0640
        QString error;
        QVERIFY(!Secp256k1Key::loadFile(path, &error));
        QVERIFY(error.contains(QLatin1String("0640")));
    }

    void malformedKeyFileIsRefusedWithAReason_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not hex") << QByteArray(64, 'g') + '\n';
        QTest::newRow("too short") << QByteArray(62, 'a') + '\n';
        QTest::newRow("too long") << QByteArray(66, 'a') + '\n';
        QTest::newRow("0x prefix") << "0x" + QByteArray(64, 'a') + '\n';
        QTest::newRow("two newlines") << QByteArray(64, 'a') + "\n\n";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zero key") << QByteArray(64, '0') + '\n';
    }
    void malformedKeyFileIsRefusedWithAReason()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payout.key"));
        writeFile(path, content, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QVERIFY(!Secp256k1Key::loadFile(path, &error));
        QVERIFY(error.contains(path));
    }

    void keyFileWithoutTrailingNewlineLoads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("payout.key"));
        writeFile(path, kSecret46.toHex(), QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        const auto key = Secp256k1Key::loadFile(path, &error);
        QVERIFY2(key, qPrintable(error));
        QCOMPARE(key->address(), kAddress46);
    }

    void missingKeyFileIsReported()
    {
        QString error;
        QVERIFY(!Secp256k1Key::loadFile(QStringLiteral("/nonexistent/payout.key"), &error));
        QVERIFY(error.contains(QLatin1String("/nonexistent/payout.key")));
    }
};

QTEST_APPLESS_MAIN(TestSecp256k1Key)
#include "tst_secp256k1key.moc"
