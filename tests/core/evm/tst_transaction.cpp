// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/abi.h"
#include "evm/keccak.h"
#include "evm/legacytransaction.h"
#include "evm/rlp.h"
#include "evm/transaction.h"

#include <QTest>

using namespace sc::evm;

namespace {
QByteArray hex(const char* h) { return QByteArray::fromHex(h); }
Uint256 dec(const char* text) { return *Uint256::fromDecimal(QString::fromLatin1(text)); }
const QByteArray kSecret46 = QByteArray(32, '\x46');
const QByteArray kAddress46 = hex("9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");

Secp256k1Key key(const QByteArray& secret)
{
    QString error;
    std::optional<Secp256k1Key> k = Secp256k1Key::fromBytes(secret, &error);
    if (!k)
        qFatal("bad test key: %s", qPrintable(error));
    return std::move(*k);
}

// EIP-155's worked example (the EIP's "Example" section).
LegacyTransaction eip155Example()
{
    LegacyTransaction tx;
    tx.nonce = 9;
    tx.gasPrice = Uint256(20'000'000'000ULL);
    tx.gasLimit = 21000;
    tx.to = QByteArray(20, '\x35');
    tx.value = Uint256(1'000'000'000'000'000'000ULL);
    tx.chainId = 1;
    return tx;
}
} // namespace

class TestTransaction final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void eip155ExampleSignsAsPublished()
    {
        const LegacyTransaction tx = eip155Example();
        QCOMPARE(tx.signingHash().toHex(),
            QByteArray("daf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53"));
        QString error;
        const std::optional<QByteArray> raw = tx.sign(key(kSecret46), &error);
        QVERIFY2(raw, qPrintable(error));
        QCOMPARE(raw->toHex(),
            QByteArray("f86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a7640000"
                       "8025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f"
                       "761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83"));
        // The same, field by field, against the decimal values the EIP states.
        const std::optional<RlpItem> decoded = Rlp::decode(*raw, &error);
        QVERIFY2(decoded && decoded->items.size() == 9, qPrintable(error));
        QCOMPARE(*Rlp::toUint(decoded->items[6], &error), Uint256(37));
        QCOMPARE(*Rlp::toUint(decoded->items[7], &error),
            dec("18515461264373351373200002665853028612451056578545711640558177340181847433846"));
        QCOMPARE(*Rlp::toUint(decoded->items[8], &error),
            dec("46948507304638947509940763649030358759909902576025900602547168820602576006531"));
        QCOMPARE(*tx.v(0), Uint256(37));
        QCOMPARE(*Secp256k1Key::recoverAddress(tx.signingHash(), *Rlp::toUint(decoded->items[7], &error),
                     *Rlp::toUint(decoded->items[8], &error), 37 - 35 - 2),
            kAddress46);
    }

    // ethereumjs-monorepo, packages/tx/test/json/eip1559.json: chain 7822, key 0x8f2a…be63,
    // signed raw transactions (there wrapped once more in an RLP string, b87x, dropped here).
    void eip1559SignsLikeEthereumjsVectors_data()
    {
        QTest::addColumn<quint64>("nonce");
        QTest::addColumn<quint64>("value");
        QTest::addColumn<quint64>("gasLimit");
        QTest::addColumn<quint64>("maxPriorityFee");
        QTest::addColumn<quint64>("maxFee");
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("nonce 819, yParity 0")
            << quint64(819) << quint64(43203529) << quint64(35552) << quint64(75853) << quint64(121212)
            << hex("02f870821e8e8203338301284d8301d97c828ae094000000000000000000000000000000000000aaaa8402933"
                   "bc980c0"
                   "80a0d067f2167008c59219652f91cbf8788dbca5f771f6e91e2b7657e85b78b472e0a01d305af9fe81fdba43f"
                   "0dfcd40"
                   "0ed24dcace0a7e30d4e85701dcaaf484cd079e");
        QTest::newRow("nonce 353, yParity 1")
            << quint64(353) << quint64(61901619) << quint64(32593) << quint64(38850) << quint64(136295)
            << hex("02f86f821e8e8201618297c283021467827f5194000000000000000000000000000000000000aaaa8403b08b3"
                   "380c0"
                   "01a004205678f13fc1d7b10feea6513dfa76e24418b6e08097d95c6f93a3b64e536da01d45ad61bfece43862d"
                   "e2cce7d"
                   "2575a8c1d08c26c87f3cb5f26d7b0be54a91b2");
        QTest::newRow("nonce 119, one-byte nonce")
            << quint64(119) << quint64(65456115) << quint64(62341) << quint64(24721) << quint64(107729)
            << hex("02f86d821e8e778260918301a4d182f38594000000000000000000000000000000000000aaaa8403e6c7f380c"
                   "001a0"
                   "e38e239770801eb995498c821e55ac9c19ae09184bb27b34be105e02fe3b7615a067c64ca6bd6d9107e85fd58"
                   "1ab2e70"
                   "a14b637eb36505bb40861ef9d6e800cab6");
    }
    void eip1559SignsLikeEthereumjsVectors()
    {
        QFETCH(quint64, nonce);
        QFETCH(quint64, value);
        QFETCH(quint64, gasLimit);
        QFETCH(quint64, maxPriorityFee);
        QFETCH(quint64, maxFee);
        QFETCH(QByteArray, raw);
        Eip1559Transaction tx;
        tx.chainId = 7822;
        tx.nonce = nonce;
        tx.value = Uint256(value);
        tx.gasLimit = gasLimit;
        tx.maxPriorityFeePerGas = Uint256(maxPriorityFee);
        tx.maxFeePerGas = Uint256(maxFee);
        tx.to = hex("000000000000000000000000000000000000aaaa");
        const Secp256k1Key signer
            = key(hex("8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63"));
        QString error;
        const std::optional<QByteArray> signedRaw = tx.sign(signer, &error);
        QVERIFY2(signedRaw, qPrintable(error));
        QCOMPARE(signedRaw->toHex(), raw.toHex());
        QCOMPARE(Eip1559Transaction::hash(*signedRaw), Keccak256::hash(raw));

        const std::optional<SignedEip1559Transaction> back = SignedEip1559Transaction::decode(raw, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->transaction.signingHash(), tx.signingHash());
        QCOMPARE(*back->sender(), signer.address());
    }

