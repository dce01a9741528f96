// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/devicekey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace sc::core;

class TestDeviceKey final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createdWithMode0600AndReloadedSame()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("device.key"));
        QString err;
        auto a = DeviceKey::loadOrCreate(path, &err);
        QVERIFY2(a, qPrintable(err));
        struct stat st { };
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        auto b = DeviceKey::loadOrCreate(path, &err);
        QVERIFY(b);
        QCOMPARE(a->publicKey(), b->publicKey());
        QCOMPARE(a->publicKey().size(), 32);
    }
    void damagedKeyFileIsAnErrorNotACrash()
    {
        QTemporaryDir d;
        const QString path = d.filePath(QStringLiteral("device.key"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN PRIVATE KEY-----\nnonsense\n");
        f.close();
        QString err;
        QVERIFY(!DeviceKey::loadOrCreate(path, &err));
        QVERIFY(err.contains(QStringLiteral("damaged")));
    }
    void signedRequestVerifiesAndTamperingFails()
    {
        const DeviceKey k = DeviceKey::generate();
        const QByteArray msg = canonicalRequest("POST", "/v1/work", 1700000000, "00ff", "{\"cores\":2}");
        const QByteArray sig = k.sign(msg);
        QCOMPARE(sig.size(), 64);
        QVERIFY(verifyEd25519(k.publicKey(), msg, sig));
        QVERIFY(!verifyEd25519(
            k.publicKey(), canonicalRequest("POST", "/v1/work", 1700000001, "00ff", "{\"cores\":2}"), sig));
        QVERIFY(!verifyEd25519(
            k.publicKey(), canonicalRequest("POST", "/v1/work", 1700000000, "00ff", "{\"cores\":3}"), sig));
        QVERIFY(!verifyEd25519(DeviceKey::generate().publicKey(), msg, sig));
        QVERIFY(!verifyEd25519(k.publicKey().left(31), msg, sig));
        QVERIFY(!verifyEd25519(k.publicKey(), msg, sig.left(63)));
    }
    void canonicalFormIsStable()
    {
        QCOMPARE(canonicalRequest("GET", "/v1/account", 5, "ab", QByteArray()),
            QByteArray(
                "GET\n/v1/account\n5\nab\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceKey)
#include "tst_devicekey.moc"
