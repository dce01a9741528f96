// SPDX-License-Identifier: GPL-3.0-or-later
// The hub's stored states: one text per value, read back to the same value, unknown text refused.
#include "store/states.h"

#include <QTest>

using namespace sc::hub;

class TestStoreStates final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyStateReadsBackAsItself()
    {
        for (auto s : { ReplicaState::InProgress, ReplicaState::Reported, ReplicaState::Expired,
                 ReplicaState::Abandoned })
            QVERIFY(replicaStateFromString(toString(s)) == s);
        for (auto o : { ReplicaOutcome::Pending, ReplicaOutcome::Valid, ReplicaOutcome::Invalid })
            QVERIFY(replicaOutcomeFromString(toString(o)) == o);
        for (auto w : { WorkunitState::Open, WorkunitState::Validated, WorkunitState::Failed })
            QVERIFY(workunitStateFromString(toString(w)) == w);
        for (auto c : { CreditStatus::Valid, CreditStatus::Invalid, CreditStatus::Withdrawn })
            QVERIFY(creditStatusFromString(toString(c)) == c);
    }
    void storedTextIsTheSchemaAndWireText()
    {
        QCOMPARE(toString(ReplicaState::InProgress), QStringLiteral("in_progress"));
        QCOMPARE(toString(ReplicaOutcome::Pending), QStringLiteral("pending"));
        QCOMPARE(toString(WorkunitState::Open), QStringLiteral("open")); // the column's default
        QCOMPARE(toString(CreditStatus::Invalid), QStringLiteral("invalid"));
    }
    void unknownTextIsRefused()
    {
        QVERIFY(!replicaStateFromString(QStringLiteral("IN_PROGRESS")));
        QVERIFY(!replicaOutcomeFromString(QString()));
        QVERIFY(!workunitStateFromString(QStringLiteral("closed")));
        QVERIFY(!creditStatusFromString(QStringLiteral("pending")));
    }
    void onlyAValidOutcomeIsValidCredit()
    {
        QVERIFY(creditStatusFor(ReplicaOutcome::Valid) == CreditStatus::Valid);
        QVERIFY(creditStatusFor(ReplicaOutcome::Invalid) == CreditStatus::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestStoreStates)
#include "tst_storestates.moc"
