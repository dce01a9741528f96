// SPDX-License-Identifier: GPL-3.0-or-later
#include "wallet/evmaddress.h"

#include <QTest>

using sc::core::EvmAddress;

class TestEvmAddress final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keccakMatchesKnownDigests()
    {
        QCOMPARE(EvmAddress::keccak256(QByteArray()).toHex(),
            QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
        QCOMPARE(EvmAddress::keccak256("abc").toHex(),
            QByteArray("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"));
        // Longer than one 136-byte block.
        QCOMPARE(EvmAddress::keccak256(QByteArray(200, 'a')).size(), 32);
    }

    void eip55ExamplesAreRecognised_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("1") << QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        QTest::newRow("2") << QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
        QTest::newRow("3") << QStringLiteral("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
        QTest::newRow("4") << QStringLiteral("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb");
    }
    void eip55ExamplesAreRecognised()
    {
        QFETCH(QString, address);
        QCOMPARE(EvmAddress::checksummed(address.toLower()), address);
        QString error;
        QVERIFY2(EvmAddress::validate(address, &error), qPrintable(error));
    }

    void typoInMixedCaseIsRejectedWithAReason()
    {
        QString error;
        QVERIFY(!EvmAddress::validate(QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"), &error));
        QVERIFY(error.contains(QLatin1String("checksum")));
        QVERIFY(!EvmAddress::validate(QStringLiteral("0x123"), &error));
        QVERIFY(!EvmAddress::validate(QStringLiteral("0xZZaeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), &error));
        QVERIFY(EvmAddress::validate(
            QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), &error)); // no checksum given
    }

    // Found by fuzz_wallet: validate() trims, checksummed() did not, so an address with a tab
    // after it validated and then had no checksummed form (WalletWatch watched nothing).
    void whatValidatesHasAChecksummedForm()
    {
        const QString padded = QStringLiteral(" 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\t\n");
        QString error;
        QVERIFY(EvmAddress::validate(padded, &error));
        QCOMPARE(
            EvmAddress::checksummed(padded), QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
    }
};

QTEST_GUILESS_MAIN(TestEvmAddress)
#include "tst_evmaddress.moc"
