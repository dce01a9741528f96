// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger/credit.h"

#include <QTest>
#include <limits>

using namespace sc::core;

class TestCredit final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tinyTaskEarnsMinimum() { QCOMPARE(*rewardForOperations(1), kMinimumReward); }
    void rewardIsCeilOfRate()
    {
        QCOMPARE(*rewardForOperations(1'000'000'000ULL), 10);
        QCOMPARE(*rewardForOperations(1'000'000'001ULL), 11);
        QCOMPARE(*rewardForOperations(250'000'000'000ULL), 2500);
    }
    void largestOperationCountDoesNotWrap()
    {
        // 18446744073709551615 ops = 18446744073 whole giga-ops * 10 + ceil(0.709551615 * 10)
        QCOMPARE(*rewardForOperations(std::numeric_limits<std::uint64_t>::max()), 184467440738LL);
    }
    void addCreditRefusesOverflowAndNegatives()
    {
        const auto max = std::numeric_limits<std::int64_t>::max();
        QVERIFY(!addCredit(max, 1));
        QVERIFY(!addCredit(-1, 5));
        QCOMPARE(*addCredit(max - 1, 1), max);
    }
};

QTEST_GUILESS_MAIN(TestCredit)
#include "tst_credit.moc"
