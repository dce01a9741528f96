// SPDX-License-Identifier: GPL-3.0-or-later
// HubStore without HTTP: validation, canaries, deadlines and credit with a fake clock.
#include "demowork.h"
#include "hubstore.h"
#include "ledger/credit.h"
#include "postgres/testdatabase.h"
#include "validation/trustpolicy.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <memory>
#include <random>
#include <thread>
#include <vector>

using namespace sc::hub;

namespace {

QString device(char c) { return QString(64, QLatin1Char(c)); }

const QByteArray kSha1 = QByteArray(64, '1');
const QByteArray kSha2 = QByteArray(64, '2');

} // namespace

class TestHubStore final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path; // a fresh database per test function
    int m_serial = 0;
    qint64 m_now = 1'700'000'000;
    double m_random = 0.99; // above any canary rate used here: no canaries unless a test lowers it
    std::unique_ptr<HubStore> m_store;

    void openStore(int quorum, double canaryRate = 0.0, qint64 deadline = 3600)
    {
        m_store = std::make_unique<HubStore>(
            HubConfig { quorum, canaryRate, deadline }, [this] { return m_now; },
            [this] { return m_random; });
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
    }
    void registerDevices(const QString& ids)
    {
        for (QChar c : ids) {
            bool created = false;
            const StoreResult r
                = m_store->registerDevice(device(c.toLatin1()), QString(), "{}", 1e9, &created);
            QVERIFY2(r.ok(), qPrintable(r.message));
        }
    }
    // The operator's seed: these devices are trusted (docs/protocol.md "Trust").
    void trust(const QString& ids)
    {
        for (QChar c : ids)
            QVERIFY(m_store->setTrusted(device(c.toLatin1()), true));
    }
    QList<IssuedTask> work(char dev, int cores = 1, qint64 seconds = 1) // empty on refusal
    {
        QList<IssuedTask> tasks;
        const StoreResult r = m_store->assignWork(device(dev), cores, seconds, &tasks);
        return r.ok() ? tasks : QList<IssuedTask> {};
    }
    // Uploads an output whose hash is what the test wants compared: the stored hash is
    // recomputed, so the output bytes are chosen per answer.
    QString report(char dev, const QString& task, const QByteArray& output, qint64 exitCode = 0,
        StoreResult::Code expect = StoreResult::Code::Ok)
    {
        QByteArray sha;
        const StoreResult up = m_store->storeOutput(device(dev), task, output, &sha);
        if (!up.ok() && up.code != StoreResult::Code::AlreadyReported) {
            if (up.code != expect)
                qWarning("upload failed: %s", qPrintable(up.message));
            return up.code == expect ? QStringLiteral("<expected>") : QString();
        }
        QString status;
        const StoreResult r = m_store->reportResult(device(dev), task, exitCode, 1.0, sha, &status);
        if (r.code != expect)
            return QStringLiteral("<code %1: %2>").arg(int(r.code)).arg(r.message);
        return r.ok() ? status : QStringLiteral("<expected>");
    }
    qint64 total(char dev)
    {
        QJsonObject a;
        if (!m_store->account(device(dev), &a).ok())
            return -1;
        return a.value(QLatin1String("total")).toInteger(-1);
    }
    qint64 submit(qint64 ops = 1'000'000'000, const QString& input = QStringLiteral("0 100"))
    {
        const auto ids = m_store->addWorkunits({ NewWorkunit { QStringLiteral("sc-primes"), input, ops } });
        return ids && ids->size() == 1 ? ids->first() : -1;
    }

private Q_SLOTS:
    void aDeviceCannotHoardTheQueue()
    {
        openStore(1);
        registerDevices(QStringLiteral("a"));
        for (int i = 0; i < 100; ++i)
            submit(1'000, QStringLiteral("%1 %2").arg(i * 10).arg(i * 10 + 10));
        // Plenty of "seconds" asked for, but at most 32 unfinished tasks per core.
        QCOMPARE(work('a', 1, 3600).size(), HubStore::kMaxInProgressPerCore);
        QCOMPARE(work('a', 1, 3600).size(), 0);
        QCOMPARE(work('a', 2, 3600).size(), HubStore::kMaxInProgressPerCore); // room for a second core
    }
    void init()
    {
        m_store.reset();
        m_path = sc::test::freshDatabase(m_dir, QStringLiteral("hub%1").arg(++m_serial));
        m_random = 0.99;
    }
    void cleanup() { m_store.reset(); }

    void migratesAnEmptyDatabaseToTheCurrentSchema()
    {
        openStore(2);
        m_store->close();
        {
            QSqlDatabase db = sc::test::rawConnection(m_path, QStringLiteral("check"));
            QSqlQuery q(db);
            if (sc::test::onPostgres()) {
                QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
                QCOMPARE(q.value(0).toInt(), HubStore::kSchemaVersion);
                QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            } else {
                QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
                QCOMPARE(q.value(0).toInt(), HubStore::kSchemaVersion);
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        openStore(2); // opening a current database again is a no-op
        QCOMPARE(m_store->stats().value(QLatin1String("devices")).toInteger(), 0);
    }

    // `check` finds the books clean after real work, and finds each kind of damage done to them
    // behind the store's back.
    void theInvariantsCatchBrokenBooks()
    {
        openStore(2);
        registerDevices(QStringLiteral("ab"));
        trust(QStringLiteral("ab"));
        QVERIFY(submit() > 0);
        const auto ta = work('a');
        const auto tb = work('b');
        QCOMPARE(report('a', ta.first().id, "same"), QStringLiteral("pending"));
        QCOMPARE(report('b', tb.first().id, "same"), QStringLiteral("valid"));
        auto violated = [this]() {
            QString error;
            const auto results = m_store->checkInvariants(&error);
            QStringList broken;
            if (!results) {
                broken.append(QStringLiteral("unreadable: ") + error);
                return broken;
            }
            for (const InvariantResult& r : *results) {
                if (r.violations > 0)
                    broken.append(r.name);
            }
            return broken;
        };
        QCOMPARE(violated(), QStringList {});
        auto tamper = [this](const QString& sql) {
            QSqlDatabase db = sc::test::rawConnection(m_path, QStringLiteral("tamper"));
            QSqlQuery q(db);
            const bool ok = q.exec(sql);
            if (!ok)
                qWarning("%s", qPrintable(q.lastError().text()));
            q.finish();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
            return ok;
        };
        QVERIFY(tamper(
            QStringLiteral("UPDATE ledger SET amount = amount + 1 WHERE task_id = '%1'").arg(ta.first().id)));
        QCOMPARE(violated(),
            QStringList({ QStringLiteral("every credit is its workunit's reward"),
                QStringLiteral("each device's credit is the sum of its valid results' rewards") }));
        QVERIFY(tamper(
            QStringLiteral("UPDATE ledger SET amount = amount - 1 WHERE task_id = '%1'").arg(ta.first().id)));
        QVERIFY(tamper(
            QStringLiteral("UPDATE results SET outcome = 'pending' WHERE id = '%1'").arg(tb.first().id)));
        QVERIFY(violated().contains(
            QStringLiteral("every credit matches exactly one valid result of its device")));
        QVERIFY(tamper(
            QStringLiteral("UPDATE results SET outcome = 'valid' WHERE id = '%1'").arg(tb.first().id)));
        QVERIFY(tamper(
            QStringLiteral("UPDATE results SET outcome = 'invalid' WHERE id = '%1'").arg(ta.first().id)));
        QVERIFY(violated().contains(
            QStringLiteral("no workunit is validated without a quorum of agreeing results")));
        QVERIFY(tamper(
            QStringLiteral("UPDATE results SET outcome = 'valid' WHERE id = '%1'").arg(ta.first().id)));
        QVERIFY(tamper(QStringLiteral("UPDATE ledger SET paid = 1 WHERE task_id = '%1'").arg(ta.first().id)));
        QCOMPARE(violated(),
            QStringList { QStringLiteral("paid credit belongs to a payout that was not undone") });
        QVERIFY(tamper(QStringLiteral("UPDATE ledger SET paid = 0 WHERE task_id = '%1'").arg(ta.first().id)));
        QCOMPARE(violated(), QStringList {});
    }

    // Replicas started at once on an empty database (docs/deploy.md): one migrates under the
    // advisory lock, the others wait and find the schema current; none fails.
    void replicasStartedAtOnceMigrateOnce()
    {
        if (!sc::test::onPostgres())
            QSKIP("PostgreSQL only: one SQLite file has one hub");
        constexpr int kReplicas = 4;
        std::vector<std::thread> threads;
        std::vector<QString> errors(kReplicas);
        std::vector<int> opened(kReplicas, 0);
        for (int i = 0; i < kReplicas; ++i)
            threads.emplace_back([&, i] {
                HubStore store(HubConfig { 2, 0.0, 3600 }, [this] { return m_now; });
                opened[static_cast<size_t>(i)] = store.open(m_path, &errors[static_cast<size_t>(i)]) ? 1 : 0;
            });
        for (std::thread& t : threads)
            t.join();
        for (int i = 0; i < kReplicas; ++i)
            QVERIFY2(opened[static_cast<size_t>(i)] == 1, qPrintable(errors[static_cast<size_t>(i)]));
        {
            QSqlDatabase db = sc::test::rawConnection(m_path, QStringLiteral("migrated"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MIN(version) FROM schema_version")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QCOMPARE(q.value(1).toInt(), HubStore::kSchemaVersion);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("migrated"));
    }

    // PostgreSQL restarted or a failover: the store opens its connection again and the request
    // that met the dead one is served.
    void aDroppedDatabaseConnectionIsOpenedAgain()
    {
        if (!sc::test::onPostgres())
            QSKIP("PostgreSQL only: a SQLite file has no connection to lose");
        openStore(1);
        registerDevices(QStringLiteral("a"));
        QVERIFY(submit() > 0);
        {
            QSqlDatabase raw = sc::test::rawConnection(m_path, QStringLiteral("terminator"));
            QSqlQuery q(raw);
            QVERIFY2(
                q.exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                      " WHERE datname = current_database() AND pid <> pg_backend_pid()")),
                qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1); // the store's own connection
        }
        QSqlDatabase::removeDatabase(QStringLiteral("terminator"));
        QCOMPARE(work('a').size(), 1);
        QString why;
        QVERIFY2(m_store->healthy(&why), qPrintable(why));
    }

    void paysValidatedCreditOnceToDevicesWithAnAddress()
    {
        openStore(1);
        bool created = false;
        const QString address = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        QVERIFY(m_store->registerDevice(device('a'), address, "{}", 1e9, &created).ok());
        QVERIFY(m_store->registerDevice(device('b'), QString(), "{}", 1e9, &created).ok()); // no address
        const qint64 reward = *sc::core::rewardForOperations(1'000'000'000);
        for (char dev : { 'a', 'a', 'b' }) {
            QVERIFY(submit() > 0);
            const auto t = work(dev);
            QCOMPARE(t.size(), 1);
            QCOMPARE(report(dev, t.first().id, "x"), QStringLiteral("valid"));
        }
        // Below the minimum: nothing yet.
        QList<HubStore::Payout> made;
        QVERIFY(m_store->payout(3 * reward, &made).ok());
        QVERIFY(made.isEmpty());
        m_now += 60;
        QVERIFY(m_store->payout(2 * reward, &made).ok());
        QCOMPARE(made.size(), 1); // b gave no address: its credit waits
        QCOMPARE(made.first().deviceId, device('a'));
        QCOMPARE(made.first().address, address);
        QCOMPARE(made.first().amount, 2 * reward);
        QCOMPARE(made.first().credits, 2);
        QCOMPARE(made.first().time, m_now);
        QJsonObject a;
        QVERIFY(m_store->account(device('a'), &a).ok());
        QCOMPARE(a.value(QLatin1String("pending")).toInteger(), 0);
        QCOMPARE(a.value(QLatin1String("paid")).toInteger(), 2 * reward);
        QCOMPARE(a.value(QLatin1String("total")).toInteger(), 2 * reward);
        const QJsonArray payouts = a.value(QLatin1String("payouts")).toArray();
        QCOMPARE(payouts.size(), 1);
        QCOMPARE(payouts.first().toObject().value(QLatin1String("amount")).toInteger(), 2 * reward);
        QJsonObject feed;
        QVERIFY(m_store->credits(device('a'), 0, &feed).ok());
        QCOMPARE(feed.value(QLatin1String("paid")).toInteger(), 2 * reward); // rides with the feed
        // Nothing is paid twice.
        QVERIFY(m_store->payout(1, &made).ok());
        QVERIFY(made.isEmpty());
        QVERIFY(m_store->account(device('b'), &a).ok());
        QCOMPARE(a.value(QLatin1String("pending")).toInteger(), reward);
        QCOMPARE(a.value(QLatin1String("paid")).toInteger(), 0);
    }

    // The store's half of paying on a chain (the chain half: tests/chain/tst_chainpayouts).
    void paysOnAChainWithNoncesOnceAndTakesAFailedPayoutBack()
    {
        openStore(1);
        bool created = false;
        const QString addressA = QStringLiteral("0x52908400098527886e0f7030069857d2e4169ee7");
        const QString addressB = QStringLiteral("0x8617e340b3d01fa5f11f306f4090fd50e238070d");
        QVERIFY(m_store->registerDevice(device('a'), addressA, "{}", 1e9, &created).ok());
        QVERIFY(m_store->registerDevice(device('b'), addressB, "{}", 1e9, &created).ok());
        const qint64 reward = *sc::core::rewardForOperations(1'000'000'000);
        for (char dev : { 'a', 'a', 'b' }) {
            QVERIFY(submit() > 0);
            const auto t = work(dev);
            QCOMPARE(report(dev, t.first().id, "x"), QStringLiteral("valid"));
        }
        Payouts& payouts = m_store->payouts();
        const QString sender = QStringLiteral("0x") + QString(40, QLatin1Char('5'));
        bool ok = false;
        QVERIFY(!payouts.nextNonce(31337, sender, &ok) && ok); // nothing sent yet
        QStringList signedFor;
        ChainSettlement chain;
        chain.chainId = 31337;
        chain.sender = sender;
        chain.firstNonce = 7; // the chain's count for a key used before
        chain.maxTotal = reward; // enough for b, not for a
        chain.maxCount = 10;
        chain.sign = [&](const DuePayout& d, quint64 nonce) -> std::optional<SignedTransfer> {
            signedFor.append(QStringLiteral("%1@%2").arg(d.address).arg(nonce));
            return SignedTransfer { QByteArray("raw") + QByteArray::number(nonce),
                QStringLiteral("0x%1").arg(nonce, 64, 10, QLatin1Char('0')), QString::number(d.amount) };
        };
        QList<HubStore::Payout> made;
        QVERIFY(payouts.settleOnChain(1, chain, &made).ok());
        QCOMPARE(signedFor, QStringList { addressB + QStringLiteral("@7") }); // a is skipped, not cut
        QCOMPARE(made.size(), 1);
        QVERIFY(made.first().state == PayoutState::Signed);
        QCOMPARE(made.first().rawTx, QByteArray("raw7"));
        QCOMPARE(*payouts.nextNonce(31337, sender, &ok), quint64(8));
        QCOMPARE(*payouts.openTotal(31337, sender), reward);
        // A nonce is never signed twice: a run that starts below the records signs nothing.
        chain.maxTotal = 10 * reward;
        QVERIFY(!payouts.settleOnChain(1, chain, &made).ok());
        chain.firstNonce = 8;
        signedFor.clear();
        QVERIFY(payouts.settleOnChain(1, chain, &made).ok());
        QCOMPARE(signedFor, QStringList { addressA + QStringLiteral("@8") });
        const qint64 idA = made.first().id;
        const qint64 idB = idA - 1;
        // b is confirmed; a reverts and its two credits are unpaid again.
        QVERIFY(payouts.markSent(idB).ok());
        QVERIFY(!payouts.markSent(idB).ok()); // only a signed payout becomes sent
        QVERIFY(payouts.markConfirmed(idB, 12, 51587, QStringLiteral("103174")).ok());
        QVERIFY(payouts.markFailed(idA, PayoutState::Reverted, QStringLiteral("status 0")).ok());
        QVERIFY(!payouts.markFailed(idA, PayoutState::Dropped, QStringLiteral("again")).ok());
        QVERIFY(payouts.openOnChain(31337, sender)->isEmpty());
        QCOMPARE(*payouts.paidTotal(device('a')), 0);
        QCOMPARE(*payouts.paidTotal(device('b')), reward);
        QJsonObject a;
        QVERIFY(m_store->account(device('a'), &a).ok());
        QCOMPARE(a.value(QLatin1String("pending")).toInteger(), 2 * reward);
        QCOMPARE(a.value(QLatin1String("paid")).toInteger(), 0);
        const QJsonObject failed = a.value(QLatin1String("payouts")).toArray().first().toObject();
        QCOMPARE(failed.value(QLatin1String("status")).toString(), QStringLiteral("reverted"));
        QVERIFY(m_store->account(device('b'), &a).ok());
        const QJsonObject done = a.value(QLatin1String("payouts")).toArray().first().toObject();
        QCOMPARE(done.value(QLatin1String("status")).toString(), QStringLiteral("confirmed"));
        QCOMPARE(done.value(QLatin1String("block")).toInteger(), 12);
        QCOMPARE(done.value(QLatin1String("tx_hash")).toString(),
            QStringLiteral("0x%1").arg(7, 64, 10, QLatin1Char('0')));
        QCOMPARE(m_store->stats().value(QLatin1String("paid_total")).toInteger(), reward);
        QCOMPARE(m_store->stats().value(QLatin1String("payouts_failed")).toInteger(), 1);
        // a's credit is paid again, under the next nonce.
        chain.firstNonce = 9;
        signedFor.clear();
        QVERIFY(payouts.settleOnChain(1, chain, &made).ok());
        QCOMPARE(signedFor, QStringList { addressA + QStringLiteral("@9") });
        QCOMPARE(made.first().credits, 2);
    }

    void upgradesAVersionOneDatabaseKeepingItsCredit()
    {
        openStore(1);
        registerDevices(QStringLiteral("a"));
        QVERIFY(submit() > 0);
        const auto t = work('a');
        QCOMPARE(report('a', t.first().id, "x"), QStringLiteral("valid"));
        const qint64 before = total('a');
        m_store->close();
        {
            // Back to the first schema, as a hub of the previous release left it.
            QSqlDatabase db = sc::test::rawConnection(m_path, QStringLiteral("downgrade"));
            QSqlQuery q(db);
            for (const char* sql :
                { "DROP INDEX workunits_resource", "ALTER TABLE workunits DROP COLUMN resource",
                    "ALTER TABLE workunits DROP COLUMN memory_bytes",
                    "ALTER TABLE outputs DROP COLUMN rejection", "DROP INDEX results_request",
                    "ALTER TABLE results DROP COLUMN request_id", "DROP INDEX ledger_unpaid",
                    "ALTER TABLE ledger DROP COLUMN payout_id", "DROP TABLE payouts", "DROP TABLE nonces",
                    "DROP INDEX workunits_canaries", "ALTER TABLE devices DROP COLUMN trusted",
                    "ALTER TABLE devices DROP COLUMN trust_points",
                    "ALTER TABLE workunits DROP COLUMN trusted_validation", "PRAGMA user_version = 1" }) {
                const QString text = sc::test::onPostgres() && qstrcmp(sql, "PRAGMA user_version = 1") == 0
                    ? QStringLiteral("UPDATE schema_version SET version = 1")
                    : QLatin1String(sql);
                QVERIFY2(q.exec(text), qPrintable(q.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));
        openStore(1);
        QCOMPARE(total('a'), before);
        QList<HubStore::Payout> made;
        QVERIFY(m_store->payout(1, &made).ok()); // no address: nothing, but the table is there
        QVERIFY(made.isEmpty());
    }

    void quorumOfTwoAgreeingResultsCreditsBoth()
    {
        openStore(2);
        registerDevices(QStringLiteral("abc"));
        trust(QStringLiteral("abc"));
        const qint64 reward = *sc::core::rewardForOperations(1'000'000'000);
        QVERIFY(submit() > 0);
        const auto a = work('a');
        QCOMPARE(a.size(), 1);
        QCOMPARE(a.first().reward, reward);
        QVERIFY(work('a').isEmpty()); // never a second replica of one workunit to one device
        const auto b = work('b');
        QCOMPARE(b.size(), 1);
        QVERIFY(a.first().id != b.first().id);
        QVERIFY(work('c').isEmpty()); // quorum is in flight
        QCOMPARE(report('a', a.first().id, "x"), QStringLiteral("pending"));
        QCOMPARE(total('a'), 0);
        QCOMPARE(report('b', b.first().id, "x"), QStringLiteral("valid"));
        QCOMPARE(total('a'), reward);
        QCOMPARE(total('b'), reward);
        const QJsonObject s = m_store->stats();
        QCOMPARE(s.value(QLatin1String("tasks_credited")).toInteger(), 2);
        QCOMPARE(s.value(QLatin1String("workunits_validated")).toInteger(), 1);
        QCOMPARE(s.value(QLatin1String("credit_total")).toInteger(), 2 * reward);
        QJsonObject feed;
        QVERIFY(m_store->credits(device('a'), 0, &feed).ok());
        QCOMPARE(feed.value(QLatin1String("credits")).toArray().size(), 1);
        QCOMPARE(feed.value(QLatin1String("credits"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
            QStringLiteral("valid"));
    }

    void untrustedDevicesAloneValidateNothing()
    {
        openStore(2);
        registerDevices(QStringLiteral("abt"));
        trust(QStringLiteral("t"));
        QVERIFY(submit() > 0);
        const auto a = work('a');
        QCOMPARE(a.size(), 1);
        QVERIFY(work('b').isEmpty()); // b could only complete an untrusted-only pair
        QCOMPARE(report('a', a.first().id, "x"), QStringLiteral("pending"));
        QVERIFY(work('b').isEmpty());
        const auto t = work('t'); // the trusted device takes the second replica
        QCOMPARE(t.size(), 1);
        QCOMPARE(report('t', t.first().id, "x"), QStringLiteral("valid"));
        QVERIFY(total('a') > 0);
        QCOMPARE(m_store->deviceTrust(device('a'))->points, 1); // agreed with a trusted device
        QCOMPARE(m_store->stats().value(QLatin1String("workunits_validated_trusted")).toInteger(), 1);
    }

    void trustIsEarnedFromTrustedDevicesOnlyAndCanariesFallToTheConfiguredRate()
    {
        openStore(2, 0.05);
        registerDevices(QStringLiteral("tn"));
        trust(QStringLiteral("t"));
        for (qint64 i = 0; i < TrustPolicy::kPointsToTrust; ++i) {
            const auto trustNow = m_store->deviceTrust(device('n'));
            QVERIFY(!trustNow->trusted);
            QVERIFY(TrustPolicy::canaryRate(0.05, *trustNow) > 0.05); // new: checked more often
            submit(1'000'000'000, QStringLiteral("%1 %2").arg(i * 100).arg(i * 100 + 100));
            const auto n = work('n');
            const auto t = work('t');
            QCOMPARE(n.size(), 1);
            QCOMPARE(t.size(), 1);
            QCOMPARE(report('n', n.first().id, "same"), QStringLiteral("pending"));
            QCOMPARE(report('t', t.first().id, "same"), QStringLiteral("valid"));
        }
        const auto earned = m_store->deviceTrust(device('n'));
        QVERIFY(earned->trusted);
        // Consecutive: a wrong answer beside a trusted agreement takes a new device back to 0.
        registerDevices(QStringLiteral("w"));
        for (const char* answer : { "same", "different" }) {
            submit(1'000'000'000, QStringLiteral("w %1").arg(QLatin1String(answer)));
            const auto w = work('w');
            const auto t = work('t');
            report('w', w.first().id, answer);
            report('t', t.first().id, "same");
            if (const auto n = work('n'); !n.isEmpty()) // the tie-break, when they differ
                QCOMPARE(report('n', n.first().id, "same"), QStringLiteral("valid"));
            QCOMPARE(m_store->deviceTrust(device('w'))->points, qstrcmp(answer, "same") == 0 ? 1 : 0);
        }
        QCOMPARE(TrustPolicy::canaryRate(0.05, *earned), 0.05);
        QCOMPARE(m_store->stats().value(QLatin1String("devices_trusted")).toInteger(), 2);
        // Quorum 1: an untrusted answer validates but vouches for nothing: no trust, no canary.
        m_store.reset();
        m_path = sc::test::freshDatabase(m_dir, QStringLiteral("hub%1-q1").arg(m_serial));
        openStore(1, 0.05);
        registerDevices(QStringLiteral("u"));
        submit();
        const auto u = work('u');
        QCOMPARE(report('u', u.first().id, "x"), QStringLiteral("valid"));
        QCOMPARE(m_store->deviceTrust(device('u'))->points, 0);
        QCOMPARE(m_store->stats().value(QLatin1String("workunits_validated_trusted")).toInteger(), 0);
    }

    void aNewlyTrustedDeviceSettlesTheAgreementItWasWaitingIn()
    {
        // n and m agree against a trusted device that erred: an untrusted-only pair, which
        // waits. When n becomes trusted (a right canary), the pair validates at once.
        openStore(2, 0.5);
        registerDevices(QStringLiteral("tsnm"));
        trust(QStringLiteral("ts"));
        // Nine points from agreeing with t, so the next right canary trusts n.
        for (qint64 i = 0; i + 1 < TrustPolicy::kPointsToTrust; ++i) {
            submit(1'000'000'000, QStringLiteral("k%1").arg(i));
            const auto n = work('n');
            const auto t = work('t');
            report('n', n.first().id, "k");
            QCOMPARE(report('t', t.first().id, "k"), QStringLiteral("valid"));
        }
        submit(1'000'000'000, QStringLiteral("canary")); // s and t vouch for it
        const auto s1 = work('s');
        const auto t1 = work('t');
        report('s', s1.first().id, "c");
        QCOMPARE(report('t', t1.first().id, "c"), QStringLiteral("valid"));
        submit(1'000'000'000, QStringLiteral("open"));
        const auto m = work('m');
        const auto t2 = work('t');
        QCOMPARE(report('m', m.first().id, "o"), QStringLiteral("pending"));
        QCOMPARE(report('t', t2.first().id, "x"), QStringLiteral("pending")); // t errs
        const auto n1 = work('n'); // t's answer is in: n may break the tie
        QCOMPARE(n1.size(), 1);
        QCOMPARE(report('n', n1.first().id, "o"), QStringLiteral("pending")); // untrusted only
        submit(1'000'000'000, QStringLiteral("more"));
        m_random = 0.0;
        const auto n2 = work('n', 1, 1);
        QCOMPARE(n2.size(), 1);
        QCOMPARE(n2.first().input, QStringLiteral("canary"));
        QCOMPARE(total('m'), 0);
        QCOMPARE(report('n', n2.first().id, "c"), QStringLiteral("valid"));
        QVERIFY(m_store->deviceTrust(device('n'))->trusted);
        QVERIFY(total('m') > 0); // the waiting pair now holds a trusted device
    }

    void aFlaggedDevicesValidationsAreReopenedAndTheirCreditWithdrawn()
    {
        // t is trusted and lies once; n (untrusted) agreed with it and was credited and paid.
        // When t is flagged, that workunit is open again, n's credit is withdrawn (the payout
        // stays paid), and honest devices decide it anew.
        openStore(2, 0.5);
        registerDevices(QStringLiteral("tsh"));
        bool created = false;
        const QString address = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        QVERIFY(m_store->registerDevice(device('n'), address, "{}", 1e9, &created).ok());
        trust(QStringLiteral("ts"));
        const qint64 reward = *sc::core::rewardForOperations(1'000'000'000);
        const qint64 lie = submit(1'000'000'000, QStringLiteral("0 100"));
        const auto n = work('n');
        const auto t = work('t');
        QCOMPARE(report('n', n.first().id, "wrong"), QStringLiteral("pending"));
        QCOMPARE(report('t', t.first().id, "wrong"), QStringLiteral("valid"));
        QCOMPARE(total('n'), reward);
        QList<HubStore::Payout> made;
        QVERIFY(m_store->payout(1, &made).ok());
        QCOMPARE(made.size(), 1); // n is paid for the lie it shared
        // s and h validate another workunit: the canary t will fail.
        submit(1'000'000'000, QStringLiteral("100 200"));
        const auto s = work('s');
        const auto h = work('h');
        report('s', s.first().id, "right 2");
        QCOMPARE(report('h', h.first().id, "right 2"), QStringLiteral("valid"));
        submit(1'000'000'000, QStringLiteral("200 300"));
        m_random = 0.0;
        const auto t2 = work('t', 1, 1);
        QCOMPARE(t2.size(), 1);
        QCOMPARE(t2.first().input, QStringLiteral("100 200")); // the canary
        QCOMPARE(report('t', t2.first().id, "wrong"), QStringLiteral("invalid"));
        QCOMPARE(m_store->deviceState(device('t')), DeviceState::Flagged);
        m_random = 0.99;
        QJsonObject s1 = m_store->stats();
        QCOMPARE(s1.value(QLatin1String("credit_withdrawn")).toInteger(), 2 * reward);
        QCOMPARE(s1.value(QLatin1String("credit_withdrawn_paid")).toInteger(), reward);
        QJsonObject acc;
        QVERIFY(m_store->account(device('n'), &acc).ok());
        QCOMPARE(acc.value(QLatin1String("pending")).toInteger(), 0);
        QCOMPARE(acc.value(QLatin1String("paid")).toInteger(), reward); // paid cannot be unpaid
        QJsonObject feed;
        QVERIFY(m_store->credits(device('n'), 0, &feed).ok());
        const QJsonObject row = feed.value(QLatin1String("credits")).toArray().first().toObject();
        QCOMPARE(row.value(QLatin1String("status")).toString(), QStringLiteral("invalid")); // wire: no credit
        QCOMPARE(row.value(QLatin1String("amount")).toInteger(), 0);
        // The lie is open again and goes out anew (t's slot freed), first to a trusted device.
        const auto s2 = work('s');
        QCOMPARE(s2.size(), 1);
        QCOMPARE(s2.first().input, QStringLiteral("0 100"));
        QCOMPARE(report('s', s2.first().id, "right 1"), QStringLiteral("pending"));
        const auto h2 = work('h');
        QCOMPARE(h2.first().input, QStringLiteral("0 100"));
        QCOMPARE(report('h', h2.first().id, "right 1"), QStringLiteral("valid"));
        QSqlDatabase db = sc::test::rawConnection(m_path, QStringLiteral("reopen"));
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral("SELECT state, canonical_sha256 FROM workunits WHERE id = %1").arg(lie)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("validated"));
            QCOMPARE(q.value(1).toString(),
                QString::fromLatin1(QCryptographicHash::hash("right 1", QCryptographicHash::Sha256).toHex()));
            QVERIFY(q.exec(QStringLiteral("SELECT status, amount, paid FROM ledger WHERE task_id = '%1'")
                               .arg(n.first().id)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("invalid")); // judged again: wrong
            QCOMPARE(q.value(1).toLongLong(), reward); // what was paid stays on record
            QCOMPARE(q.value(2).toInt(), 1);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("reopen"));
        QCOMPARE(total('h'), 2 * reward);
        QVERIFY(m_store->account(device('n'), &acc).ok());
        QCOMPARE(acc.value(QLatin1String("results")).toObject().value(QLatin1String("invalid")).toInt(), 1);
    }

    void disagreementAddsReplicasUntilAMajorityAgrees()
    {
        openStore(2);
        registerDevices(QStringLiteral("abcd"));
        trust(QStringLiteral("abcd"));
        submit();
        const auto a = work('a');
        const auto b = work('b');
        QCOMPARE(report('a', a.first().id, "x"), QStringLiteral("pending"));
        QCOMPARE(report('b', b.first().id, "y"), QStringLiteral("pending"));
        const auto c = work('c');
        QCOMPARE(c.size(), 1); // a third replica breaks the tie
        QVERIFY(work('d').isEmpty());
        QCOMPARE(report('c', c.first().id, "x"), QStringLiteral("valid"));
        QVERIFY(total('a') > 0);
        QCOMPARE(total('b'), 0);
        QJsonObject acc;
        QVERIFY(m_store->account(device('b'), &acc).ok());
        QCOMPARE(acc.value(QLatin1String("results")).toObject().value(QLatin1String("invalid")).toInt(), 1);
    }

    void workunitWithoutAgreementFailsAfterQuorumPlusTwo()
    {
        openStore(2);
        registerDevices(QStringLiteral("abcde"));
        trust(QStringLiteral("abcde"));
        submit();
        const char devs[] = { 'a', 'b', 'c', 'd' };
        const QByteArray answers[] = { "1", "2", "3", "4" };
        for (int i = 0; i < 4; ++i) {
            const auto t = work(devs[i]);
            QCOMPARE(t.size(), 1);
            report(devs[i], t.first().id, answers[i]);
        }
        QVERIFY(work('e').isEmpty()); // quorum + 2 replicas and no agreement: give up
        const QJsonObject s = m_store->stats();
        QCOMPARE(s.value(QLatin1String("workunits_failed")).toInteger(), 1);
        QCOMPARE(s.value(QLatin1String("tasks_invalid")).toInteger(), 4);
        QCOMPARE(s.value(QLatin1String("credit_total")).toInteger(), 0);
    }

    void nonZeroExitCodeIsInvalidAndReplaced()
    {
        openStore(1);
        registerDevices(QStringLiteral("ab"));
        submit();
        const auto a = work('a');
        QCOMPARE(report('a', a.first().id, "", 3), QStringLiteral("invalid"));
        QCOMPARE(total('a'), 0);
        const auto b = work('b');
        QCOMPARE(b.size(), 1);
        QCOMPARE(report('b', b.first().id, "x"), QStringLiteral("valid"));
    }

    void aFailureReportWithNoOutputAtAllIsAValidReport()
    {
        // What an engine sends after a task failed three times: no output bytes (a null body),
        // exit code non-zero. Once answered 500 (NULL into a NOT NULL column), which held every
        // later report of that device back.
        openStore(1);
        registerDevices(QStringLiteral("ab"));
        submit();
        const auto a = work('a');
        QCOMPARE(report('a', a.first().id, QByteArray(), 5), QStringLiteral("invalid"));
        const auto b = work('b'); // the workunit is handed out again
        QCOMPARE(b.size(), 1);
    }

    void canariesAreTheConfiguredShareOfTheWorkHandedOut()
    {
        // 5 % canaries for trusted devices: rolled once per task handed out. (It was rolled again for every
        // fully replicated workunit passed over, which made canaries about 95 % of the work.)
        std::mt19937_64 prng(20261201);
        std::uniform_real_distribution<double> uniform(0.0, 1.0);
        m_store = std::make_unique<HubStore>(
            HubConfig { 2, 0.05, 3600 }, [this] { return m_now; }, [&] { return uniform(prng); });
        QString error;
        QVERIFY2(m_store->open(m_path, &error), qPrintable(error));
        registerDevices(QStringLiteral("ab"));
        trust(QStringLiteral("ab"));
        // 300 validated workunits to draw canaries from (a and b agree on each).
        QList<NewWorkunit> units;
        for (int i = 0; i < 300; ++i)
            units.append(NewWorkunit { QStringLiteral("sc-primes"), QStringLiteral("%1").arg(i), 1000 });
        QVERIFY(m_store->addWorkunits(units));
        for (char dev : { 'a', 'b' }) {
            for (int round = 0; round < 4; ++round) {
                for (const IssuedTask& t : work(dev, 8, 1'000'000))
                    QVERIFY(!report(dev, t.id, "x").isEmpty());
            }
        }
        // Then 12,000 replicas of open work (quorum 2: most workunits are passed over once one
        // device holds a replica and the other is not asking yet).
        units.clear();
        for (int i = 0; i < 6000; ++i)
            units.append(NewWorkunit { QStringLiteral("sc-primes"), QStringLiteral("w%1").arg(i), 1000 });
        QVERIFY(m_store->addWorkunits(units));
        const QString devices = QStringLiteral("cdefghijklmnopqrstuvwxyzCDEFGHIJKLMNOPQRST");
        registerDevices(devices);
        trust(devices); // the configured share is what trusted devices get; new ones get more
        int handedOut = 0;
        for (QChar dev : devices)
            handedOut += work(dev.toLatin1(), 8, 1'000'000).size();
        QVERIFY2(handedOut >= 10'000, qPrintable(QString::number(handedOut)));
        QSqlDatabase check = sc::test::rawConnection(m_path, QStringLiteral("canary-check"));
        qint64 canaries = 0;
        {
            QSqlQuery q(check);
            // Only the work of the second phase: a and b drew theirs while canaries were scarce.
            QVERIFY(q.prepare(
                QStringLiteral("SELECT COUNT(*) FROM results WHERE canary = 1 AND device_id NOT IN (?, ?)")));
            q.addBindValue(device('a'));
            q.addBindValue(device('b'));
            QVERIFY(q.exec() && q.next());
            canaries = q.value(0).toLongLong();
        }
        check.close();
        check = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("canary-check"));
        const double share = static_cast<double>(canaries) / handedOut;
        qInfo("%lld canaries in %d tasks handed out (%.2f %%)", canaries, handedOut, share * 100);
        QVERIFY2(share >= 0.04 && share <= 0.06,
            qPrintable(QStringLiteral("%1 canaries in %2 tasks").arg(canaries).arg(handedOut)));
    }

    void aDeviceReachesOpenWorkBeyondTheFirstFewThousand()
    {
        // 100,000 open workunits; the first 2,560 are all held by one device (quorum 1). The
        // next device still gets a full reply from further down the queue.
        openStore(1);
        registerDevices(QStringLiteral("ab"));
        QList<NewWorkunit> units;
        units.reserve(100'000);
        for (int i = 0; i < 100'000; ++i)
            units.append(NewWorkunit { QStringLiteral("sc-primes"), QStringLiteral("%1").arg(i), 1000 });
        QVERIFY(m_store->addWorkunits(units));
        int held = 0;
        for (int round = 0; round < 10; ++round)
            held += work('a', 80, 1'000'000).size();
        QCOMPARE(held, 2560);
        const auto b = work('b', 8, 1'000'000);
        QCOMPARE(b.size(), HubStore::kMaxTasksPerReply);
    }

    void wrongCanaryFlagsTheDeviceAndRightOneIsCredited()
    {
        openStore(1, 0.5);
        registerDevices(QStringLiteral("abc"));
        trust(QStringLiteral("a")); // only a trusted device's answer makes a canary
        submit(1'000'000'000, QStringLiteral("0 100"));
        const auto a = work('a');
        QCOMPARE(report('a', a.first().id, "right"), QStringLiteral("valid"));
        submit(1'000'000'000, QStringLiteral("100 200"));
        m_random = 0.0; // every slot tries a canary first
        const auto b = work('b', 1, 10);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.at(0).input, QStringLiteral("0 100")); // the canary looks like any task
        QCOMPARE(report('b', b.at(0).id, "wrong"), QStringLiteral("invalid"));
        QList<IssuedTask> none;
        QCOMPARE(m_store->assignWork(device('b'), 1, 10, &none).code, StoreResult::Code::Flagged);
        QJsonObject acc;
        QVERIFY(m_store->account(device('b'), &acc).ok());
        QCOMPARE(acc.value(QLatin1String("flagged")).toBool(), true);
        // The flagged device's other replica no longer counts and goes to someone else.
        QCOMPARE(report('b', b.at(1).id, "whatever"), QStringLiteral("invalid"));
        m_random = 0.99;
        const auto c = work('c', 1, 10);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().input, QStringLiteral("100 200"));
        QCOMPARE(report('c', c.first().id, "fine"), QStringLiteral("valid"));
        QCOMPARE(m_store->stats().value(QLatin1String("devices_flagged")).toInteger(), 1);
        // A right canary answer is credited at once (canaries ride along with real work).
        submit(1'000'000'000, QStringLiteral("200 300"));
        m_random = 0.0;
        registerDevices(QStringLiteral("d"));
        const auto d = work('d', 1, 1);
        QCOMPARE(d.size(), 1);
        const QString status
            = report('d', d.first().id, d.first().input == QStringLiteral("0 100") ? "right" : "fine");
        QCOMPARE(status, QStringLiteral("valid"));
        QVERIFY(total('d') > 0);
    }

    void lateResultGetsNoCreditAndTheReplicaIsReissued()
    {
        openStore(1, 0.0, 100);
        registerDevices(QStringLiteral("ab"));
        submit();
        const auto a = work('a');
        QVERIFY(work('b').isEmpty());
        m_now += 101;
        QCOMPARE(report('a', a.first().id, "x", 0, StoreResult::Code::Expired), QStringLiteral("<expected>"));
        QCOMPARE(total('a'), 0);
        const auto b = work('b');
        QCOMPARE(b.size(), 1);
        QCOMPARE(report('b', b.first().id, "x"), QStringLiteral("valid"));
        QCOMPARE(m_store->stats().value(QLatin1String("tasks_expired")).toInteger(), 1);
    }

    void secondReportIsRejectedAndNeverCreditedTwice()
    {
        openStore(1);
        registerDevices(QStringLiteral("a"));
        submit();
        const auto a = work('a');
        QCOMPARE(report('a', a.first().id, "x"), QStringLiteral("valid"));
        const qint64 once = total('a');
        QString status;
        QCOMPARE(m_store
                     ->reportResult(device('a'), a.first().id, 0, 1,
                         QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex(), &status)
                     .code,
            StoreResult::Code::AlreadyReported);
        QCOMPARE(total('a'), once);
        QByteArray sha;
        QCOMPARE(
            m_store->storeOutput(device('a'), a.first().id, "other", &sha).code, StoreResult::Code::Conflict);
    }

    void resultMustMatchTheUploadedOutput()
    {
        openStore(1);
        registerDevices(QStringLiteral("ab"));
        submit();
        const auto a = work('a');
        QString status;
        QCOMPARE(m_store->reportResult(device('a'), a.first().id, 0, 1, kSha1, &status).code,
            StoreResult::Code::Conflict);
        QByteArray sha;
        QVERIFY(m_store->storeOutput(device('a'), a.first().id, "x", &sha).ok());
        QCOMPARE(m_store->reportResult(device('a'), a.first().id, 0, 1, kSha2, &status).code,
            StoreResult::Code::Conflict);
        QCOMPARE(
            m_store->storeOutput(device('b'), a.first().id, "x", &sha).code, StoreResult::Code::NotFound);
        QCOMPARE(m_store->reportResult(device('b'), a.first().id, 0, 1, sha, &status).code,
            StoreResult::Code::NotFound);
    }

    void creditCannotOverflow()
    {
        openStore(1);
        registerDevices(QStringLiteral("a"));
        const qint64 maxOps = std::numeric_limits<qint64>::max();
        const qint64 reward = *sc::core::rewardForOperations(static_cast<std::uint64_t>(maxOps));
        for (int i = 0; i < 3; ++i)
            submit(maxOps, QStringLiteral("%1 %2").arg(i).arg(i + 1));
        QVERIFY(!m_store->addWorkunits(
            { NewWorkunit { QStringLiteral("sc-primes"), QStringLiteral("0 1"), 0 } }));
        const auto tasks = work('a', 256, 86400);
        QCOMPARE(tasks.size(), 1); // one huge task at least, not three
        QCOMPARE(tasks.first().reward, reward);
        QCOMPARE(report('a', tasks.first().id, "x"), QStringLiteral("valid"));
        QCOMPARE(total('a'), reward);
    }

    void workIsSizedByTheDeviceSpeed()
    {
        openStore(1);
        registerDevices(QStringLiteral("a"));
        for (int i = 0; i < 10; ++i)
            submit(1'000'000'000, QStringLiteral("%1 %2").arg(i).arg(i + 1));
        QCOMPARE(work('a', 2, 3).size(), 6); // 2 cores x 3 s x 1e9 ops/s
        bool created = true;
        QVERIFY(m_store->registerDevice(device('a'), QString(), "{}", 2e9, &created).ok());
        QVERIFY(!created);
        QCOMPARE(work('a', 1, 2).size(), 4);
    }

    void reopeningKeepsEveryDecision()
    {
        openStore(1);
        registerDevices(QStringLiteral("a"));
        submit();
        const auto a = work('a');
        QCOMPARE(report('a', a.first().id, "x"), QStringLiteral("valid"));
        const qint64 before = total('a');
        m_store->close();
        openStore(1);
        QCOMPARE(total('a'), before);
        QCOMPARE(report('a', a.first().id, "x", 0, StoreResult::Code::AlreadyReported),
            QStringLiteral("<expected>"));
        QCOMPARE(m_store->stats().value(QLatin1String("workunits_validated")).toInteger(), 1);
    }

    void demoWorkContinuesFromTheStoredCursor()
    {
        openStore(1);
        bool created = false;
        // A slow device (1000 ops/s) so one second of work is exactly one task.
        QVERIFY(m_store->registerDevice(device('a'), QString(), "{}", 1e3, &created).ok());
        // Four sc-primes ranges and two sc-matmul products (GPU work, which a CPU request never gets).
        QCOMPARE(DemoWork(*m_store, 1000, 4, 2).topUp(), 6);
        QCOMPARE(DemoWork(*m_store, 1000, 4, 2).topUp(), 0);
        const auto first = work('a', 1, 1);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().input, QStringLiteral("0 1000"));
        QCOMPARE(first.first().estimatedOps, 5000);
        m_store->close();
        openStore(1);
        QCOMPARE(DemoWork(*m_store, 1000, 4, 2).topUp(), 1); // the taken one is replaced
        const auto all = work('a', 256, 86400);
        QCOMPARE(all.size(), 4);
        QCOMPARE(all.last().input, QStringLiteral("4000 5000"));
    }

    // A work reply lost on the way: the same request id gets the same tasks, not a second
    // helping counted against the device; the held list shows them; a release frees the
    // replica for another device at once, and a report for it is refused.
    void aRepeatedRequestGetsTheSameTasksAndReleaseFreesThem()
    {
        openStore(1);
        registerDevices(QStringLiteral("ab"));
        for (int i = 0; i < 4; ++i)
            submit(1'000'000'000, QStringLiteral("%1 %2").arg(i * 10).arg(i * 10 + 10));
        QList<IssuedTask> first;
        QVERIFY(m_store->assignWork(device('a'), 1, 2, QStringLiteral("req-00000001"), &first).ok());
        QCOMPARE(first.size(), 2);
        QList<IssuedTask> again;
        QVERIFY(m_store->assignWork(device('a'), 1, 2, QStringLiteral("req-00000001"), &again).ok());
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.at(0).id, first.at(0).id);
        QCOMPARE(again.at(1).id, first.at(1).id);
        QList<IssuedTask> held;
        QVERIFY(m_store->heldWork(device('a'), &held).ok());
        QCOMPARE(held.size(), 2);
        QCOMPARE(held.at(0).input, first.at(0).input);
        // A new request id is new work.
        QList<IssuedTask> next;
        QVERIFY(m_store->assignWork(device('a'), 1, 2, QStringLiteral("req-00000002"), &next).ok());
        QCOMPARE(next.size(), 2);
        QVERIFY(m_store->heldWork(device('a'), &held).ok());
        QCOMPARE(held.size(), 4);
        QVERIFY(work('b', 1, 10).isEmpty()); // quorum 1: every workunit is taken
        // Released: off the held list, handed to b, and a's report earns nothing.
        QVERIFY(m_store->releaseTask(device('a'), first.at(0).id).ok());
        QVERIFY(m_store->releaseTask(device('a'), first.at(0).id).ok()); // a repeat is fine
        QCOMPARE(m_store->releaseTask(device('b'), first.at(1).id).code, StoreResult::Code::NotFound);
        QVERIFY(m_store->heldWork(device('a'), &held).ok());
        QCOMPARE(held.size(), 3);
        const auto b = work('b', 1, 10);
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().input, first.at(0).input);
        QCOMPARE(
            report('a', first.at(0).id, "x", 0, StoreResult::Code::Expired), QStringLiteral("<expected>"));
        QCOMPARE(report('b', b.first().id, "x"), QStringLiteral("valid"));
        // A reported task cannot be released; the repeat of a request whose tasks were all
        // reported or released hands out nothing new.
        QCOMPARE(report('a', first.at(1).id, "y"), QStringLiteral("valid"));
        QCOMPARE(m_store->releaseTask(device('a'), first.at(1).id).code, StoreResult::Code::AlreadyReported);
        QVERIFY(m_store->assignWork(device('a'), 1, 2, QStringLiteral("req-00000001"), &again).ok());
        QVERIFY(again.isEmpty());
        // Past the deadline nothing is held.
        m_now += 7200;
        QVERIFY(m_store->heldWork(device('a'), &held).ok());
        QVERIFY(held.isEmpty());
        QCOMPARE(m_store->heldWork(device('z'), &held).code, StoreResult::Code::UnknownDevice);
    }

    void unknownDeviceGetsNoWork()
    {
        openStore(1);
        QList<IssuedTask> tasks;
        QCOMPARE(m_store->assignWork(device('z'), 1, 1, &tasks).code, StoreResult::Code::UnknownDevice);
    }
};

QTEST_GUILESS_MAIN(TestHubStore)
#include "tst_hubstore.moc"
