// SPDX-License-Identifier: GPL-3.0-or-later
#include "evm/uint256.h"

#include <QRandomGenerator>
#include <QTest>
#include <limits>

using sc::evm::microTokensToBaseUnits;
using sc::evm::Uint256;

namespace {
const QString kMaxDecimal
    = QStringLiteral("115792089237316195423570985008687907853269984665640564039457584007913129639935");

QString s(const char* text) { return QString::fromLatin1(text); }
Uint256 dec(const char* text) { return *Uint256::fromDecimal(QString::fromLatin1(text)); }
} // namespace

// Compile-time use: the type is a literal type and its arithmetic is constexpr.
static_assert(Uint256(2).checkedAdd(Uint256(3)) == Uint256(5));
static_assert(!Uint256::max().checkedAdd(Uint256(1)));
static_assert(Uint256::pow10(77).has_value() && !Uint256::pow10(78).has_value());
static_assert(Uint256(100).divMod(7)->quotient == Uint256(14) && Uint256(100).divMod(7)->remainder == 2);
static_assert(Uint256::fromLimbs(1, 0, 0, 0) > Uint256::fromLimbs(0, ~0ULL, ~0ULL, ~0ULL));

class TestUint256 final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void maxValueHasKnownDecimalAndHexForms()
    {
        QCOMPARE(Uint256::max().toDecimal(), kMaxDecimal);
        QCOMPARE(Uint256::max().toQuantity(), QStringLiteral("0x") + QString(64, QLatin1Char('f')));
        QCOMPARE(*Uint256::fromDecimal(kMaxDecimal), Uint256::max());
        QCOMPARE(Uint256::max().bitLength(), 256);
        QCOMPARE(Uint256().bitLength(), 0);
    }

    void decimalOneAboveMaxIsRejected()
    {
        QVERIFY(!Uint256::fromDecimal(QStringLiteral(
            "115792089237316195423570985008687907853269984665640564039457584007913129639936")));
        QVERIFY(!Uint256::fromDecimal(QString(kMaxDecimal + QLatin1Char('0'))));
    }

    void decimalRoundTrips_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* t :
            { "0", "1", "9", "10", "18446744073709551615", "18446744073709551616", "10000000000000000000",
                "340282366920938463463374607431768211456", "1000000000000000000000000" })
            QTest::newRow(t) << QString::fromLatin1(t);
        QTest::newRow("max") << kMaxDecimal;
    }
    void decimalRoundTrips()
    {
        QFETCH(QString, text);
        const std::optional<Uint256> v = Uint256::fromDecimal(text);
        QVERIFY(v);
        QCOMPARE(v->toDecimal(), text);
        QCOMPARE(*Uint256::fromBigEndian(v->toBigEndian()), *v);
        QCOMPARE(*Uint256::fromHex(v->toQuantity()), *v);
    }

    void malformedDecimalIsRejected()
    {
        for (const char* t : { "", "-1", "+1", " 1", "1 ", "1.0", "0x10", "1e3", "١" })
            QVERIFY2(!Uint256::fromDecimal(QString::fromUtf8(t)), t);
        QCOMPARE(*Uint256::fromDecimal(u"007"), Uint256(7));
    }

    void quantityFollowsJsonRpcRules()
    {
        QCOMPARE(Uint256().toQuantity(), QStringLiteral("0x0"));
        QCOMPARE(Uint256(1024).toQuantity(), QStringLiteral("0x400"));
        QCOMPARE(Uint256(0x41).toQuantity(), QStringLiteral("0x41"));
        QCOMPARE(*Uint256::fromHex(u"0x0"), Uint256());
        QCOMPARE(*Uint256::fromHex(u"0x400"), Uint256(1024));
        QCOMPARE(*Uint256::fromHex(u"0xFF"), Uint256(255));
        // Leading zeros, empty, no prefix, too long, not hex.
        for (const char* t : { "0x", "0x0400", "0x00", "400", "0x-1", "0xg", " 0x1", "0x1 ", "" })
            QVERIFY2(!Uint256::fromHex(QString::fromLatin1(t)), t);
        QVERIFY(!Uint256::fromHex(QString(QStringLiteral("0x1") + QString(64, QLatin1Char('0')))));
    }

    void dataWordOf64HexDigitsIsAccepted()
    {
        const QString word = QStringLiteral("0x") + QString(62, QLatin1Char('0')) + QStringLiteral("12");
        QCOMPARE(*Uint256::fromHex(word), Uint256(0x12));
        QCOMPARE(*Uint256::fromHex(QString(QStringLiteral("0x") + QString(64, QLatin1Char('0')))), Uint256());
    }

    void bigEndianIsExactAndBounded()
    {
        const Uint256 v = Uint256::fromLimbs(0x0102030405060708ULL, 0, 0, 0x1122ULL);
        const QByteArray be = v.toBigEndian();
        QCOMPARE(be.size(), 32);
        QCOMPARE(be.left(8).toHex(), QByteArray("0102030405060708"));
        QCOMPARE(be.right(2).toHex(), QByteArray("1122"));
        QCOMPARE(v.toMinimalBigEndian().size(), 32);
        QCOMPARE(Uint256(1024).toMinimalBigEndian().toHex(), QByteArray("0400"));
        QVERIFY(Uint256().toMinimalBigEndian().isEmpty());
        QCOMPARE(*Uint256::fromBigEndian(QByteArray::fromHex("0400")), Uint256(1024));
        QCOMPARE(*Uint256::fromBigEndian(QByteArray()), Uint256());
        QVERIFY(!Uint256::fromBigEndian(QByteArray(33, '\1')));
    }

    void addAndSubDetectOverflow()
    {
        QCOMPARE(*Uint256(~0ULL).checkedAdd(Uint256(1)), Uint256::fromLimbs(0, 0, 1, 0)); // carry
        QCOMPARE(*Uint256::max().checkedSub(Uint256::max()), Uint256());
        QCOMPARE(*Uint256::fromLimbs(0, 0, 1, 0).checkedSub(Uint256(1)), Uint256(~0ULL)); // borrow
        QVERIFY(!Uint256::max().checkedAdd(Uint256(1)));
        QVERIFY(!Uint256::fromLimbs(1ULL << 63, 0, 0, 0).checkedAdd(Uint256::fromLimbs(1ULL << 63, 0, 0, 0)));
        QVERIFY(!Uint256(1).checkedSub(Uint256(2)));
        QVERIFY(!Uint256().checkedSub(Uint256::max()));
    }

    void multiplyDetectsOverflow()
    {
        QCOMPARE(*Uint256(~0ULL).checkedMul(~0ULL), Uint256::fromLimbs(0, 0, ~0ULL - 1, 1));
        QCOMPARE(*Uint256::max().checkedMul(1), Uint256::max());
        QCOMPARE(*Uint256::max().checkedMul(0), Uint256());
        QVERIFY(!Uint256::max().checkedMul(2));
        QVERIFY(Uint256::fromLimbs(1, 0, 0, 0).checkedMul(1ULL << 63)); // 2^255 fits
        QVERIFY(!Uint256::fromLimbs(1ULL << 63, 0, 0, 0).checkedMul(2));
        // 256-bit × 256-bit.
        const Uint256 twoPow128 = Uint256::fromLimbs(0, 1, 0, 0);
        QVERIFY(!twoPow128.checkedMul(twoPow128));
        QCOMPARE(*twoPow128.checkedMul(Uint256::fromLimbs(0, 0, ~0ULL, ~0ULL)),
            Uint256::fromLimbs(~0ULL, ~0ULL, 0, 0));
        QCOMPARE(*dec("21000").checkedMul(dec("100000000000")), dec("2100000000000000"));
        QCOMPARE(*dec("340282366920938463463374607431768211455")
                      .checkedMul(dec("340282366920938463463374607431768211457")),
            Uint256::max()); // (2^128 - 1)(2^128 + 1) = 2^256 - 1
    }

    // Arithmetic identities on random values of every width (fixed seed).
    void randomValuesSatisfyArithmeticIdentities()
    {
        QRandomGenerator random(7822);
        const auto randomValue = [&random] {
            std::uint64_t limbs[4];
            const int used = 1 + random.bounded(4);
            for (int i = 0; i < 4; ++i)
                limbs[i] = i < used ? random.generate64() : 0;
            return Uint256::fromLimbs(limbs[3], limbs[2], limbs[1], limbs[0]);
        };
        for (int i = 0; i < 2000; ++i) {
            const Uint256 a = randomValue();
            const Uint256 b = randomValue();
            const std::uint64_t d = random.generate64() >> random.bounded(64);
            if (const auto sum = a.checkedAdd(b)) {
                QCOMPARE(*sum->checkedSub(b), a);
                QVERIFY(*sum >= a);
            } else {
                QVERIFY(*Uint256::max().checkedSub(a) < b);
            }
            if (d != 0) {
                const Uint256::DivMod dm = *a.divMod(d);
                QVERIFY(dm.remainder < d);
                QCOMPARE(*dm.quotient.checkedMul(d)->checkedAdd(Uint256(dm.remainder)), a);
            }
            QCOMPARE(a.checkedMul(b), b.checkedMul(a));
            const std::uint64_t m = b.limb(0) | 1;
            QCOMPARE(a.checkedMul(m), a.checkedMul(Uint256(m)));
            if (const auto product = a.checkedMul(m)) {
                QCOMPARE(product->divMod(m)->quotient, a);
                QCOMPARE(product->divMod(m)->remainder, 0ULL);
            }
            QCOMPARE(*Uint256::fromDecimal(a.toDecimal()), a);
            QCOMPARE(*Uint256::fromHex(a.toQuantity()), a);
            QCOMPARE(*Uint256::parseUnits(a.formatUnits(18), 18), a);
        }
    }

    void divModIsExact()
    {
        const auto dm = *Uint256::max().divMod(10);
        QCOMPARE(dm.remainder, 5ULL);
        QCOMPARE(dm.quotient.toDecimal(), kMaxDecimal.chopped(1));
        const auto byMax64 = *Uint256::max().divMod(~0ULL);
        QCOMPARE(byMax64.remainder, 0ULL); // 2^256 - 1 is divisible by 2^64 - 1
        QCOMPARE(*byMax64.quotient.checkedMul(~0ULL), Uint256::max());
        QCOMPARE(Uint256(7).divMod(7)->quotient, Uint256(1));
        QVERIFY(!Uint256(7).divMod(0));
    }

    void formatUnitsIsExact_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<uint>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << s("0") << 18u << s("0");
        QTest::newRow("1 wei") << s("1") << 18u << s("0.000000000000000001");
        QTest::newRow("1.5 ether") << s("1500000000000000000") << 18u << s("1.5");
        QTest::newRow("whole") << s("2000000") << 6u << s("2");
        QTest::newRow("no decimals") << s("123") << 0u << s("123");
        QTest::newRow("max 18")
            << kMaxDecimal << 18u
            << s("115792089237316195423570985008687907853269984665640564039457.584007913129639935");
        QTest::newRow("max 77")
            << kMaxDecimal << 77u
            << s("1.15792089237316195423570985008687907853269984665640564039457584007913129639935");
        QTest::newRow("max 80")
            << kMaxDecimal << 80u
            << s("0.00115792089237316195423570985008687907853269984665640564039457584007913129639935");
    }
    void formatUnitsIsExact()
    {
        QFETCH(QString, amount);
        QFETCH(uint, decimals);
        QFETCH(QString, text);
        const Uint256 v = *Uint256::fromDecimal(amount);
        QCOMPARE(v.formatUnits(decimals), text);
        QString error;
        QCOMPARE(*Uint256::parseUnits(text, decimals, &error), v);
    }

    void parseUnitsAcceptsPaddedFractions()
    {
        QCOMPARE(*Uint256::parseUnits(u"1.50", 18), dec("1500000000000000000"));
        QCOMPARE(*Uint256::parseUnits(u"0.000000000000000001", 18), Uint256(1));
        QCOMPARE(*Uint256::parseUnits(u"0", 0), Uint256());
        QCOMPARE(*Uint256::parseUnits(u"0.0", 1), Uint256());
    }

    void parseUnitsRejectsBadTextWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<uint>("decimals");
        QTest::newRow("empty") << s("") << 18u;
        QTest::newRow("negative") << s("-1") << 18u;
        QTest::newRow("two points") << s("1.2.3") << 18u;
        QTest::newRow("leading point") << s(".5") << 18u;
        QTest::newRow("trailing point") << s("1.") << 18u;
        QTest::newRow("comma") << s("1,5") << 18u;
        QTest::newRow("exponent") << s("1e18") << 18u;
        QTest::newRow("space") << s(" 1") << 18u;
        QTest::newRow("too many decimals") << s("0.0000000000000000001") << 18u;
        QTest::newRow("fraction with 0 decimals") << s("1.0") << 0u;
        QTest::newRow("too large") << s("115792089237316195423570985008687907853269984665640564039458")
                                   << 18u;
        QTest::newRow("too large at 77") << s("2") << 77u;
    }
    void parseUnitsRejectsBadTextWithAReason()
    {
        QFETCH(QString, text);
        QFETCH(uint, decimals);
        QString error;
        QVERIFY(!Uint256::parseUnits(text, decimals, &error));
        QVERIFY(!error.isEmpty());
    }

    void microTokensConvertExactly()
    {
        constexpr std::int64_t maxMicro = std::numeric_limits<std::int64_t>::max();
        // decimals 6: base units are micro-tokens.
        QCOMPARE(*microTokensToBaseUnits(1'500'000, 6), Uint256(1'500'000));
        QCOMPARE(*microTokensToBaseUnits(maxMicro, 6), Uint256(static_cast<std::uint64_t>(maxMicro)));
        // decimals 18: × 10^12.
        QCOMPARE(*microTokensToBaseUnits(1'500'000, 18), dec("1500000000000000000"));
        QCOMPARE(*microTokensToBaseUnits(maxMicro, 18), dec("9223372036854775807000000000000"));
        // decimals 0: whole tokens only.
        QCOMPARE(*microTokensToBaseUnits(3'000'000, 0), Uint256(3));
        QVERIFY(!microTokensToBaseUnits(1'500'000, 0));
        QVERIFY(!microTokensToBaseUnits(1, 0));
        QCOMPARE(*microTokensToBaseUnits(0, 0), Uint256());
        // decimals 77: 10^71 per micro-token, and 2^256 - 1 = 1157920.89… × 10^71: 1.157920
        // tokens fit, one micro-token more does not.
        QCOMPARE(microTokensToBaseUnits(1'157'920, 77)->toDecimal(),
            QString(QStringLiteral("1157920") + QString(71, QLatin1Char('0'))));
        QVERIFY(!microTokensToBaseUnits(1'157'921, 77));
        QVERIFY(!microTokensToBaseUnits(maxMicro, 77));
        // 10^(decimals - 6) itself overflows from decimals 84; only zero converts.
        QVERIFY(!microTokensToBaseUnits(1, 84));
        QCOMPARE(*microTokensToBaseUnits(0, 200), Uint256());
        QVERIFY(!microTokensToBaseUnits(-1, 18));
    }

    void baseUnitsConvertBackRoundedDown()
    {
        using sc::evm::baseUnitsToMicroTokensFloor;
        constexpr std::int64_t maxMicro = std::numeric_limits<std::int64_t>::max();
        QCOMPARE(baseUnitsToMicroTokensFloor(dec("1500000000000000000"), 18), 1'500'000);
        QCOMPARE(baseUnitsToMicroTokensFloor(dec("1500000999999999999"), 18), 1'500'000); // down
        QCOMPARE(baseUnitsToMicroTokensFloor(dec("999999999999"), 18), 0);
        QCOMPARE(baseUnitsToMicroTokensFloor(Uint256(1'500'000), 6), 1'500'000);
        QCOMPARE(baseUnitsToMicroTokensFloor(Uint256(3), 0), 3'000'000);
        // The round trip is exact where the forward conversion is.
        QCOMPARE(baseUnitsToMicroTokensFloor(*microTokensToBaseUnits(maxMicro, 18), 18), maxMicro);
        QCOMPARE(baseUnitsToMicroTokensFloor(*microTokensToBaseUnits(1'157'920, 77), 77), 1'157'920);
        // More than int64 micro-tokens, or 2^256 - 1 at any scale: capped.
        QCOMPARE(baseUnitsToMicroTokensFloor(dec("9223372036854775808"), 6), maxMicro);
        QCOMPARE(baseUnitsToMicroTokensFloor(Uint256::max(), 0), maxMicro);
        QCOMPARE(baseUnitsToMicroTokensFloor(Uint256::max(), 77), 1'157'920);
        QCOMPARE(baseUnitsToMicroTokensFloor(Uint256::max(), 200), 0);
    }
};

QTEST_APPLESS_MAIN(TestUint256)
#include "tst_uint256.moc"
