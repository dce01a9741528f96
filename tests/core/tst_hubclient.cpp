// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/devicekey.h"
#include "network/hubclient.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimer>

using namespace sc::core;

namespace {
// Answers every request with a canned response, asynchronously like the real transport.
class FakeTransport final : public HttpTransport {
public:
    HttpResponse next;
    QList<HttpRequest> sent;

    quint64 send(HttpRequest request, Callback done) override
    {
        sent.append(request);
        const HttpResponse r = next;
        QTimer::singleShot(0, this, [r, done] { done(r); });
        return static_cast<quint64>(sent.size());
    }
    void cancel(quint64) override { }
};

HttpResponse reply(int status, const QByteArray& body)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    return r;
}

QByteArray header(const HttpRequest& r, const QByteArray& name)
{
    for (const auto& h : r.headers) {
        if (h.first == name)
            return h.second;
    }
    return {};
}
} // namespace

class TestHubClient final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void requestsAreSignedOverTheExactTarget()
    {
        FakeTransport http;
        const DeviceKey key = DeviceKey::generate();
        HubClient hub(
            http, key, QUrl(QStringLiteral("http://127.0.0.1:9/base/")), [] { return 1'800'000'000; });
        http.next = reply(200, R"({"credits":[],"next":0})");
        bool done = false;
        hub.credits(42, [&](const QJsonObject&, const std::optional<HubError>& e) { done = !e; });
        QTRY_VERIFY(done);
        const HttpRequest& r = http.sent.first();
        QCOMPARE(r.url.toString(), QStringLiteral("http://127.0.0.1:9/base/v1/account/credits?after=42"));
        QCOMPARE(header(r, "x-sc-key"), key.publicKey().toHex());
        QCOMPARE(header(r, "x-sc-timestamp"), QByteArray("1800000000"));
        const QByteArray sig = QByteArray::fromHex(header(r, "x-sc-signature"));
        QVERIFY(verifyEd25519(key.publicKey(),
            canonicalRequest(
                "GET", "/base/v1/account/credits?after=42", 1'800'000'000, header(r, "x-sc-nonce"), {}),
            sig));
        QCOMPARE(header(r, "x-sc-nonce").size(), 32);
    }
    void hubErrorsCarryCodeAndMessage()
    {
        FakeTransport http;
        const DeviceKey key = DeviceKey::generate();
        HubClient hub(http, key, QUrl(QStringLiteral("http://h")), [] { return 1; });
        http.next = reply(409, R"({"error":{"code":"already_reported","message":"Reported before."}})");
        std::optional<HubError> err;
        hub.reportResult(QStringLiteral("t/1"), 0, 1.0, QByteArray(64, 'a'),
            [&](const QJsonObject&, const std::optional<HubError>& e) { err = e; });
        QTRY_VERIFY(err.has_value());
        QCOMPARE(err->code, QStringLiteral("already_reported"));
        QCOMPARE(err->message, QStringLiteral("Reported before."));
        QVERIFY(!err->retryable());
        // The task id is percent-encoded into one path segment.
        QCOMPARE(http.sent.first().url.path(QUrl::FullyEncoded), QStringLiteral("/v1/tasks/t%2F1/result"));
        const QJsonObject body = QJsonDocument::fromJson(http.sent.first().body).object();
        QCOMPARE(body.value(QLatin1String("output_sha256")).toString(), QString(64, QLatin1Char('a')));
    }
    void malformedRepliesAreErrorsNotCrashes()
    {
        FakeTransport http;
        const DeviceKey key = DeviceKey::generate();
        HubClient hub(http, key, QUrl(QStringLiteral("http://h")), [] { return 1; });
        for (const QByteArray& body : { QByteArray("not json"), QByteArray("[1,2]"),
                 QByteArray(R"({"tasks":"x"})"), QByteArray(R"({"tasks":[{"id":5}]})"), QByteArray() }) {
            http.next = reply(200, body);
            std::optional<HubError> err;
            bool called = false;
            hub.requestWork(2, 60, {}, [&](const QList<TaskDescriptor>& t, const std::optional<HubError>& e) {
                called = true;
                err = e;
                QVERIFY(t.isEmpty());
            });
            QTRY_VERIFY(called);
            QVERIFY2(err && err->kind == HubError::Kind::Protocol, body.constData());
        }
        http.next = reply(200, R"({"protocol":1,"code_signing_key":"abcd"})");
        std::optional<HubError> err;
        hub.getNetwork([&](const QJsonObject&, const std::optional<HubError>& e) { err = e; });
        QTRY_VERIFY(err.has_value());
        QCOMPARE(err->kind, HubError::Kind::Protocol);
    }
    void aWebServerThatIsNotAHubIsNamedAsSuch()
    {
        FakeTransport http;
        const DeviceKey key = DeviceKey::generate();
        HubClient hub(http, key, QUrl(QStringLiteral("http://h")), [] { return 1; });
        http.next = reply(404, "<html>nope</html>");
        std::optional<HubError> err;
        hub.getNetwork([&](const QJsonObject&, const std::optional<HubError>& e) { err = e; });
        QTRY_VERIFY(err.has_value());
        QVERIFY(err->message.contains(QLatin1String("not a SpareCycles hub")));
    }
    void transportFailuresAreRetryable()
    {
        FakeTransport http;
        const DeviceKey key = DeviceKey::generate();
        HubClient hub(http, key, QUrl(QStringLiteral("http://h")), [] { return 1; });
        HttpResponse r;
        r.error = HttpResponse::Error::Connect;
        r.errorText = QStringLiteral("Could not connect");
        http.next = r;
        std::optional<HubError> err;
        hub.account([&](const QJsonObject&, const std::optional<HubError>& e) { err = e; });
        QTRY_VERIFY(err.has_value());
        QCOMPARE(err->kind, HubError::Kind::Transport);
        QVERIFY(err->retryable());
        QCOMPARE(err->message, QStringLiteral("Could not connect"));
    }
};

QTEST_GUILESS_MAIN(TestHubClient)
#include "tst_hubclient.moc"
