// SPDX-License-Identifier: GPL-3.0-or-later
// The hub session: the network's key pinned on first contact and a changed key refused, one
// backoff for every failure, and the hub's verdicts (forgot us, flagged us) acted on.
#include "ledger/ledger.h"
#include "scriptedhub.h"

#include <QSignalSpy>
#include <QTest>

using namespace sc::core;
using sc::test::ScriptedHub;
using sc::test::SessionFixture;

class TestHubSession final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void registersAndPinsTheNetworksKeyOnFirstContact()
    {
        SessionFixture f;
        QString err;
        QVERIFY(f.open(&err));
        QVERIFY(!f.session->confirmed());
        QSignalSpy connected(f.session.get(), &HubSession::connected);
        f.session->connectIfNeeded();
        QTRY_COMPARE(connected.size(), 1);
        QVERIFY(f.session->registered());
        QVERIFY(f.session->confirmed());
        QCOMPARE(f.session->codeSigningKey(), f.networkKey.publicKey());
        QCOMPARE(f.session->registeredFingerprint(), QStringLiteral("fp1"));
        QCOMPARE(f.folder->ledger().meta(QStringLiteral("code_signing_key http://127.0.0.1:9")),
            QString::fromLatin1(f.networkKey.publicKey().toHex()));
        const auto body = QJsonDocument::fromJson(f.http.sent.last().body).object();
        QCOMPARE(body.value(QLatin1String("payout_address")).toString(),
            QStringLiteral("0x0000000000000000000000000000000000000001"));
        f.session->connectIfNeeded(); // registered: nothing more is sent
        QTest::qWait(20);
        QCOMPARE(f.http.count(QStringLiteral("POST /v1/devices")), 1);
    }

    void aHubThatChangedItsSigningKeyIsRefused()
    {
        SessionFixture f;
        QString err;
        QVERIFY(f.open(&err));
        QVERIFY(f.folder->ledger().setMeta(QStringLiteral("code_signing_key http://127.0.0.1:9"),
            QString::fromLatin1(DeviceKey::generate().publicKey().toHex())));
        QSignalSpy fatal(f.session.get(), &HubSession::fatal);
        f.session->connectIfNeeded();
        QTRY_COMPARE(fatal.size(), 1);
        QVERIFY(fatal.first().first().toString().contains(QLatin1String("different key")));
        QVERIFY(!f.session->registered());
        QCOMPARE(f.http.count(QStringLiteral("POST /v1/devices")), 0);
    }

    // The offline reason says what happened (issue 17, finding 7): no connection, an answer
    // that is an error, a damaged reply, a secure connection that failed: each in its words.
    void eachKindOfFailureSaysWhatHappened_data()
    {
        QTest::addColumn<int>("error"); // HttpResponse::Error, or None for a reply
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        using E = HttpResponse::Error;
        QTest::newRow("refused") << int(E::Connect) << 0 << QByteArray()
                                 << QStringLiteral(
                                        "Cannot reach the hub at http://127.0.0.1:9: detail. Retrying");
        QTest::newRow("timeout") << int(E::Timeout) << 0 << QByteArray()
                                 << QStringLiteral(
                                        "Cannot reach the hub at http://127.0.0.1:9: detail. Retrying");
        QTest::newRow("tls")
            << int(E::Tls) << 0 << QByteArray()
            << QStringLiteral(
                   "Could not set up a secure connection to the hub at http://127.0.0.1:9: detail");
        QTest::newRow("http 502")
            << int(E::None) << 502 << QByteArray("<html>bad gateway</html>")
            << QStringLiteral("The hub at http://127.0.0.1:9 answered with an error (HTTP 502): The "
                              "hub answered HTTP 502. Retrying");
        QTest::newRow("damaged") << int(E::None) << 200 << QByteArray("{\"name\": 1")
                                 << QStringLiteral(
                                        "The reply from the hub at http://127.0.0.1:9 was damaged or not as "
                                        "the protocol says: ");
    }

    void eachKindOfFailureSaysWhatHappened()
    {
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        SessionFixture f;
        HttpResponse r;
        r.error = static_cast<HttpResponse::Error>(error);
        r.errorText = r.error == HttpResponse::Error::None ? QString() : QStringLiteral("detail");
        r.status = status;
        r.body = body;
        f.http.answer(QStringLiteral("GET /v1/network"), r);
        QString err;
        QVERIFY(f.open(&err));
        QSignalSpy changed(f.session.get(), &HubSession::changed);
        f.session->connectIfNeeded();
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY2(f.session->offlineReason().startsWith(expected), qPrintable(f.session->offlineReason()));
    }

    void failuresBackOffOnTheMonotonicClock()
    {
        SessionFixture f;
        f.http.routes.insert(QStringLiteral("GET /v1/network"),
            [](const HttpRequest&) { return ScriptedHub::error(503, QStringLiteral("unavailable")); });
        QString err;
        QVERIFY(f.open(&err));
        QSignalSpy changed(f.session.get(), &HubSession::changed);
        f.session->connectIfNeeded();
        QTRY_COMPARE(changed.size(), 1);
        QVERIFY(!f.session->ready());
        // The hub answered, with an error: that is what the reason says (issue 17, finding 7).
        QVERIFY2(f.session->offlineReason().contains(QLatin1String("answered with an error (HTTP 503)")),
            qPrintable(f.session->offlineReason()));
        f.wallSeconds += 86400; // a wall-clock jump changes nothing
        QVERIFY(!f.session->ready());
        f.monoMs += 2000; // the first backoff is about a second
        QVERIFY(f.session->ready());
        f.answerNetwork();
        f.session->connectIfNeeded();
        QTRY_VERIFY(f.session->registered());
        QVERIFY(f.session->offlineReason().isEmpty());
    }

    // This computer's clock is a day behind the hub's: the first signed request is refused for
    // skew, the refusal carries the hub's clock, and the request is signed again with it, once.
    void aSkewedClockIsCorrectedFromTheHubsReply()
    {
        SessionFixture f;
        const qint64 hubSeconds = f.wallSeconds + 86'400;
        f.http.hubClock = [&] { return hubSeconds; };
        f.http.routes.insert(QStringLiteral("GET /v1/account"), [&](const HttpRequest& r) {
            qint64 ts = 0;
            for (const auto& [name, value] : r.headers)
                if (name == "x-sc-timestamp")
                    ts = value.toLongLong();
            if (qAbs(ts - hubSeconds) > 300)
                return ScriptedHub::error(401, QStringLiteral("clock_skew"));
            Account account;
            account.deviceId = QStringLiteral("device");
            return ScriptedHub::json(200, account.toJson());
        });
        QString err;
        QVERIFY(f.open(&err));
        QVERIFY(!f.hub->hubTime());
        std::optional<HubError> error;
        bool done = false;
        f.hub->account([&](const QJsonObject&, const std::optional<HubError>& e) {
            error = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        QCOMPARE(f.http.count(QStringLiteral("GET /v1/account")), 2);
        QCOMPARE(f.hub->hubTime(), hubSeconds);
        f.monoMs += 5'000; // the hub's clock moves on with the steady clock, not the wall
        f.wallSeconds -= 3'600;
        QCOMPARE(f.hub->hubTime(), hubSeconds + 5);
    }

    void aHubThatForgotUsIsRegisteredAgainAndAFlagIsFatal()
    {
        SessionFixture f;
        QString err;
        QVERIFY(f.open(&err));
        f.session->connectIfNeeded();
        QTRY_VERIFY(f.session->registered());
        HubError forgot;
        forgot.kind = HubError::Kind::Http;
        forgot.code = QStringLiteral("unknown_device");
        f.session->failed(forgot);
        QVERIFY(!f.session->registered());
        QVERIFY(f.session->ready()); // no backoff for this
        QSignalSpy fatal(f.session.get(), &HubSession::fatal);
        HubError flagged = forgot;
        flagged.code = QStringLiteral("device_flagged");
        f.session->failed(flagged);
        QCOMPARE(fatal.size(), 1);
    }

    void anotherNetworkOnTheSameFolderIsAnnounced()
    {
        SessionFixture f;
        QString err;
        QVERIFY(f.open(&err));
        QVERIFY(f.folder->ledger().setMeta(QStringLiteral("hub_id"), QStringLiteral("00ff")));
        QSignalSpy changedNetwork(f.session.get(), &HubSession::networkChanged);
        f.session->connectIfNeeded();
        QTRY_VERIFY(f.session->registered());
        QCOMPARE(changedNetwork.size(), 1);
    }

    void blockedSessionIsNeverReady()
    {
        SessionFixture f;
        QString err;
        QVERIFY(f.open(&err));
        f.session->setBlocked(true);
        QVERIFY(!f.session->ready());
        f.session->connectIfNeeded();
        QTest::qWait(20);
        QVERIFY(f.http.sent.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHubSession)
#include "tst_hubsession.moc"
