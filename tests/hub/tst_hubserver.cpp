// SPDX-License-Identifier: GPL-3.0-or-later
// HubServer in-process on loopback, spoken to over real HTTP with signed requests.
#include "crypto/devicekey.h"
#include "hubserver.h"
#include "hubstore.h"
#include "postgres/testdatabase.h"
#include "protocol/messages.h"
#include "protocol/taskdescriptor.h"
#include "taskapps.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace sc::hub;
using sc::core::DeviceKey;

namespace {

struct Response {
    int status = 0;
    QByteArray body;
    QByteArray hubTime; // X-SC-Time
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const
    {
        return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
    }
};

qint64 now() { return QDateTime::currentSecsSinceEpoch(); }

} // namespace

class TestHubServer final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_dbPath;
    qint64 m_nonce = 0;
    DeviceKey m_codeKey = DeviceKey::generate();
    DeviceKey m_device = DeviceKey::generate();
    const QByteArray m_appBytes = "#!/bin/sh\necho not really sc-primes\n";
    std::unique_ptr<HubStore> m_store;
    std::unique_ptr<HubServer> m_server;
    QNetworkAccessManager m_nam;
    QUrl m_base;

    struct Sign {
        const DeviceKey* key = nullptr;
        qint64 timestamp = 0; // 0 = now
        QByteArray signedBody; // when set, the signature covers this instead of the body
    };

    static Sign by(const DeviceKey* key, qint64 timestamp = 0, const QByteArray& signedBody = QByteArray())
    {
        Sign s;
        s.key = key;
        s.timestamp = timestamp;
        s.signedBody = signedBody;
        return s;
    }

    Response send(const QByteArray& method, const QString& path, const QByteArray& body, const Sign& sign,
        QList<QPair<QByteArray, QByteArray>>* sentHeaders = nullptr)
    {
        QNetworkRequest req(m_base.resolved(QUrl(path)));
        req.setHeader(QNetworkRequest::ContentTypeHeader,
            method == "PUT" ? QByteArray("application/octet-stream") : QByteArray("application/json"));
        if (sentHeaders && !sentHeaders->isEmpty()) {
            for (const auto& h : *sentHeaders)
                req.setRawHeader(h.first, h.second);
        } else if (sign.key) {
            const qint64 ts = sign.timestamp ? sign.timestamp : now();
            const QByteArray target = req.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
            const QByteArray nonce = QByteArray::number(++m_nonce, 16).rightJustified(32, '0');
            const QByteArray sig = sign.key->sign(sc::core::canonicalRequest(
                method, target, ts, nonce, sign.signedBody.isNull() ? body : sign.signedBody));
            const QList<QPair<QByteArray, QByteArray>> headers {
                { "X-SC-Key", sign.key->publicKey().toHex() }, { "X-SC-Timestamp", QByteArray::number(ts) },
                { "X-SC-Nonce", nonce }, { "X-SC-Signature", sig.toHex() }
            };
            for (const auto& h : headers)
                req.setRawHeader(h.first, h.second);
            if (sentHeaders)
                *sentHeaders = headers;
        }
        std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(req, method, body));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !done.wait(10000))
            return {};
        return Response { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(), reply->rawHeader("X-SC-Time") };
    }
    // ageSeconds: identical requests in one second carry identical (deterministic Ed25519)
    // signatures, which the hub rejects as replays; repeats are signed slightly earlier.
    Response signedCall(
        const QByteArray& method, const QString& path, const QJsonObject& body, qint64 ageSeconds = 0)
    {
        return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
            by(&m_device, now() - ageSeconds));
    }
    void registerDevice()
    {
        const Response r = signedCall("POST", QStringLiteral("/v1/devices"),
            QJsonObject { { QStringLiteral("payout_address"), QString() },
                { QStringLiteral("profile"), QJsonObject {} } });
        QVERIFY(r.status == 201 || r.status == 200);
    }

