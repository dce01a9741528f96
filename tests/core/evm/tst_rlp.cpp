// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/keccak.h"
#include "evm/rlp.h"

#include <QRandomGenerator>
#include <QTest>

using sc::evm::Keccak256;
using sc::evm::Rlp;
using sc::evm::RlpItem;
using sc::evm::Uint256;

namespace {
QByteArray hex(const char* h) { return QByteArray::fromHex(h); }
QByteArray lorem56() { return QByteArray("Lorem ipsum dolor sit amet, consectetur adipisicing elit"); }
} // namespace

class TestRlp final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keccakMatchesPublishedDigests()
    {
        QCOMPARE(Keccak256::hash(QByteArray()).toHex(),
            QByteArray("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"));
        QCOMPARE(Keccak256::hash("abc").toHex(),
            QByteArray("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"));
    }

    // The examples of the Ethereum wiki's RLP page and the Yellow Paper's appendix B.
    void stringsEncodeAsPublished()
    {
        QCOMPARE(Rlp::encodeBytes("dog").toHex(), QByteArray("83646f67"));
        QCOMPARE(Rlp::encodeBytes("").toHex(), QByteArray("80"));
        QCOMPARE(Rlp::encodeBytes(hex("00")).toHex(), QByteArray("00"));
        QCOMPARE(Rlp::encodeBytes(hex("0f")).toHex(), QByteArray("0f"));
        QCOMPARE(Rlp::encodeBytes(hex("80")).toHex(), QByteArray("8180"));
        QCOMPARE(lorem56().size(), 56);
        QCOMPARE(Rlp::encodeBytes(lorem56()), hex("b838") + lorem56());
        QCOMPARE(Rlp::encodeBytes(QByteArray(55, 'a')).left(1).toHex(), QByteArray("b7"));
        QCOMPARE(Rlp::encodeBytes(QByteArray(1024, 'a')).left(3).toHex(), QByteArray("b90400"));
    }

    void integersEncodeAsPublished()
    {
        QCOMPARE(Rlp::encodeUint(std::uint64_t(0)).toHex(), QByteArray("80"));
        QCOMPARE(Rlp::encodeUint(std::uint64_t(15)).toHex(), QByteArray("0f"));
        QCOMPARE(Rlp::encodeUint(std::uint64_t(127)).toHex(), QByteArray("7f"));
        QCOMPARE(Rlp::encodeUint(std::uint64_t(128)).toHex(), QByteArray("8180"));
        QCOMPARE(Rlp::encodeUint(std::uint64_t(1024)).toHex(), QByteArray("820400"));
        QCOMPARE(Rlp::encodeUint(Uint256::max()), hex("a0") + QByteArray(32, '\xff'));
    }

    void listsEncodeAsPublished()
    {
        QCOMPARE(Rlp::encodeList({ Rlp::encodeBytes("cat"), Rlp::encodeBytes("dog") }).toHex(),
            QByteArray("c88363617483646f67"));
        QCOMPARE(Rlp::encodeList({}).toHex(), QByteArray("c0"));
        // The set-theoretic representation of three: [ [], [[]], [ [], [[]] ] ].
        const QByteArray empty = Rlp::encodeList({});
        const QByteArray one = Rlp::encodeList({ empty });
        QCOMPARE(Rlp::encodeList({ empty, one, Rlp::encodeList({ empty, one }) }).toHex(),
            QByteArray("c7c0c1c0c3c0c1c0"));
        // A list with a payload over 55 bytes takes the long form.
        const QByteArray longList = Rlp::encodeList({ Rlp::encodeBytes(lorem56()) });
        QCOMPARE(longList.left(2).toHex(), QByteArray("f83a"));
    }

    void decodeReadsBackWhatWasEncoded()
    {
        QString error;
        const std::optional<RlpItem> cats = Rlp::decode(hex("c88363617483646f67"), &error);
        QVERIFY2(cats, qPrintable(error));
        QVERIFY(cats->isList);
        QCOMPARE(cats->items.size(), 2);
        QCOMPARE(cats->items[0].bytes, QByteArray("cat"));
        QCOMPARE(cats->items[1].bytes, QByteArray("dog"));

        const std::optional<RlpItem> three = Rlp::decode(hex("c7c0c1c0c3c0c1c0"), &error);
        QVERIFY2(three, qPrintable(error));
        QCOMPARE(three->items.size(), 3);
        QCOMPARE(three->items[2].items[1].items.size(), 1);

        const std::optional<RlpItem> longString = Rlp::decode(QByteArray(hex("b838") + lorem56()), &error);
        QVERIFY2(longString, qPrintable(error));
        QCOMPARE(longString->bytes, lorem56());

        const std::optional<RlpItem> n = Rlp::decode(hex("820400"), &error);
        QCOMPARE(*Rlp::toUint(*n, &error), Uint256(1024));
        QCOMPARE(*Rlp::toUint(*Rlp::decode(hex("80"), &error), &error), Uint256());
    }

    void nonCanonicalOrDamagedInputIsRejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty input") << QByteArray();
        QTest::newRow("single byte wrapped") << hex("8105");
        QTest::newRow("long form for a short string") << hex("b803646f67");
        QTest::newRow("long form for a short list") << hex("f803c0c0c0");
        QTest::newRow("length with a leading zero") << (hex("b90038") + lorem56());
        QTest::newRow("string truncated") << hex("83646f");
        QTest::newRow("length truncated") << hex("b9");
        QTest::newRow("list payload truncated") << hex("c88363617483646f");
        QTest::newRow("item overruns its list") << hex("c283646f67");
        QTest::newRow("trailing bytes") << hex("83646f6700");
        QTest::newRow("two items at top level") << hex("c0c0");
        QTest::newRow("absurd length") << hex("bbffffffff");
    }
    void nonCanonicalOrDamagedInputIsRejected()
    {
        QFETCH(QByteArray, input);
        QString error;
        QVERIFY(!Rlp::decode(input, &error));
        QVERIFY(!error.isEmpty());
    }

    void nestingIsLimitedToSixteenLevels()
    {
        QByteArray nested = Rlp::encodeList({});
        for (int i = 0; i <= Rlp::kMaxDepth; ++i)
            nested = Rlp::encodeList({ nested });
        QString error;
        QVERIFY(!Rlp::decode(nested, &error)); // 17 levels below the top
        QVERIFY(error.contains(QLatin1String("deeper")));
        QVERIFY(Rlp::decode(nested.sliced(1), &error)); // 16
    }

    // Canonical means one encoding per value: whatever the decoder accepts re-encodes to the
    // same bytes. Mutations of valid encodings (fixed seed) probe the bounds checks.
    void acceptedInputReencodesToItselfUnderMutation()
    {
        const QList<QByteArray> seeds { hex("c88363617483646f67"), hex("c7c0c1c0c3c0c1c0"),
            Rlp::encodeList(
                { Rlp::encodeBytes(lorem56()), Rlp::encodeUint(Uint256::max()), Rlp::encodeList({}) }),
            Rlp::encodeBytes(QByteArray(300, 'z')) };
        QRandomGenerator random(20261202);
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray input = seeds[random.bounded(static_cast<int>(seeds.size()))];
            const int edits = 1 + random.bounded(3);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(static_cast<int>(input.size()));
                switch (random.bounded(3)) {
                case 0:
                    input[at] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    input.remove(at, 1);
                    break;
                default:
                    input.insert(at, static_cast<char>(random.bounded(256)));
                }
                if (input.isEmpty())
                    input = QByteArray(1, '\x80');
            }
            QString error;
            const std::optional<RlpItem> item = Rlp::decode(input, &error);
            if (item) {
                ++accepted;
                QCOMPARE(Rlp::encode(*item).toHex(), input.toHex());
            } else {
                QVERIFY(!error.isEmpty());
            }
        }
        QVERIFY(accepted > 0);
    }

    void integerWithLeadingZeroIsRejected()
    {
        QString error;
        QVERIFY(!Rlp::toUint(*Rlp::decode(hex("820004"), &error), &error));
        QVERIFY(!Rlp::toUint(*Rlp::decode(hex("00"), &error), &error)); // zero is 0x80, not 0x00
        QVERIFY(!Rlp::toUint(*Rlp::decode(hex("c0"), &error), &error));
        QVERIFY(!Rlp::toUint(*Rlp::decode(QByteArray(hex("a1") + QByteArray(33, '\1')), &error), &error));
    }
};

QTEST_APPLESS_MAIN(TestRlp)
#include "tst_rlp.moc"
