// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/hdkey.h"
#include "wallet/mnemonic.h"

#include <QTest>

using sc::core::HdKey;
using sc::core::Mnemonic;

class TestHdKey final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // BIP-32's test vectors 1 and 2. The BIP gives xprv strings; the chain codes and private
    // keys here were decoded from them (Base58Check) when this test was written.
    void bip32VectorsDerive_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("chainCode");
        QTest::addColumn<QByteArray>("key");
        const QByteArray s1("000102030405060708090a0b0c0d0e0f");
        QTest::newRow("1: m") << s1 << QStringLiteral("m")
                              << QByteArray(
                                     "873dff81c02f525623fd1fe5167eac3a55a049de3d314bb42ee227ffed37d508")
                              << QByteArray(
                                     "e8f32e723decf4051aefac8e2c93c9c5b214313817cdb01a1494b917c8436b35");
        QTest::newRow("1: m/0H") << s1 << QStringLiteral("m/0'")
                                 << QByteArray(
                                        "47fdacbd0f1097043b78c63c20c34ef4ed9a111d980047ad16282c7ae6236141")
                                 << QByteArray(
                                        "edb2e14f9ee77d26dd93b4ecede8d16ed408ce149b6cd80b0715a2d911a0afea");
        QTest::newRow("1: m/0H/1") << s1 << QStringLiteral("m/0H/1")
                                   << QByteArray(
                                          "2a7857631386ba23dacac34180dd1983734e444fdbf774041578e9b6adb37c19")
                                   << QByteArray(
                                          "3c6cb8d0f6a264c91ea8b5030fadaa8e538b020f0a387421a12de9319dc93368");
        QTest::newRow("1: m/0H/1/2H")
            << s1 << QStringLiteral("m/0h/1/2'")
            << QByteArray("04466b9cc8e161e966409ca52986c584f07e9dc81f735db683c3ff6ec7b1503f")
            << QByteArray("cbce0d719ecf7431d88e6a89fa1483e02e35092af60c042b1df2ff59fa424dca");
        QTest::newRow("1: m/0H/1/2H/2")
            << s1 << QStringLiteral("m/0'/1/2'/2")
            << QByteArray("cfb71883f01676f587d023cc53a35bc7f88f724b1f8c2892ac1275ac822a3edd")
            << QByteArray("0f479245fb19a38a1954c5c7c0ebab2f9bdfd96a17563ef28a6a4b1a2a764ef4");
        QTest::newRow("1: m/0H/1/2H/2/1000000000")
            << s1 << QStringLiteral("m/0'/1/2'/2/1000000000")
            << QByteArray("c783e67b921d2beb8f6b389cc646d7263b4145701dadd2161548a8b078e65e9e")
            << QByteArray("471b76e389e528d6de6d816857e012c5455051cad6660850e58372a6c3e6e7c8");
        const QByteArray s2(
            "fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a87"
            "84817e7b7875726f6c696663605d5a5754514e4b484542");
        QTest::newRow("2: m") << s2 << QStringLiteral("m")
                              << QByteArray(
                                     "60499f801b896d83179a4374aeb7822aaeaceaa0db1f85ee3e904c4defbd9689")
                              << QByteArray(
                                     "4b03d6fc340455b363f51020ad3ecca4f0850280cf436c70c727923f6db46c3e");
        QTest::newRow("2: m/0") << s2 << QStringLiteral("m/0")
                                << QByteArray(
                                       "f0909affaa7ee7abe5dd4e100598d4dc53cd709d5a5c2cac40e7412f232f7c9c")
                                << QByteArray(
                                       "abe74a98f6c7eabee0428f53798f0ab8aa1bd37873999041703c742f15ac7e1e");
        QTest::newRow("2: m/0/2147483647H")
            << s2 << QStringLiteral("m/0/2147483647'")
            << QByteArray("be17a268474a6bb9c61e1d720cf6215e2a88c5406c4aee7b38547f585c9a37d9")
            << QByteArray("877c779ad9687164e9c2f4f0f4ff0340814392330693ce95a58fe18fd52e6e93");
        QTest::newRow("2: m/0/2147483647H/1")
            << s2 << QStringLiteral("m/0/2147483647'/1")
            << QByteArray("f366f48f1ea9f2d1d3fe958c95ca84ea18e4c4ddb9366c336c927eb246fb38cb")
            << QByteArray("704addf544a06e5ee4bea37098463c23613da32020d604506da8c0518e1da4b7");
        QTest::newRow("2: m/0/2147483647H/1/2147483646H")
            << s2 << QStringLiteral("m/0/2147483647'/1/2147483646'")
            << QByteArray("637807030d55d01f9a0cb3a7839515d796bd07706386a6eddf06cc29a65a0e29")
            << QByteArray("f1c7c871a54a804afe328b4c83a1c33b8e5ff48f5087273f04efa83b247d6a2d");
        QTest::newRow("2: m/0/2147483647H/1/2147483646H/2")
            << s2 << QStringLiteral("m/0/2147483647'/1/2147483646'/2")
            << QByteArray("9452b549be8cea3ecb7a84bec10dcfd94afe4d129ebfd3b3cb58eedf394ed271")
            << QByteArray("bb7d39bdb83ecf58f2fd82b6d918341cbef428661ef01ab97c28a4842125ac23");
    }
    void bip32VectorsDerive()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QString, path);
        QFETCH(QByteArray, chainCode);
        QFETCH(QByteArray, key);
        QString error;
        const auto master = HdKey::fromSeed(QByteArray::fromHex(seed), &error);
        QVERIFY2(master, qPrintable(error));
        const auto indexes = HdKey::parsePath(path, &error);
        QVERIFY2(indexes, qPrintable(error));
        const auto k = master->derive(*indexes, &error);
        QVERIFY2(k, qPrintable(error));
        QCOMPARE(k->chainCode().toByteArray().toHex(), chainCode);
        QCOMPARE(k->privateKey().toByteArray().toHex(), key);
        QCOMPARE(k->depth(), static_cast<int>(indexes->size()));
    }

    void masterPublicKeyIsCompressed()
    {
        // BIP-32 vector 1, m: the public key inside its xpub.
        QString error;
        const auto m = HdKey::fromSeed(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"), &error);
        QCOMPARE(m->publicKey().toHex(),
            QByteArray("0339a36013301597daef41fbe593a02cc513d0b55527ec2df1050e2e8ff49c85c2"));
    }

    // The phrase every wallet's tests use: MetaMask, Trezor and Ledger all show this address
    // as the first account (BIP-44, m/44'/60'/0'/0/0, no passphrase).
    void abandonAboutGivesTheKnownEthereumAddress()
    {
        QString error;
        const auto seed = Mnemonic::toSeed(QStringLiteral("abandon abandon abandon abandon abandon abandon "
                                                          "abandon abandon abandon abandon abandon about"),
            QString(), &error);
        QVERIFY2(seed, qPrintable(error));
        const auto account = HdKey::ethereumAccount(seed->view(), &error);
        QVERIFY2(account, qPrintable(error));
        QCOMPARE(account->address, QStringLiteral("0x9858EfFD232B4033E47d90003D41EC34EcaEda94"));
        QCOMPARE(account->privateKey.size(), std::size_t(32));
    }

    void addressOfAKnownKeyIsEip55()
    {
        // The Web3 Secret Storage test key and its address (lower case in the spec's files).
        QString error;
        const QString a = HdKey::addressOf(
            QByteArray::fromHex("7a28b5ba57c53603b0b07b56bba752f7784bf506fa95edc395f5cf6c7514fe9d"), &error);
        QCOMPARE(a.toLower(), QStringLiteral("0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b"));
        QVERIFY(a != a.toLower()); // mixed case: the EIP-55 checksum
        QVERIFY(HdKey::addressOf(QByteArray(32, '\0'), &error).isEmpty());
    }

    void badPathsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");
        QTest::newRow("no m") << QStringLiteral("44'/60'") << QStringLiteral("starts with \"m\"");
        QTest::newRow("empty level") << QStringLiteral("m//0") << QStringLiteral("Level 1");
        QTest::newRow("letters") << QStringLiteral("m/44'/x")
                                 << QStringLiteral("Level 2 of the key path, \"x\"");
        QTest::newRow("too big") << QStringLiteral("m/2147483648") << QStringLiteral("2147483647");
        QTest::newRow("sign") << QStringLiteral("m/-1") << QStringLiteral("Level 1");
        QTest::newRow("only tick") << QStringLiteral("m/'") << QStringLiteral("Level 1");
    }
    void badPathsSayWhatIsWrong()
    {
        QFETCH(QString, path);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!HdKey::parsePath(path, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void seedOfWrongLengthIsRefused()
    {
        QString error;
        QVERIFY(!HdKey::fromSeed(QByteArray(15, 'x'), &error));
        QVERIFY(!HdKey::fromSeed(QByteArray(65, 'x'), &error));
        QVERIFY(error.contains(QLatin1String("16 to 64")));
    }
};

QTEST_GUILESS_MAIN(TestHdKey)
#include "tst_hdkey.moc"
