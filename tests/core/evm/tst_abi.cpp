// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/abi.h"

#include <QRandomGenerator>
#include <QTest>

using sc::evm::Abi;
using sc::evm::Uint256;

namespace {
QByteArray hex(const char* h) { return QByteArray::fromHex(h); }
QByteArray word(std::uint64_t v) { return Uint256(v).toBigEndian(); }
const QByteArray kAlice = hex("3535353535353535353535353535353535353535");
const QByteArray kBob = hex("9d8a62f656a8d1615c1294fd71e9cfb3e4855a4f");

// What a Solidity contract returns for `return s;` with a string s.
QByteArray encodedString(const QByteArray& s)
{
    QByteArray padded = s;
    padded.append(QByteArray((32 - s.size() % 32) % 32, '\0'));
    return word(32) + word(static_cast<std::uint64_t>(s.size())) + padded;
}
} // namespace

class TestAbi final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void selectorsMatchPublishedValues()
    {
        QCOMPARE(Abi::selector("transfer(address,uint256)").toHex(), QByteArray("a9059cbb"));
        QCOMPARE(Abi::selector("balanceOf(address)").toHex(), QByteArray("70a08231"));
        QCOMPARE(Abi::selector("decimals()").toHex(), QByteArray("313ce567"));
        QCOMPARE(Abi::selector("symbol()").toHex(), QByteArray("95d89b41"));
        QCOMPARE(Abi::transferTopic().toHex(),
            QByteArray("ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    }

    void callDataIsSelectorAndWords()
    {
        const QByteArray call = Abi::transferCall(kAlice, Uint256(1'000'000));
        QCOMPARE(call.size(), 4 + 64);
        QCOMPARE(call.toHex(),
            QByteArray("a9059cbb"
                       "0000000000000000000000003535353535353535353535353535353535353535"
                       "00000000000000000000000000000000000000000000000000000000000f4240"));
        QCOMPARE(Abi::balanceOfCall(kBob).toHex(),
            QByteArray("70a082310000000000000000000000009d8a62f656a8d1615c1294fd71e9cfb3e4855a4f"));
        QCOMPARE(Abi::decimalsCall().toHex(), QByteArray("313ce567"));
        QCOMPARE(Abi::symbolCall().toHex(), QByteArray("95d89b41"));
        QVERIFY(Abi::transferCall(kAlice.left(19), Uint256(1)).isEmpty());
        QVERIFY(Abi::balanceOfCall(QByteArray(32, '\0')).isEmpty());
    }

    void uint256ReturnIsOneWord()
    {
        QString error;
        QCOMPARE(*Abi::decodeUint256(word(1234), &error), Uint256(1234));
        QCOMPARE(*Abi::decodeUint256(QByteArray(32, '\xff'), &error), Uint256::max());
        QVERIFY(!Abi::decodeUint256(QByteArray(31, '\0'), &error));
        QVERIFY(!Abi::decodeUint256(QByteArray(64, '\0'), &error));
        QVERIFY(!Abi::decodeUint256(QByteArray(), &error)); // a call to an address without code
        QCOMPARE(*Abi::decodeUint8(word(18), &error), 18u);
        QVERIFY(!Abi::decodeUint8(word(256), &error));
    }

    void stringReturnDecodes()
    {
        QString error;
        QCOMPARE(*Abi::decodeString(encodedString("USDC"), &error), QStringLiteral("USDC"));
        QCOMPARE(*Abi::decodeString(encodedString(""), &error), QString());
        QCOMPARE(
            *Abi::decodeString(encodedString(QByteArray(32, 'A')), &error), QString(32, QLatin1Char('A')));
        QCOMPARE(*Abi::decodeString(encodedString("€uro"), &error), QString::fromUtf8("€uro"));
        QCOMPARE(Abi::decodeString(encodedString(QByteArray(1024, 'x')), &error)->size(), 1024);
    }

    void malformedStringReturnIsRejected_data()
    {
        QTest::addColumn<QByteArray>("data");
        QByteArray badPadding = encodedString("abc");
        badPadding[64 + 5] = 'x';
        QByteArray longerThanData = encodedString("abc");
        longerThanData.replace(32, 32, word(33));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one word") << word(32);
        QTest::newRow("bytes32 symbol (not a string)") << (QByteArray("MKR") + QByteArray(29, '\0'));
        QTest::newRow("offset past the end") << (word(64) + word(0));
        QTest::newRow("offset not a multiple of 32") << (word(1) + word(0) + word(0));
        QTest::newRow("huge offset") << (QByteArray(32, '\xff') + word(0));
        QTest::newRow("huge length") << (word(32) + QByteArray(32, '\xff'));
        QTest::newRow("over 1 KiB") << encodedString(QByteArray(1025, 'x'));
        QTest::newRow("length past the end") << longerThanData;
        QTest::newRow("non-zero padding") << badPadding;
        QTest::newRow("trailing word") << (encodedString("abc") + word(0));
        QTest::newRow("not UTF-8") << encodedString("\xff\xfe");
        QTest::newRow("not a whole number of words") << (encodedString("abc") + '\0');
    }
    void malformedStringReturnIsRejected()
    {
        QFETCH(QByteArray, data);
        QString error;
        QVERIFY(!Abi::decodeString(data, &error));
        QVERIFY(!error.isEmpty());
    }

    // Damaged return data (fixed seed) is either rejected with a reason or decodes to a string
    // within the limit; the bounds checks never read outside the data (run under ASan too).
    void mutatedStringReturnStaysInBounds()
    {
        const QByteArray valid = encodedString("Spare Cycles Token");
        QRandomGenerator random(95);
        for (int round = 0; round < 20000; ++round) {
            QByteArray data = valid;
            for (int e = 0; e < 1 + random.bounded(3); ++e) {
                const int at = random.bounded(static_cast<int>(data.size()));
                if (random.bounded(2))
                    data[at] = static_cast<char>(random.bounded(256));
                else
                    data.truncate(at);
                if (data.isEmpty())
                    break;
            }
            QString error;
            const std::optional<QString> text = Abi::decodeString(data, &error);
            QVERIFY(text ? text->size() <= Abi::kMaxStringBytes : !error.isEmpty());
        }
    }

    void transferLogDecodes()
    {
        const QList<QByteArray> topics { Abi::transferTopic(), Abi::encodeAddress(kAlice),
            Abi::encodeAddress(kBob) };
        QString error;
        const auto log = Abi::decodeTransferLog(topics, word(42), &error);
        QVERIFY2(log, qPrintable(error));
        QCOMPARE(log->from, kAlice);
        QCOMPARE(log->to, kBob);
        QCOMPARE(log->value, Uint256(42));
    }

    void foreignLogsAreRejected()
    {
        const QByteArray alice = Abi::encodeAddress(kAlice);
        const QByteArray bob = Abi::encodeAddress(kBob);
        QString error;
        // Approval(address,address,uint256) has the same shape.
        QVERIFY(!Abi::decodeTransferLog(
            { Abi::eventTopic("Approval(address,address,uint256)"), alice, bob }, word(1), &error));
        // ERC-721's Transfer has the value indexed: four topics, no data.
        QVERIFY(!Abi::decodeTransferLog({ Abi::transferTopic(), alice, bob, word(1) }, QByteArray(), &error));
        QVERIFY(!Abi::decodeTransferLog({ Abi::transferTopic(), alice }, word(1), &error));
        QVERIFY(!Abi::decodeTransferLog(
            { Abi::transferTopic(), alice, QByteArray(32, '\xff') }, word(1), &error));
        QVERIFY(!Abi::decodeTransferLog({ Abi::transferTopic(), alice, bob }, QByteArray(), &error));
    }
};

QTEST_APPLESS_MAIN(TestAbi)
#include "tst_abi.moc"