    void eip1559TokenTransferRecoversToItsSigner()
    {
        QString error;
        const std::optional<Secp256k1Key> hubKey = Secp256k1Key::generate(&error);
        QVERIFY2(hubKey, qPrintable(error));
        Eip1559Transaction tx;
        tx.chainId = 137;
        tx.nonce = 0;
        tx.maxPriorityFeePerGas = Uint256(30'000'000'000ULL);
        tx.maxFeePerGas = *Uint256::parseUnits(u"250", 9);
        tx.gasLimit = 65000;
        tx.to = hex("3c499c542cef5e3811e1192ce70d8cc03d5c3359");
        tx.data = Abi::transferCall(kAddress46, *microTokensToBaseUnits(2'500'000, 6));
        const std::optional<QByteArray> raw = tx.sign(*hubKey, &error);
        QVERIFY2(raw, qPrintable(error));
        QCOMPARE(raw->at(0), '\x02');

        const std::optional<SignedEip1559Transaction> back = SignedEip1559Transaction::decode(*raw, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->transaction.chainId, 137u);
        QCOMPARE(back->transaction.maxFeePerGas, Uint256(250'000'000'000ULL));
        QCOMPARE(back->transaction.data, tx.data);
        QCOMPARE(*back->sender(), hubKey->address());
        // Changing any signed field changes the recovered sender.
        SignedEip1559Transaction tampered = *back;
        tampered.transaction.chainId = 1;
        QVERIFY(tampered.sender() != hubKey->address());
    }

    void signingRefusesABadRecipient()
    {
        Eip1559Transaction tx;
        tx.to = QByteArray(19, '\1');
        QString error;
        QVERIFY(!tx.sign(key(kSecret46), &error));
        QVERIFY(!error.isEmpty());
        LegacyTransaction legacy = eip155Example();
        legacy.to.clear();
        QVERIFY(!legacy.sign(key(kSecret46), &error));
    }

    void decodeRejectsDamagedTransactions()
    {
        Eip1559Transaction tx;
        tx.chainId = 1;
        tx.to = QByteArray(20, '\1');
        QString error;
        const QByteArray raw = *tx.sign(key(kSecret46), &error);
        QVERIFY(SignedEip1559Transaction::decode(raw, &error));
        QVERIFY(!SignedEip1559Transaction::decode(raw.sliced(1), &error)); // no type byte
        QVERIFY(!SignedEip1559Transaction::decode(QByteArray(QByteArray("\x01") + raw.sliced(1)), &error));
        QVERIFY(!SignedEip1559Transaction::decode(QByteArray(raw + '\0'), &error));
        QVERIFY(!SignedEip1559Transaction::decode(raw.chopped(1), &error));
        QVERIFY(
            !SignedEip1559Transaction::decode(QByteArray(QByteArray("\x02") + Rlp::encodeList({})), &error));
        QVERIFY(!SignedEip1559Transaction::decode(QByteArray(), &error));
    }
};

QTEST_APPLESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