private Q_SLOTS:
    void init()
    {
        m_server.reset();
        m_dbPath = sc::test::freshDatabase(m_dir, QStringLiteral("hub%1").arg(++m_serial));
        startHub();
    }
    void startHub()
    {
        m_server.reset();
        m_store.reset();
        m_store = std::make_unique<HubStore>(HubConfig { 1, 0.0, 3600 }, now);
        QString error;
        QVERIFY2(m_store->open(m_dbPath, &error), qPrintable(error));
        ServerOptions options;
        options.codeSigningPublicKey = m_codeKey.publicKey();
        options.signTask = [this](const QByteArray& text) { return m_codeKey.sign(text); };
        for (const QString& name : { QStringLiteral("sc-primes"), QStringLiteral("sc-matmul") }) {
            AppBinary app;
            app.name = name;
            app.data = m_appBytes;
            app.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(m_appBytes, QCryptographicHash::Sha256).toHex());
            app.signature = m_codeKey.sign("sc-app-v1\n" + name.toUtf8() + "\n" + app.sha256.toLatin1());
            options.apps.append(app);
        }
        m_server = std::make_unique<HubServer>(*m_store, options, now);
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()));
    }
    // Two hub replicas on one database (docs/deploy.md): a request one of them accepted is
    // refused by the other, and both say the database is reachable.
    void aRequestReplayedToAnotherReplicaIsRefused()
    {
        registerDevice();
        HubStore secondStore(HubConfig { 1, 0.0, 3600 }, now);
        QString error;
        QVERIFY2(secondStore.open(m_dbPath, &error), qPrintable(error));
        ServerOptions options;
        options.codeSigningPublicKey = m_codeKey.publicKey();
        options.signTask = [this](const QByteArray& text) { return m_codeKey.sign(text); };
        HubServer second(secondStore, options, now);
        QVERIFY2(second.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        const QUrl firstBase = m_base;
        const QByteArray workBody = R"({"cores":1,"seconds":10})";
        QList<QPair<QByteArray, QByteArray>> headers;
        QCOMPARE(send("POST", QStringLiteral("/v1/work"), workBody, by(&m_device), &headers).status, 200);
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(second.port()));
        const Response replayed = send("POST", QStringLiteral("/v1/work"), workBody, {}, &headers);
        // The second replica knows the device (one database) and has seen the signature.
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.code(), QStringLiteral("replay"));
        QCOMPARE(signedCall("POST", QStringLiteral("/v1/work"),
                     QJsonObject { { QStringLiteral("cores"), 1 }, { QStringLiteral("seconds"), 10 } }, 1)
                     .status,
            200);
        for (const QUrl& base : { firstBase, m_base }) {
            m_base = base;
            const Response health = send("GET", QStringLiteral("/v1/health"), {}, {});
            QCOMPARE(health.status, 200);
            QCOMPARE(health.json().value(QLatin1String("database")).toString(), QStringLiteral("ok"));
        }
        secondStore.close();
        m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(second.port()));
        const Response down = send("GET", QStringLiteral("/v1/health"), {}, {});
        QCOMPARE(down.status, 503);
        QCOMPARE(down.json().value(QLatin1String("status")).toString(), QStringLiteral("unavailable"));
        m_base = firstBase;
    }

    void cleanup()
    {
        m_server.reset();
        m_store.reset();
    }

    void aCapturedRequestIsRefusedAgainAfterTheHubRestarts()
    {
        // Someone on the wire keeps a signed registration and sends it again once the hub has
        // restarted (its in-memory replay guard empty): it must not put an old payout address back.
        QList<QPair<QByteArray, QByteArray>> headers;
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("payout_address"), QString() },
                                                  { QStringLiteral("profile"), QJsonObject {} } })
                                    .toJson(QJsonDocument::Compact);
        const Response first = send("POST", QStringLiteral("/v1/devices"), body, by(&m_device), &headers);
        QVERIFY(first.status == 201 || first.status == 200);
        QVERIFY(!headers.isEmpty());
        QCOMPARE(send("POST", QStringLiteral("/v1/devices"), body, by(&m_device), &headers).status, 401);
        startHub(); // same database, fresh process state
        const Response replay = send("POST", QStringLiteral("/v1/devices"), body, by(&m_device), &headers);
        QVERIFY2(replay.status != 200 && replay.status != 201, replay.body.constData());
        QVERIFY2(replay.body.contains("replay"), replay.body.constData());
    }

    void networkInfoNamesTheCodeSigningKey()
    {
        const Response r = send("GET", QStringLiteral("/v1/network"), {}, {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("code_signing_key")).toString().toLatin1(),
            m_codeKey.publicKey().toHex());
        QCOMPARE(r.json().value(QLatin1String("quorum")).toInt(), 1);
    }

    void fullTaskRoundTripIsCredited()
    {
        QVERIFY(m_store->addWorkunits(
            { NewWorkunit { QStringLiteral("sc-primes"), QStringLiteral("0 1000"), 5000 } }));
        const QJsonObject reg { { QStringLiteral("payout_address"),
                                    QString(QStringLiteral("0x") + QString(40, QLatin1Char('a'))) },
            { QStringLiteral("profile"), QJsonObject { { QStringLiteral("ops_per_second"), 2e9 } } } };
        QCOMPARE(signedCall("POST", QStringLiteral("/v1/devices"), reg).status, 201);
        // Ed25519 signatures are deterministic: the same request in the same second would be a
        // replay, so the second registration is signed one second earlier.
        const Response again = send("POST", QStringLiteral("/v1/devices"),
            QJsonDocument(reg).toJson(QJsonDocument::Compact), by(&m_device, now() - 1));
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json().value(QLatin1String("device_id")).toString().toLatin1(),
            m_device.publicKey().toHex());

        const Response work = signedCall("POST", QStringLiteral("/v1/work"),
            QJsonObject { { QStringLiteral("cores"), 2 }, { QStringLiteral("seconds"), 60 } });
        QCOMPARE(work.status, 200);
        const auto parsed = sc::core::parseWorkReply(work.body);
        QVERIFY(std::holds_alternative<QList<sc::core::TaskDescriptor>>(parsed));
        const auto tasks = std::get<QList<sc::core::TaskDescriptor>>(parsed);
        QCOMPARE(tasks.size(), 1);
        const sc::core::TaskDescriptor t = tasks.first();
        QCOMPARE(t.input, QByteArray("0 1000"));

        const Response app = send("GET", t.appUrl, {}, {});
        QCOMPARE(app.status, 200);
        QCOMPARE(app.body, m_appBytes);
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(app.body, QCryptographicHash::Sha256).toHex()),
            t.appSha256);
        QVERIFY(sc::core::verifyEd25519(
            m_codeKey.publicKey(), "sc-app-v1\nsc-primes\n" + t.appSha256.toLatin1(), t.appSignature));
        // The task itself is signed: id, program, input, deadline, size and reward as issued.
        QVERIFY(sc::core::verifyEd25519(m_codeKey.publicKey(), sc::core::taskSigningText(t), t.signature));
        sc::core::TaskDescriptor changed = t;
        changed.input = "0 1000000";
        QVERIFY(
            !sc::core::verifyEd25519(m_codeKey.publicKey(), sc::core::taskSigningText(changed), t.signature));
        QCOMPARE(
            send("GET", QStringLiteral("/v1/apps/sc-primes/") + QString(64, QLatin1Char('0')), {}, {}).status,
            404);

        const QByteArray output = "168 12345\n";
        const QByteArray sha = QCryptographicHash::hash(output, QCryptographicHash::Sha256).toHex();
        const QString outPath = QStringLiteral("/v1/tasks/%1/output").arg(t.id);
        const Response up = send("PUT", outPath, output, by(&m_device));
        QCOMPARE(up.status, 200);
        QCOMPARE(up.json().value(QLatin1String("output_sha256")).toString().toLatin1(), sha);
        QCOMPARE(send("PUT", outPath, output, by(&m_device, now() - 1)).status, 200);
        QCOMPARE(send("PUT", outPath, "different", by(&m_device)).code(), QStringLiteral("conflict"));

        const QString resultPath = QStringLiteral("/v1/tasks/%1/result").arg(t.id);
        const QJsonObject result { { QStringLiteral("exit_code"), 0 }, { QStringLiteral("cpu_seconds"), 0.5 },
            { QStringLiteral("output_sha256"), QString::fromLatin1(sha) } };
        const Response rep = signedCall("POST", resultPath, result);
        QCOMPARE(rep.status, 200);
        QCOMPARE(rep.json().value(QLatin1String("status")).toString(), QStringLiteral("valid"));
        const Response dup = signedCall("POST", resultPath, result, 1);
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), QStringLiteral("already_reported"));
        QCOMPARE(signedCall("POST", QStringLiteral("/v1/tasks/nope/result"), result).code(),
            QStringLiteral("not_found"));

        const Response account = send("GET", QStringLiteral("/v1/account"), {}, by(&m_device));
        QCOMPARE(account.status, 200);
        QCOMPARE(account.json().value(QLatin1String("total")).toInteger(), t.reward);
        QCOMPARE(account.json().value(QLatin1String("pending")).toInteger(), t.reward);
        QCOMPARE(account.json().value(QLatin1String("flagged")).toBool(), false);
        const Response credits
            = send("GET", QStringLiteral("/v1/account/credits?after=0"), {}, by(&m_device));
        QCOMPARE(credits.status, 200);
        const QJsonArray list = credits.json().value(QLatin1String("credits")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(QLatin1String("task_id")).toString(), t.id);
        const qint64 next = credits.json().value(QLatin1String("next")).toInteger();
        const Response later
            = send("GET", QStringLiteral("/v1/account/credits?after=%1").arg(next), {}, by(&m_device));
        QCOMPARE(later.json().value(QLatin1String("credits")).toArray().size(), 0);
        const Response history = send("GET", QStringLiteral("/v1/account/history?days=7"), {}, by(&m_device));
        QCOMPARE(history.status, 200);
        const QJsonArray days = history.json().value(QLatin1String("days")).toArray();
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.first().toObject().value(QLatin1String("credit")).toInteger(), t.reward);
        QCOMPARE(send("GET", QStringLiteral("/v1/account/history?days=0"), {}, by(&m_device)).code(),
            QStringLiteral("bad_request"));
    }

    // A lost work reply is recovered: the same request id gets the same task, the held list
    // names it, a release gives it back. Every reply carries the hub's clock, a request signed
    // a day off is refused for skew with it.
    void lostWorkIsHeldRepeatedAndReleased()
    {
        QVERIFY(m_store->addWorkunits(
            { NewWorkunit { QStringLiteral("sc-primes"), QStringLiteral("0 1000"), 5000 } }));
        registerDevice();
        const QJsonObject ask { { QStringLiteral("cores"), 1 }, { QStringLiteral("seconds"), 60 },
            { QStringLiteral("request_id"), QStringLiteral("0123456789abcdef") } };
        const Response first = signedCall("POST", QStringLiteral("/v1/work"), ask);
        QCOMPARE(first.status, 200);
        QVERIFY(qAbs(first.hubTime.toLongLong() - now()) <= 2);
        const auto tasks = std::get<QList<sc::core::TaskDescriptor>>(sc::core::parseWorkReply(first.body));
        QCOMPARE(tasks.size(), 1);
        const Response repeat = signedCall("POST", QStringLiteral("/v1/work"), ask, 1);
        QCOMPARE(repeat.status, 200);
        const auto again = std::get<QList<sc::core::TaskDescriptor>>(sc::core::parseWorkReply(repeat.body));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().id, tasks.first().id);
        QCOMPARE(again.first().appSignature, tasks.first().appSignature);

        const Response held = send("GET", QStringLiteral("/v1/work/held"), {}, by(&m_device));
        QCOMPARE(held.status, 200);
        QString why;
        const auto list = sc::core::HeldWork::fromJson(held.json(), &why);
        QVERIFY2(list, qPrintable(why));
        QCOMPARE(list->tasks.size(), 1);
        QCOMPARE(list->tasks.first().id, tasks.first().id);
        QVERIFY(qAbs(list->time - now()) <= 2);

        const QString release = QStringLiteral("/v1/tasks/%1/release").arg(tasks.first().id);
        const Response released = signedCall("POST", release, {});
        QCOMPARE(released.status, 200);
        QCOMPARE(released.json().value(QLatin1String("status")).toString(), QStringLiteral("released"));
        QCOMPARE(send("GET", QStringLiteral("/v1/work/held"), {}, by(&m_device, now() - 1))
                     .json()
                     .value(QLatin1String("tasks"))
                     .toArray()
                     .size(),
            0);
        QCOMPARE(signedCall("POST", QStringLiteral("/v1/tasks/nope/release"), {}).code(),
            QStringLiteral("not_found"));
        QCOMPARE(
            send("GET", QStringLiteral("/v1/work/held"), {}, {}).code(), QStringLiteral("bad_signature"));

        const Response skewed
            = send("GET", QStringLiteral("/v1/work/held"), {}, by(&m_device, now() - 86400));
        QCOMPARE(skewed.code(), QStringLiteral("clock_skew"));
        QVERIFY(qAbs(skewed.hubTime.toLongLong() - now()) <= 2);
    }

    void badRequestsGetTheDocumentedErrors()
    {
        registerDevice();
        const QByteArray workBody = R"({"cores":1,"seconds":10})";
        const Response unsignedCall = send("POST", QStringLiteral("/v1/work"), workBody, {});
        QCOMPARE(unsignedCall.status, 401);
        QCOMPARE(unsignedCall.code(), QStringLiteral("bad_signature"));
        const Response forged
            = send("POST", QStringLiteral("/v1/work"), workBody, by(&m_device, 0, R"({"cores":2})"));
        QCOMPARE(forged.status, 401);
        QCOMPARE(forged.code(), QStringLiteral("bad_signature"));
        const Response skewed
            = send("POST", QStringLiteral("/v1/work"), workBody, by(&m_device, now() - 1000));
        QCOMPARE(skewed.status, 401);
        QCOMPARE(skewed.code(), QStringLiteral("clock_skew"));
        QList<QPair<QByteArray, QByteArray>> headers;
        QCOMPARE(send("POST", QStringLiteral("/v1/work"), workBody, by(&m_device), &headers).status, 200);
        const Response replayed = send("POST", QStringLiteral("/v1/work"), workBody, {}, &headers);
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.code(), QStringLiteral("replay"));
        const DeviceKey stranger = DeviceKey::generate();
        const Response unknown = send("POST", QStringLiteral("/v1/work"), workBody, by(&stranger));
        QCOMPARE(unknown.status, 403);
        QCOMPARE(unknown.code(), QStringLiteral("unknown_device"));
        const Response malformed = send("POST", QStringLiteral("/v1/work"), "{not json", by(&m_device));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.code(), QStringLiteral("bad_request"));
        const Response range
            = send("POST", QStringLiteral("/v1/work"), R"({"cores":0,"seconds":10})", by(&m_device));
        QCOMPARE(range.status, 400);
        QVERIFY(range.json()
                    .value(QLatin1String("error"))
                    .toObject()
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("cores")));
        const Response big
            = send("POST", QStringLiteral("/v1/work"), QByteArray(100 * 1024, ' '), by(&m_device));
        QCOMPARE(big.status, 413);
        QCOMPARE(big.code(), QStringLiteral("too_large"));
        const Response wrongMethod = send("GET", QStringLiteral("/v1/work"), {}, by(&m_device));
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.code(), QStringLiteral("method_not_allowed"));
        const Response missing = send("GET", QStringLiteral("/v1/nothing"), {}, {});
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.code(), QStringLiteral("not_found"));
    }

    // The gate answers from the header alone: the 2 MiB body is never sent, let alone buffered.
    void oversizedOutputIsRefusedBeforeItsBodyArrives()
    {
        for (const QByteArray& header :
            { QByteArray("Content-Length: 2097152"), QByteArray("Transfer-Encoding: chunked") }) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("PUT /v1/tasks/t1/output HTTP/1.1\r\nHost: x\r\n" + header + "\r\n\r\n");
            QByteArray answer;
            QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("}}"), 5000);
            QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
            QVERIFY(answer.contains("\"too_large\""));
            QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        }
    }

    // A kept-alive connection cannot be peeked again; its next request is cut off at the cap.
    void oversizedSecondRequestOnAKeptAliveConnectionIsDropped()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /v1/network HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("code_signing_key"), 5000);
        socket.write("PUT /v1/tasks/t1/output HTTP/1.1\r\nHost: x\r\nContent-Length: 4000000\r\n\r\n");
        const QByteArray chunk(64 * 1024, 'x');
        for (int i = 0; i < 40 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
            socket.write(chunk);
            socket.waitForBytesWritten(100);
        }
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    // GPU work on the wire (protocol.md "GPU work"): only a request with gpus from a device with
    // an OpenCL GPU gets it, marked and signed as such, and its output may pass the CPU limit.
    void gpuTasksAreSignedAsGpuWorkAndTheirLargeOutputsGetIn()
    {
        for (const auto& [app, input] :
            { std::pair { "sc-primes", "0 1000" }, std::pair { "sc-matmul", "600 1" } }) {
            const auto unit = TaskApps::workunit(QLatin1String(app), QLatin1String(input));
            QVERIFY(m_store->addWorkunits({ std::get<NewWorkunit>(unit) }));
        }
        const QJsonObject gpu { { QStringLiteral("type"), QStringLiteral("gpu") },
            { QStringLiteral("memory_bytes"), 8e9 } };
        QCOMPARE(signedCall("POST", QStringLiteral("/v1/devices"),
                     QJsonObject { { QStringLiteral("payout_address"), QString() },
                         { QStringLiteral("profile"),
                             QJsonObject { { QStringLiteral("opencl_devices"), QJsonArray { gpu } } } } })
                     .status,
            201);
        auto tasksOf = [](const Response& r) {
            const auto parsed = sc::core::parseWorkReply(r.body);
            return std::holds_alternative<QList<sc::core::TaskDescriptor>>(parsed)
                ? std::get<QList<sc::core::TaskDescriptor>>(parsed)
                : QList<sc::core::TaskDescriptor> {};
        };
        const Response cpuWork = signedCall("POST", QStringLiteral("/v1/work"),
            QJsonObject { { QStringLiteral("cores"), 4 }, { QStringLiteral("seconds"), 3600 } });
        const auto cpu = tasksOf(cpuWork);
        QCOMPARE(cpu.size(), 1);
        QCOMPARE(cpu.first().app, QStringLiteral("sc-primes"));
        QCOMPARE(cpu.first().resource, sc::core::TaskDescriptor::Resource::Cpu);
        QVERIFY(!cpuWork.body.contains("resource"));
        const Response gpuWork = signedCall("POST", QStringLiteral("/v1/work"),
            QJsonObject { { QStringLiteral("cores"), 1 }, { QStringLiteral("seconds"), 1 },
                { QStringLiteral("gpus"), 1 } });
        const auto tasks = tasksOf(gpuWork);
        QCOMPARE(tasks.size(), 1);
        const sc::core::TaskDescriptor t = tasks.first();
        QCOMPARE(t.app, QStringLiteral("sc-matmul"));
        QCOMPARE(t.resource, sc::core::TaskDescriptor::Resource::Gpu);
        QCOMPARE(t.estimatedOps, qint64(600) * 600 * 600);
        QVERIFY(gpuWork.body.contains(R"("resource":"gpu")"));
        // Signed over the text that ends in "resource gpu": passed off as CPU work, it fails.
        QVERIFY(sc::core::taskSigningText(t).endsWith("\nresource gpu"));
        QVERIFY(sc::core::verifyEd25519(m_codeKey.publicKey(), sc::core::taskSigningText(t), t.signature));
        sc::core::TaskDescriptor asCpu = t;
        asCpu.resource = sc::core::TaskDescriptor::Resource::Cpu;
        QVERIFY(
            !sc::core::verifyEd25519(m_codeKey.publicKey(), sc::core::taskSigningText(asCpu), t.signature));

        // At the door: a body over 1 MiB is refused at once for the CPU task, let in for the
        // GPU task (whose unsigned request is then refused for its signature, not its size).
        const qsizetype size = 600 * 600 * 4 + 30;
        for (const auto& [task, answer] : { std::pair { cpu.first().id, QByteArray("HTTP/1.1 413") },
                 std::pair { t.id, QByteArray("HTTP/1.1 401") } }) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("PUT /v1/tasks/" + task.toLatin1()
                + "/output HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n");
            if (task == t.id)
                socket.write(QByteArray(size, 'x'));
            QByteArray got;
            QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).contains("}}"), 10000);
            QVERIFY2(got.startsWith(answer), got.constData());
        }
        {
            // The same on a kept-alive connection: its second request's header is peeked too.
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /v1/network HTTP/1.1\r\nHost: x\r\n\r\n");
            QByteArray got;
            QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).contains("code_signing_key"), 5000);
            socket.write("PUT /v1/tasks/" + t.id.toLatin1()
                + "/output HTTP/1.1\r\nHost: x\r\nContent-Length: " + QByteArray::number(size) + "\r\n\r\n"
                + QByteArray(size, 'x'));
            got.clear();
            QTRY_VERIFY_WITH_TIMEOUT((got += socket.readAll()).contains("}}"), 10000);
            QVERIFY2(got.startsWith("HTTP/1.1 401"), got.constData());
        }
        // Signed, through the client: stored, and judged by Freivalds' check.
        QByteArray output = QByteArray("sc-matmul 1 600 2147483647\n") + QByteArray(600 * 600 * 4, '\0');
        output[output.size() - 1] = 1;
        const Response up
            = send("PUT", QStringLiteral("/v1/tasks/%1/output").arg(t.id), output, by(&m_device));
        QCOMPARE(up.status, 200);
        const QString sha = up.json().value(QLatin1String("output_sha256")).toString();
        const Response rep = signedCall("POST", QStringLiteral("/v1/tasks/%1/result").arg(t.id),
            QJsonObject { { QStringLiteral("exit_code"), 0 }, { QStringLiteral("cpu_seconds"), 1.0 },
                { QStringLiteral("output_sha256"), sha } });
        QCOMPARE(rep.json().value(QLatin1String("status")).toString(), QStringLiteral("invalid"));
        // And a CPU task's output over 1 MiB is refused by its size on a kept-alive one too.
        const Response tooBig
            = send("PUT", QStringLiteral("/v1/tasks/%1/output").arg(cpu.first().id), output, by(&m_device));
        QVERIFY(tooBig.status == 413 || tooBig.status == 0); // 0: the connection was cut at the cap
    }

    void garbageOnTheWireDoesNotHurtTheHub()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(QByteArray(20000, '\x01'));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(send("GET", QStringLiteral("/v1/network"), {}, {}).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
