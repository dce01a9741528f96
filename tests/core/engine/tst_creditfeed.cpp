// SPDX-License-Identifier: GPL-3.0-or-later
// The credit feed: pages applied with their cursor, a malformed page or a cursor going back
// changes nothing, and a payout is news exactly once.
#include "engine/creditfeed.h"
#include "ledger/ledger.h"
#include "protocol/messages.h"
#include "scriptedhub.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace sc::core;
using sc::test::ScriptedHub;
using sc::test::SessionFixture;

namespace {
QJsonObject entry(qint64 seq, const QString& task, const QString& status, qint64 amount)
{
    return { { QStringLiteral("seq"), seq }, { QStringLiteral("task_id"), task },
        { QStringLiteral("status"), status }, { QStringLiteral("amount"), amount },
        { QStringLiteral("time"), 1'800'000'000 } };
}
QJsonObject page(const QJsonArray& credits, qint64 next, qint64 paid)
{
    return { { QStringLiteral("credits"), credits }, { QStringLiteral("next"), next },
        { QStringLiteral("paid"), paid } };
}
} // namespace

class TestCreditFeed final : public QObject {
    Q_OBJECT
    std::unique_ptr<SessionFixture> f;
    std::unique_ptr<CreditFeed> feed;

    void connect()
    {
        f = std::make_unique<SessionFixture>();
        QVERIFY(f->openAndConnect());
        Account account;
        account.deviceId = QStringLiteral("device");
        account.pending = 7;
        account.total = 7;
        f->http.answer(QStringLiteral("GET /v1/account"), ScriptedHub::json(200, account.toJson()));
        feed = std::make_unique<CreditFeed>(*f->hub, *f->session, f->folder->ledger(), f->wall(), f->mono());
    }
    void pollOnce()
    {
        QSignalSpy changed(feed.get(), &CreditFeed::changed);
        feed->poll();
        QTRY_VERIFY(changed.size() >= 1);
    }

private Q_SLOTS:
    void aPageIsStoredWithItsCursorAndTheBalanceFollows()
    {
        connect();
        f->http.answer(QStringLiteral("GET /v1/account/credits"),
            ScriptedHub::json(200,
                page({ entry(1, QStringLiteral("a"), QStringLiteral("valid"), 500),
                         entry(2, QStringLiteral("b"), QStringLiteral("invalid"), 0) },
                    2, 0)));
        pollOnce();
        QCOMPARE(f->folder->ledger().creditCursor(), qint64(2));
        QCOMPARE(f->folder->ledger().earnedTotal(), qint64(500));
        QTRY_VERIFY(feed->balance().has_value());
        QCOMPARE(feed->balance()->pending, qint64(7));
        QCOMPARE(feed->balance()->asOf, f->wallSeconds);
    }

    void aMalformedEntryLeavesTheLedgerAsItWas()
    {
        connect();
        f->http.answer(QStringLiteral("GET /v1/account/credits"),
            ScriptedHub::json(200,
                page({ entry(1, QStringLiteral("a"), QStringLiteral("valid"), 500),
                         entry(2, QStringLiteral("b"), QStringLiteral("maybe"), 10) },
                    2, 0)));
        QSignalSpy log(feed.get(), &CreditFeed::activity);
        pollOnce();
        QCOMPARE(f->folder->ledger().creditCursor(), qint64(0));
        QCOMPARE(f->folder->ledger().earnedTotal(), qint64(0));
        QVERIFY(!log.isEmpty() && log.first().first().toString().contains(QLatin1String("malformed")));
        QVERIFY(f->session->ready()); // one bad page does not put the whole engine into backoff
        QVERIFY(f->session->offlineReason().isEmpty());
    }

    void aCursorGoingBackIsIgnored()
    {
        connect();
        QVERIFY(f->folder->ledger().applyCredits({}, 10));
        f->http.answer(QStringLiteral("GET /v1/account/credits"),
            ScriptedHub::json(
                200, page({ entry(3, QStringLiteral("a"), QStringLiteral("valid"), 500) }, 3, 0)));
        pollOnce();
        QCOMPARE(f->folder->ledger().creditCursor(), qint64(10));
        QCOMPARE(f->folder->ledger().earnedTotal(), qint64(0));
    }

    void aPayoutIsAnnouncedOnceAndTheFirstTotalOfAnOldFolderIsHistory()
    {
        connect();
        QSignalSpy payouts(feed.get(), &CreditFeed::payoutArrived);
        // A new device on this hub: the session marked "nothing paid seen yet" as 0.
        f->http.answer(QStringLiteral("GET /v1/account/credits"), ScriptedHub::json(200, page({}, 0, 300)));
        pollOnce();
        QCOMPARE(payouts.size(), 1);
        QCOMPARE(payouts.first().first().toLongLong(), qint64(300));
        f->monoMs += CreditFeed::kCreditsPollMs + 1;
        pollOnce(); // the same total again: no news
        QCOMPARE(payouts.size(), 1);
        f->http.answer(QStringLiteral("GET /v1/account/credits"), ScriptedHub::json(200, page({}, 0, 450)));
        f->monoMs += CreditFeed::kCreditsPollMs + 1;
        pollOnce();
        QCOMPARE(payouts.size(), 2);
        QCOMPARE(payouts.last().first().toLongLong(), qint64(150));

        // A folder from before the mark existed takes the first total it hears as history.
        f->folder->ledger().removeMeta(f->folder->ledger().hubKey(QStringLiteral("paid_seen")));
        f->monoMs += CreditFeed::kCreditsPollMs + 1;
        pollOnce();
        QCOMPARE(payouts.size(), 2);
    }

    // On a chain the hub's total rises when it signs; the payout is news once it is confirmed.
    void onAChainAPayoutIsAnnouncedWhenConfirmed()
    {
        f = std::make_unique<SessionFixture>();
        QJsonObject network = f->network();
        network.insert(QStringLiteral("chain"),
            QJsonObject { { QStringLiteral("chain_id"), 31337 },
                { QStringLiteral("token"), QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3") },
                { QStringLiteral("symbol"), QStringLiteral("SCT") }, { QStringLiteral("decimals"), 18 } });
        f->http.answer(QStringLiteral("GET /v1/network"), ScriptedHub::json(200, network));
        QVERIFY(f->openAndConnect());
        QVERIFY(f->session->chain());
        auto account = [&](const QString& status) {
            Account a;
            a.deviceId = QStringLiteral("device");
            a.paid = 300;
            a.total = 300;
            PayoutEntry p;
            p.id = 4;
            p.amount = 300;
            p.address = QStringLiteral("0x0000000000000000000000000000000000000001");
            p.time = 100;
            p.status = status;
            p.txHash = QStringLiteral("0x") + QString(64, QLatin1Char('a'));
            a.payouts = { p };
            return ScriptedHub::json(200, a.toJson());
        };
        // The first account this device hears of holds no payout yet.
        Account empty;
        empty.deviceId = QStringLiteral("device");
        f->http.answer(QStringLiteral("GET /v1/account"), ScriptedHub::json(200, empty.toJson()));
        f->http.answer(QStringLiteral("GET /v1/account/credits"), ScriptedHub::json(200, page({}, 0, 0)));
        feed = std::make_unique<CreditFeed>(*f->hub, *f->session, f->folder->ledger(), f->wall(), f->mono());
        QSignalSpy payouts(feed.get(), &CreditFeed::payoutArrived);
        pollOnce();
        QTRY_VERIFY(feed->balance().has_value());
        // Signed: the hub's total rose, nothing is announced.
        f->http.answer(QStringLiteral("GET /v1/account/credits"), ScriptedHub::json(200, page({}, 0, 300)));
        f->http.answer(QStringLiteral("GET /v1/account"), account(QStringLiteral("sent")));
        for (int i = 0; i < 3; ++i) {
            f->monoMs += CreditFeed::kAccountPollMs + 1;
            pollOnce();
        }
        QTRY_VERIFY(feed->balance() && !feed->balance()->payouts.isEmpty());
        QCOMPARE(payouts.size(), 0);
        // Confirmed: announced once.
        f->http.answer(QStringLiteral("GET /v1/account"), account(QStringLiteral("confirmed")));
        for (int i = 0; i < 3; ++i) {
            f->monoMs += CreditFeed::kAccountPollMs + 1;
            pollOnce();
        }
        QTRY_COMPARE(payouts.size(), 1);
        QCOMPARE(payouts.first().first().toLongLong(), qint64(300));
        f->monoMs += CreditFeed::kAccountPollMs + 1;
        pollOnce();
        QCOMPARE(payouts.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCreditFeed)
#include "tst_creditfeed.moc"
