// SPDX-License-Identifier: GPL-3.0-or-later
// The typed protocol messages: what the hub writes parses back unchanged, and malformed
// replies are refused with the field named, never guessed.
#include "protocol/errorcode.h"
#include "protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sc::core;

namespace {
QJsonObject object(const char* json) { return QJsonDocument::fromJson(QByteArray(json)).object(); }
QJsonObject object(const QByteArray& json) { return QJsonDocument::fromJson(json).object(); }
} // namespace

class TestMessages final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyErrorCodeHasOneWireNameAndStatus()
    {
        for (const auto code : { ErrorCode::BadRequest, ErrorCode::BadSignature, ErrorCode::ClockSkew,
                 ErrorCode::Replay, ErrorCode::UnknownDevice, ErrorCode::DeviceFlagged, ErrorCode::NotFound,
                 ErrorCode::MethodNotAllowed, ErrorCode::AlreadyReported, ErrorCode::Conflict,
                 ErrorCode::Expired, ErrorCode::TooLarge, ErrorCode::Internal })
            QVERIFY(errorCodeFromString(toString(code)) == code);
        QCOMPARE(toString(ErrorCode::DeviceFlagged), QStringLiteral("device_flagged"));
        QCOMPARE(httpStatus(ErrorCode::Expired), 410);
        QVERIFY(!errorCodeFromString(QStringLiteral("teapot")));
    }
    void errorReplyKeepsTheWireShape()
    {
        const ErrorReply conflict { ErrorCode::Conflict, QStringLiteral("x") };
        const QByteArray wire = QJsonDocument(conflict.toJson()).toJson(QJsonDocument::Compact);
        QCOMPARE(wire, QByteArray(R"({"error":{"code":"conflict","message":"x"}})"));
        QString why;
        QVERIFY(!ErrorReply::fromJson(object(R"({"error":{"code":"nope","message":""}})"), &why));
        QVERIFY(why.contains(QLatin1String("error.code")));
    }
    void networkInfoRoundTripsAndNeedsProtocolOneAndAKey()
    {
        NetworkInfo n;
        n.name = QStringLiteral("test");
        n.codeSigningKey = QByteArray(32, '\x07');
        n.quorum = 3;
        const auto back = NetworkInfo::fromJson(n.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->codeSigningKey, n.codeSigningKey);
        QCOMPARE(back->quorum, 3);
        QString why;
        QVERIFY(!NetworkInfo::fromJson(object(R"({"protocol":1,"code_signing_key":"abcd"})"), &why));
        QVERIFY(why.startsWith(QLatin1String("code_signing_key")));
        QJsonObject two = n.toJson();
        two.insert(QStringLiteral("protocol"), 2);
        QVERIFY(!NetworkInfo::fromJson(two, &why));
    }
    void registerRequestRefusesABadAddressAndAHugeProfile()
    {
        QString why;
        QVERIFY(!RegisterRequest::fromJson(object(R"({"payout_address":"0x12"})"), &why));
        QVERIFY(why.startsWith(QLatin1String("payout_address")));
        QJsonObject big { { QStringLiteral("blob"), QString(33 * 1024, QLatin1Char('x')) } };
        QVERIFY(!RegisterRequest::fromJson(QJsonObject { { QStringLiteral("profile"), big } }, &why));
        QCOMPARE(why, QStringLiteral("profile: larger than 32 KiB"));
        QVERIFY(!RegisterRequest::fromJson(object(R"({"profile":{"ops_per_second":0}})"), &why));
        const auto ok = RegisterRequest::fromJson(object(R"({"profile":{"ops_per_second":5e9}})"), &why);
        QVERIFY(ok);
        QCOMPARE(ok->opsPerSecond(), 5e9);
        QCOMPARE(RegisterRequest {}.profileJson(), QByteArray("{}"));
        QCOMPARE(RegisterRequest {}.opsPerSecond(), RegisterRequest::kDefaultOpsPerSecond);
    }
    void workRequestIsBounded()
    {
        QVERIFY(WorkRequest::fromJson(WorkRequest { 4, 600, {} }.toJson(), nullptr));
        QString why;
        const auto repeated
            = WorkRequest::fromJson(WorkRequest { 1, 60, QStringLiteral("a1b2c3d4e5") }.toJson(), &why);
        QVERIFY(repeated);
        QCOMPARE(repeated->requestId, QStringLiteral("a1b2c3d4e5"));
        for (const char* bad : { R"({"cores":1,"seconds":1,"request_id":"short"})",
                 R"({"cores":1,"seconds":1,"request_id":"has space in it"})",
                 R"({"cores":1,"seconds":1,"request_id":12345678})" }) {
            QVERIFY2(!WorkRequest::fromJson(object(bad), &why), bad);
            QVERIFY(why.startsWith(QLatin1String("request_id")));
        }
        QVERIFY(
            !WorkRequest::fromJson(object(QByteArray(QByteArray(R"({"cores":1,"seconds":1,"request_id":")")
                                       + QByteArray(65, 'a') + "\"}")
                                              .constData()),
                &why));
        QVERIFY(!WorkRequest::fromJson(object(R"({"cores":257,"seconds":1})"), &why));
        QVERIFY(why.startsWith(QLatin1String("cores")));
        QVERIFY(!WorkRequest::fromJson(object(R"({"cores":1,"seconds":1.5})"), &why));
        QVERIFY(why.startsWith(QLatin1String("seconds")));
        // GPU slots: absent is none, 0..16 round-trip, anything else is refused.
        QCOMPARE(WorkRequest::fromJson(object(R"({"cores":1,"seconds":1})"), &why)->gpus, 0);
        QCOMPARE(WorkRequest::fromJson(WorkRequest { 2, 60, {}, 1 }.toJson(), &why)->gpus, 1);
        // GPU work alone: 0 seconds of CPU work, only with GPU slots asking.
        QCOMPARE(WorkRequest::fromJson(object(R"({"cores":1,"seconds":0,"gpus":1})"), &why)->seconds, 0);
        QVERIFY(!WorkRequest::fromJson(object(R"({"cores":1,"seconds":0})"), &why));
        QVERIFY(why.startsWith(QLatin1String("seconds")));
        const WorkRequest noGpu { 2, 60, {}, 0 };
        QVERIFY(!noGpu.toJson().contains(QLatin1String("gpus")));
        for (const char* bad : { R"({"cores":1,"seconds":1,"gpus":17})",
                 R"({"cores":1,"seconds":1,"gpus":-1})", R"({"cores":1,"seconds":1,"gpus":"1"})" }) {
            QVERIFY2(!WorkRequest::fromJson(object(bad), &why), bad);
            QVERIFY(why.startsWith(QLatin1String("gpus")));
        }
    }
    void aGpuTaskSaysSoAndSignsIt()
    {
        TaskDescriptor t { QStringLiteral("t1"), QStringLiteral("sc-matmul"), QString(64, QLatin1Char('a')),
            QByteArray(64, '\x01'), QStringLiteral("/v1/apps/sc-matmul/x"), "256 7", 1'800'000'000, 500, 7,
            QByteArray(64, '\x02') };
        const QByteArray cpuText = taskSigningText(t);
        QVERIFY(!toJson(t).contains(QLatin1String("resource"))); // CPU tasks look as they always did
        t.resource = TaskDescriptor::Resource::Gpu;
        QCOMPARE(taskSigningText(t), cpuText + "\nresource gpu");
        const auto back = WorkReply::fromJson(WorkReply { { t } }.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->tasks.first().resource, TaskDescriptor::Resource::Gpu);
        QJsonObject o = toJson(t);
        o.insert(QStringLiteral("resource"), QStringLiteral("tpu"));
        QString why;
        QVERIFY(!WorkReply::fromJson(QJsonObject { { QStringLiteral("tasks"), QJsonArray { o } } }, &why));
        QVERIFY2(why.startsWith(QLatin1String("tasks[0].resource")), qPrintable(why));
    }
    void workReplyRoundTripsItsTasks()
    {
        TaskDescriptor t { QStringLiteral("t1"), QStringLiteral("sc-primes"), QString(64, QLatin1Char('a')),
            QByteArray(64, '\x01'), QStringLiteral("/v1/apps/sc-primes/x"), "0 100", 1'800'000'000, 500, 7,
            QByteArray(64, '\x02') };
        const auto back = WorkReply::fromJson(WorkReply { { t } }.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->tasks.size(), 1);
        QCOMPARE(back->tasks.first().appSignature, t.appSignature);
        QCOMPARE(back->tasks.first().input, t.input);
        QString why;
        QVERIFY(!WorkReply::fromJson(object(R"({"tasks":[{"id":5}]})"), &why));
        QVERIFY(why.startsWith(QLatin1String("tasks[0].id")));
    }
    void networkInfoCarriesTheChainOrNull()
    {
        NetworkInfo n;
        n.codeSigningKey = QByteArray(32, '\x01');
        QJsonObject wire = n.toJson();
        QVERIFY(wire.value(QLatin1String("chain")).isNull());
        QString why;
        QVERIFY(!NetworkInfo::fromJson(wire, &why)->chain);
        ChainInfo c;
        c.chainId = 31337;
        c.token = QStringLiteral("0x5FbDB2315678afecb367f032d93F642f64180aa3");
        c.symbol = QStringLiteral("SCT");
        c.decimals = 18;
        c.rpcHint = QStringLiteral("http://127.0.0.1:8545");
        c.explorerTxUrl = QStringLiteral("https://explorer.example/tx/{tx}");
        n.chain = c;
        const auto back = NetworkInfo::fromJson(n.toJson(), &why);
        QVERIFY2(back && back->chain, qPrintable(why));
        QCOMPARE(back->chain->chainId, 31337u);
        QCOMPARE(back->chain->token, c.token);
        QCOMPARE(back->chain->explorerUrlFor(QStringLiteral("0xab")),
            QStringLiteral("https://explorer.example/tx/0xab"));
        const QJsonObject good = c.toJson();
        for (const auto& [key, value] : {
                 std::pair { "chain_id", QJsonValue(0) },
                 std::pair { "chain_id", QJsonValue(1.5) },
                 std::pair { "token", QJsonValue(QStringLiteral("0x1234")) },
                 std::pair {
                     "token", QJsonValue(QStringLiteral("0xzzbDB2315678afecb367f032d93F642f64180aa3")) },
                 std::pair { "symbol", QJsonValue(QString()) },
                 std::pair { "decimals", QJsonValue(78) },
                 std::pair { "rpc_hint", QJsonValue(QStringLiteral("file:///etc/passwd")) },
                 std::pair { "explorer_tx_url", QJsonValue(QStringLiteral("https://explorer.example/tx/")) },
             }) {
            QJsonObject bad = good;
            bad.insert(QLatin1String(key), value);
            QVERIFY2(!ChainInfo::fromJson(bad, &why), key);
            QVERIFY2(why.startsWith(QStringLiteral("chain.") + QLatin1String(key)), qPrintable(why));
        }
        QJsonObject notObject = n.toJson();
        notObject.insert(QStringLiteral("chain"), 5);
        QVERIFY(!NetworkInfo::fromJson(notObject, &why));
    }
    void heldWorkAndReleaseAreStrict()
    {
        TaskDescriptor t { QStringLiteral("t1"), QStringLiteral("sc-primes"), QString(64, QLatin1Char('a')),
            QByteArray(64, '\x01'), QStringLiteral("/v1/apps/sc-primes/x"), "0 100", 1'800'000'000, 500, 7,
            QByteArray(64, '\x02') };
        const auto back = HeldWork::fromJson(HeldWork { { t }, 1'700'000'000 }.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->time, 1'700'000'000);
        QCOMPARE(back->tasks.size(), 1);
        QString why;
        QVERIFY(!HeldWork::fromJson(object(R"({"tasks":[]})"), &why));
        QVERIFY(why.startsWith(QLatin1String("time")));
        QVERIFY(ReleaseReply::fromJson(object(R"({"status":"released"})"), &why));
        QVERIFY(!ReleaseReply::fromJson(object(R"({"status":"valid"})"), &why));
    }
    void resultReportAndReplyAreStrict()
    {
        const ResultReport r { 0, 1.5, QString(64, QLatin1Char('f')) };
        QVERIFY(ResultReport::fromJson(r.toJson(), nullptr));
        QString why;
        QVERIFY(
            !ResultReport::fromJson(object(R"({"exit_code":0,"cpu_seconds":-1,"output_sha256":""})"), &why));
        QCOMPARE(why, QStringLiteral("cpu_seconds: not a number >= 0"));
        QVERIFY(ResultReply::fromJson(object(R"({"status":"pending"})"), nullptr));
        QVERIFY(!ResultReply::fromJson(object(R"({"status":"great"})"), nullptr));
        QVERIFY(!OutputReceipt::fromJson(object(R"({"output_sha256":"ABC"})"), nullptr));
    }
    void creditPageNamesTheMalformedEntry()
    {
        QString why;
        QVERIFY(!CreditPage::fromJson(
            object(R"({"credits":[{"seq":1,"task_id":"t","status":"maybe","amount":1,"time":1}],"next":1})"),
            &why));
        QCOMPARE(why, QStringLiteral("credits[0].status: not valid or invalid"));
        const auto old = CreditPage::fromJson(object(R"({"credits":[],"next":0})"), &why);
        QVERIFY(old);
        QVERIFY(!old->paid); // a hub before payouts sends no total
        const CreditEntry entry { 3, QStringLiteral("t"), QStringLiteral("valid"), 9, 100 };
        const CreditPage page { { entry }, 3, 12 };
        const auto back = CreditPage::fromJson(page.toJson(), &why);
        QVERIFY(back);
        QCOMPARE(back->credits.first().amount, 9);
        QCOMPARE(*back->paid, 12);
    }
    void accountRoundTripsAndNeedsItsBalance()
    {
        PayoutEntry payout;
        payout.id = 1;
        payout.amount = 7;
        payout.address = QStringLiteral("0xab");
        payout.time = 9;
        payout.status = QStringLiteral("confirmed");
        payout.txHash = QStringLiteral("0x") + QString(64, QLatin1Char('e'));
        payout.block = 42;
        const Account a { QStringLiteral("d"), 5, 7, 12, { payout }, 1, 2, 3, false };
        const auto back = Account::fromJson(a.toJson(), nullptr);
        QVERIFY(back);
        QCOMPARE(back->total, 12);
        QCOMPARE(back->payouts.first().address, QStringLiteral("0xab"));
        QCOMPARE(back->payouts.first().status, QStringLiteral("confirmed"));
        QCOMPARE(back->payouts.first().txHash, payout.txHash);
        QCOMPARE(*back->payouts.first().block, 42);
        QCOMPARE(back->invalid, 3);
        QJsonObject broken = a.toJson();
        broken.insert(QStringLiteral("pending"), QStringLiteral("lots"));
        QString why;
        QVERIFY(!Account::fromJson(broken, &why));
        QVERIFY(why.contains(QLatin1String("pending")));
    }
    void aPayoutOnAChainIsCheckedAndAnOldOneIsRecorded()
    {
        QString why;
        const auto old
            = PayoutEntry::fromJson(object(R"({"id":1,"amount":5,"address":"0xab","time":3})"), &why);
        QVERIFY(old);
        QCOMPARE(old->status, QStringLiteral("recorded")); // a hub from before chains
        QVERIFY(old->txHash.isEmpty() && !old->block && !old->onItsWay() && !old->failed());
        const auto sent = PayoutEntry::fromJson(
            object(R"({"id":1,"amount":5,"address":"0xab","time":3,"status":"sent","tx_hash":"0x)"
                + QByteArray(64, 'a') + R"("})"),
            &why);
        QVERIFY(sent && sent->onItsWay());
        for (const char* bad : { R"("status":"paid")", R"("status":7)", R"("tx_hash":"0xAB")",
                 R"("tx_hash":"0x)"
                 "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                 R"(")",
                 R"("block":-1)", R"("block":"9")" }) {
            const QByteArray json
                = QByteArray(R"({"id":1,"amount":5,"address":"0xab","time":3,)") + bad + "}";
            QVERIFY2(!PayoutEntry::fromJson(object(json), &why), json.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
