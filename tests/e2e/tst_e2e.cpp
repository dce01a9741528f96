// SPDX-License-Identifier: GPL-3.0-or-later
// The whole loop with real processes on loopback: sparecycles-hub, sparecycles-cli engines,
// sc-primes tasks. Waits poll with deadlines; nothing sleeps for a fixed time.
#include "crypto/devicekey.h"
#include "e2e.h"
#include "network/httpclient.h"
#include "network/hubclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <functional>

using namespace e2e;

namespace {

// One task of about 8 s here and two short ones.
bool submitOneLongTwoShort(const QString& hubDir)
{
    return submit(hubDir, 2'000'000'000LL, 6'000'000'000LL) && submit(hubDir, 0, 50'000'000LL)
        && submit(hubDir, 50'000'000LL, 100'000'000LL);
}

// A hub that credits every result alone (no second replica, no canaries).
QStringList quorumOne()
{
    return { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--canary-rate"),
        QStringLiteral("0") };
}

bool anyCheckpoint(const QString& dataDir)
{
    QDirIterator it(dataDir + QStringLiteral("/slots"), { QStringLiteral("checkpoint") }, QDir::Files,
        QDirIterator::Subdirectories);
    return it.hasNext();
}

} // namespace

class TestEndToEnd final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // (a) Two engines with different device keys, quorum 2: every workunit is computed by both,
    // and the hub credits exactly the results that agree. Both are the network's own machines
    // (--trust-first 2): two untrusted devices alone never validate anything.
    void twoEnginesUnderQuorumTwo()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        constexpr int kWorkunits = 12;
        for (int i = 0; i < kWorkunits; ++i)
            QVERIFY(
                submit(hubDir, 1'000'000'000LL + i * 20'000'000LL, 1'000'000'000LL + (i + 1) * 20'000'000LL));
        Hub hub(hubDir,
            { QStringLiteral("--quorum"), QStringLiteral("2"), QStringLiteral("--canary-rate"),
                QStringLiteral("0"), QStringLiteral("--trust-first"), QStringLiteral("2") });
        QVERIFY(hub.start());
        Engine a(dir.filePath(QStringLiteral("a")), hub.url());
        Engine b(dir.filePath(QStringLiteral("b")), hub.url());
        QVERIFY(a.start());
        QVERIFY(b.start());
        QVERIFY2(waitFor([&] { return hub.stat("tasks_credited") == 2 * kWorkunits; }, 120000),
            a.output().right(2000).constData());
        // Each engine learns its credits from the hub's feed.
        QVERIFY(waitFor(
            [&] {
                return a.statusValue("tasks_valid") == kWorkunits
                    && b.statusValue("tasks_valid") == kWorkunits;
            },
            60000));
        QCOMPARE(a.stop(), 0);
        QCOMPARE(b.stop(), 0);
        const QJsonObject s = hub.stats();
        QCOMPARE(s.value(QLatin1String("devices")).toInt(), 2);
        QCOMPARE(s.value(QLatin1String("tasks_invalid")).toInt(), 0);
        QCOMPARE(s.value(QLatin1String("tasks_queued")).toInt(), 0);
        const qint64 earnedA = a.statusValue("earned_total");
        const qint64 earnedB = b.statusValue("earned_total");
        QVERIFY(earnedA > 0);
        QCOMPARE(earnedA, earnedB); // same work, same reward
        QCOMPARE(earnedA + earnedB, s.value(QLatin1String("credit_total")).toInteger());
        QCOMPARE(a.statusValue("tasks_completed"), kWorkunits);
        QCOMPARE(a.status().value(QLatin1String("state")).toString(), QStringLiteral("stopped"));
    }

    // (b) A device that returns wrong answers gets no credit and is flagged by a known-answer
    // canary, while the honest (trusted, --trust-first 2) engines are credited.
    void wrongAnswersAreNotCreditedAndFlagged()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        for (int i = 0; i < 4; ++i)
            QVERIFY(submit(hubDir, i * 10'000'000LL, (i + 1) * 10'000'000LL));
        Hub hub(hubDir,
            { QStringLiteral("--quorum"), QStringLiteral("2"), QStringLiteral("--canary-rate"),
                QStringLiteral("0.5"), QStringLiteral("--trust-first"), QStringLiteral("2") });
        QVERIFY(hub.start());
        {
            Engine a(dir.filePath(QStringLiteral("a")), hub.url());
            Engine b(dir.filePath(QStringLiteral("b")), hub.url());
            QVERIFY(a.start());
            QVERIFY(b.start());
            QVERIFY(waitFor([&] { return hub.stat("workunits_validated") >= 4; }, 90000));
        }
        for (int i = 4; i < 12; ++i)
            QVERIFY(submit(hubDir, i * 10'000'000LL, (i + 1) * 10'000'000LL));

        // The rogue speaks the real protocol with its own key and answers everything wrongly.
        sc::core::CurlHttpClient http;
        const sc::core::DeviceKey key = sc::core::DeviceKey::generate();
        sc::core::HubClient rogue(http, key, hub.url(), [] { return QDateTime::currentSecsSinceEpoch(); });
        bool registered = false;
        rogue.registerDevice(QJsonObject { { QStringLiteral("payout_address"), QString() },
                                 { QStringLiteral("profile"), QJsonObject() } },
            [&](const QJsonObject&, const std::optional<sc::core::HubError>& e) { registered = !e; });
        QTRY_VERIFY_WITH_TIMEOUT(registered, 10000);
        bool flagged = false;
        int reported = 0;
        QDeadlineTimer deadline(60000);
        while (!flagged && !deadline.hasExpired()) {
            QList<sc::core::TaskDescriptor> tasks;
            bool answered = false;
            rogue.requestWork(1, 600, {},
                [&](const QList<sc::core::TaskDescriptor>& t, const std::optional<sc::core::HubError>& e) {
                    answered = true;
                    tasks = t;
                    flagged = e && e->code == QLatin1String("device_flagged");
                });
            QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
            if (flagged || tasks.isEmpty())
                break;
            for (const auto& t : tasks) {
                const QByteArray wrong = "1 2\n";
                const QByteArray hash = QCryptographicHash::hash(wrong, QCryptographicHash::Sha256).toHex();
                int step = 0;
                rogue.uploadOutput(
                    t.id, wrong, [&](const QJsonObject&, const std::optional<sc::core::HubError>&) {
                        rogue.reportResult(t.id, 0, 0.5, hash,
                            [&](const QJsonObject&, const std::optional<sc::core::HubError>& e) {
                                step = 1;
                                reported += e ? 0 : 1;
                            });
                    });
                QTRY_VERIFY_WITH_TIMEOUT(step == 1, 10000);
            }
        }
        QVERIFY(reported > 0);
        // Honest engines finish the rest, outvoting the rogue.
        Engine a(dir.filePath(QStringLiteral("a")), hub.url());
        Engine b(dir.filePath(QStringLiteral("b")), hub.url());
        QVERIFY(a.start());
        QVERIFY(b.start());
        QVERIFY(waitFor([&] { return hub.stat("workunits_validated") >= 12; }, 90000));
        QCOMPARE(a.stop(), 0);
        QCOMPARE(b.stop(), 0);

        QJsonObject account;
        bool done = false;
        rogue.account([&](const QJsonObject& o, const std::optional<sc::core::HubError>&) {
            account = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(account.value(QLatin1String("total")).toInteger(-1), 0);
        QCOMPARE(account.value(QLatin1String("flagged")).toBool(), true);
        QVERIFY(
            account.value(QLatin1String("results")).toObject().value(QLatin1String("invalid")).toInt() > 0);
        const QJsonObject s = hub.stats();
        QCOMPARE(s.value(QLatin1String("devices_flagged")).toInt(), 1);
        QVERIFY(s.value(QLatin1String("tasks_invalid")).toInt() > 0);
        // After the flag, work is refused with a clear code.
        bool refused = false;
        rogue.requestWork(1, 60, {},
            [&](const QList<sc::core::TaskDescriptor>&, const std::optional<sc::core::HubError>& e) {
                refused = e && e->code == QLatin1String("device_flagged");
            });
        QTRY_VERIFY_WITH_TIMEOUT(refused, 10000);
    }

    // (c) kill -9 the engine mid-task: the task resumes from its checkpoint and every task is
    // credited exactly once.
    void killedEngineResumesFromCheckpoint()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        QVERIFY(submitOneLongTwoShort(hubDir));
        Hub hub(hubDir, quorumOne());
        QVERIFY(hub.start());
        Engine e(dir.filePath(QStringLiteral("engine")), hub.url());
        QVERIFY(e.start());
        QVERIFY(waitFor([&] { return anyCheckpoint(e.dataDir()); }, 60000));
        e.killHard();
        QVERIFY(e.start());
        QVERIFY(waitFor([&] { return hub.stat("tasks_credited") == 3; }, 90000));
        QVERIFY(waitFor([&] { return e.statusValue("tasks_valid") == 3; }, 60000));
        QCOMPARE(e.stop(), 0);
        QVERIFY2(e.output().contains("resumed from its checkpoint"), e.output().right(3000).constData());
        const QJsonObject s = hub.stats();
        QCOMPARE(s.value(QLatin1String("tasks_credited")).toInt(), 3);
        QCOMPARE(s.value(QLatin1String("tasks_invalid")).toInt(), 0);
        QCOMPARE(e.statusValue("earned_total"), s.value(QLatin1String("credit_total")).toInteger());
        QCOMPARE(e.statusValue("tasks_completed"), 3);
    }

    // (c2) Issue 17, finding 2: the device key and its backup are deleted. The engine used to
    // make a new key, run the old identity's tasks under it (refused by the hub) and strand its
    // credit. Now it does not start and says why; the saved copy put back, the same device
    // finishes every task.
    void aLostKeyNeverBecomesANewDeviceSilently()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        QVERIFY(submitOneLongTwoShort(hubDir));
        Hub hub(hubDir, quorumOne());
        QVERIFY(hub.start());
        Engine e(dir.filePath(QStringLiteral("engine")), hub.url());
        QVERIFY(e.start());
        QVERIFY(waitFor([&] { return anyCheckpoint(e.dataDir()); }, 60000));
        QCOMPARE(e.stop(), 0);
        QCOMPARE(hub.stat("devices"), 1);
        const QString copy = dir.filePath(QStringLiteral("saved-key.pem"));
        const auto cli = [&](const QStringList& args) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(bin("sparecycles-cli"), args + QStringList { QStringLiteral("--data-dir"), e.dataDir() });
            p.waitForFinished(30000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAll()));
        };
        QCOMPARE(cli({ QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("--out"), copy })
                     .first,
            0);
        QVERIFY(QFile::remove(e.dataDir() + QStringLiteral("/device-key.pem")));
        QVERIFY(QFile::remove(e.dataDir() + QStringLiteral("/device-key.backup.pem")));

        QProcess lost;
        lost.setProcessChannelMode(QProcess::MergedChannels);
        lost.start(bin("sparecycles-cli"),
            { QStringLiteral("run"), QStringLiteral("--hub"), hub.url().toString(),
                QStringLiteral("--data-dir"), e.dataDir(), QStringLiteral("--always-run") });
        QVERIFY(lost.waitForFinished(20000));
        const QString said = QString::fromUtf8(lost.readAll());
        QCOMPARE(lost.exitCode(), 1);
        QVERIFY2(said.contains(QLatin1String("no backup copy was found")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("unfinished task")), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("identity restore")), qPrintable(said));
        QVERIFY(!QFile::exists(e.dataDir() + QStringLiteral("/device-key.pem")));
        QCOMPARE(hub.stat("devices"), 1); // no second identity reached the hub

        const auto restored = cli({ QStringLiteral("identity"), QStringLiteral("restore"), copy });
        QVERIFY2(restored.first == 0, qPrintable(restored.second));
        QVERIFY(e.start());
        QVERIFY2(waitFor([&] { return hub.stat("tasks_credited") == 3; }, 90000),
            e.output().right(3000).constData());
        QVERIFY(waitFor([&] { return e.statusValue("tasks_valid") == 3; }, 60000));
        QCOMPARE(e.stop(), 0);
        const QJsonObject s = hub.stats();
        QCOMPARE(s.value(QLatin1String("devices")).toInt(), 1);
        QCOMPARE(s.value(QLatin1String("tasks_invalid")).toInt(), 0);
        QCOMPARE(e.statusValue("earned_total"), s.value(QLatin1String("credit_total")).toInteger());
    }

    // (d) The hub goes away: results wait on disk and arrive once it is back.
    void resultsWaitForTheHub()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(submit(hubDir, i * 700'000'000LL, (i + 1) * 700'000'000LL));
        Hub hub(hubDir,
            { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--canary-rate"),
                QStringLiteral("0") });
        QVERIFY(hub.start());
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(hub.url().port());
        Engine e(dir.filePath(QStringLiteral("engine")), hub.url());
        QVERIFY(e.start());
        QVERIFY2(waitFor([&] { return e.statusValue("tasks_completed") >= 1; }, 60000),
            e.output().right(3000).constData());
        hub.stop();
        QCOMPARE(hub.exitCode(), 0);
        QVERIFY(waitFor([&] { return e.statusValue("results_waiting_to_report") >= 2; }, 60000));
        const qint64 creditedWhileDown = hub.stat("tasks_credited");
        QVERIFY(creditedWhileDown < 5);
        QVERIFY(hub.start(listen));
        QVERIFY(waitFor([&] { return hub.stat("tasks_credited") == 5; }, 120000));
        QVERIFY(waitFor(
            [&] {
                return e.statusValue("results_waiting_to_report") == 0 && e.statusValue("tasks_valid") == 5;
            },
            60000));
        QCOMPARE(e.stop(), 0);
        QCOMPARE(e.statusValue("earned_total"), hub.stat("credit_total"));
        QVERIFY(e.output().contains("Cannot reach the hub"));
    }

    // (e) Payouts: the hub settles validated credit to the payout address; the engine hears
    // of it through its credit feed and says so, once.
    void payoutsReachTheDevice()
    {
        QTemporaryDir dir;
        const QString hubDir = dir.filePath(QStringLiteral("hub"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(submit(hubDir, i * 50'000'000LL, (i + 1) * 50'000'000LL));
        Hub hub(hubDir,
            { QStringLiteral("--quorum"), QStringLiteral("1"), QStringLiteral("--canary-rate"),
                QStringLiteral("0"), QStringLiteral("--payout-every"), QStringLiteral("1"),
                QStringLiteral("--payout-min"), QStringLiteral("1") });
        QVERIFY(hub.start());
        const QString address = QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7");
        Engine e(dir.filePath(QStringLiteral("engine")), hub.url(),
            { QStringLiteral("--payout-address"), address });
        QVERIFY(e.start());
        QVERIFY2(waitFor([&] { return hub.stat("tasks_credited") == 3; }, 90000),
            e.output().right(3000).constData());
        QVERIFY(waitFor([&] { return hub.stat("paid_total") == hub.stat("credit_total"); }, 30000));
        QVERIFY2(waitFor([&] { return e.output().contains("Payout: "); }, 30000),
            e.output().right(3000).constData());
        QVERIFY(e.output().contains(address.toLatin1()));
        // The balance the dashboard shows: everything paid, nothing pending.
        QVERIFY(waitFor(
            [&] {
                const QJsonObject b = e.status().value(QLatin1String("balance")).toObject();
                return b.value(QLatin1String("paid")).toInteger(-1) == hub.stat("credit_total")
                    && b.value(QLatin1String("pending")).toInteger(-1) == 0;
            },
            30000));
        const qint64 payouts = hub.stat("payouts");
        QCOMPARE(e.stop(), 0);
        // The engine announces each rise of the total it sees: one line per payout, or fewer when
        // two payouts fall between two polls; never more.
        const qint64 announced = e.output().count("Payout: ");
        QVERIFY2(announced >= 1 && announced <= payouts,
            qPrintable(QStringLiteral("%1 lines, %2 payouts").arg(announced).arg(payouts)));
    }

    // (f) The user moves to another network: work of the old one goes, the new one's credit
    // feed (numbered from 1 again) lands in the same ledger, and nothing is counted twice.
    void movingToAnotherNetwork()
    {
        QTemporaryDir dir;
        const QString hubA = dir.filePath(QStringLiteral("hubA"));
        const QString hubB = dir.filePath(QStringLiteral("hubB"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(submit(hubA, i * 50'000'000LL, (i + 1) * 50'000'000LL));
        QVERIFY(submit(hubA, 2'000'000'000LL, 12'000'000'000LL)); // still running at the move
        for (int i = 0; i < 2; ++i)
            QVERIFY(submit(hubB, i * 50'000'000LL, (i + 1) * 50'000'000LL));
        const QStringList options { QStringLiteral("--quorum"), QStringLiteral("1"),
            QStringLiteral("--canary-rate"), QStringLiteral("0") };
        Hub a(hubA, options);
        QVERIFY(a.start());
        const QString engineDir = dir.filePath(QStringLiteral("engine"));
        {
            Engine e(engineDir, a.url());
            QVERIFY(e.start());
            QVERIFY2(waitFor([&] { return e.statusValue("tasks_valid") >= 3; }, 90000),
                e.output().right(3000).constData());
            QCOMPARE(e.stop(), 0);
        }
        const qint64 fromA = a.stat("credit_total");
        QVERIFY(fromA > 0);
        a.stop();
        Hub b(hubB, options);
        QVERIFY(b.start());
        Engine e(engineDir, b.url());
        QVERIFY(e.start());
        QVERIFY2(waitFor([&] { return b.stat("tasks_credited") == 2; }, 90000),
            e.output().right(3000).constData());
        QVERIFY2(
            waitFor([&] { return e.statusValue("earned_total") == fromA + b.stat("credit_total"); }, 60000),
            e.output().right(3000).constData());
        QCOMPARE(e.stop(), 0);
        QVERIFY2(e.output().contains("from the previous network were dropped."),
            e.output().right(3000).constData());
        QVERIFY(!e.output().contains("cursor that goes backwards"));
        QCOMPARE(e.statusValue("tasks_valid"), 5);
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_e2e.moc"
