// SPDX-License-Identifier: GPL-3.0-or-later
// The gate in front of QHttpServer: a request whose header announces too much, or a chunked
// body, is answered 413 before any of its body is read; a header that never ends is refused
// at 16 KiB; a good request is handed over with its bytes intact. Connections are limited per
// address, timed out when idle, and at the cap the gate stops accepting until one closes.
#include "connectiongate.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using sc::hub::ConnectionGate;
using sc::hub::ConnectionLimits;

namespace {

const QByteArray kRequest = "POST /v1/work HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
const QByteArray kResponse = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}";

} // namespace

class TestConnectionGate final : public QObject {
    Q_OBJECT
    std::unique_ptr<ConnectionGate> m_gate;

    // Sends bytes on a fresh connection; returns what the gate answered before closing.
    QByteArray exchange(const QByteArray& bytes)
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_gate->serverPort());
        if (!client.waitForConnected(5000))
            return "no connection";
        client.write(bytes);
        client.waitForBytesWritten(5000);
        QByteArray answer;
        [[maybe_unused]] const bool answered = QTest::qWaitFor(
            [&] {
                answer += client.readAll();
                return client.state() == QAbstractSocket::UnconnectedState || answer.contains("\r\n\r\n{");
            },
            5000);
        [[maybe_unused]] const bool closed
            = QTest::qWaitFor([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 2000);
        return answer + client.readAll();
    }

private Q_SLOTS:
    // The header check on its own (what the sockets below go through, and what fuzz_hubrequest runs).
    void headerCheckDecidesOnTheHeaderAlone()
    {
        using Action = ConnectionGate::HeaderVerdict::Action;
        QCOMPARE(ConnectionGate::checkHeader(kRequest).action, Action::HandOver);
        QCOMPARE(ConnectionGate::checkHeader("POST /v1/work HTTP/1.1\r\nHost: x\r\n").action, Action::Wait);
        QCOMPARE(ConnectionGate::checkHeader(QByteArray(ConnectionGate::kMaxHeaderBytes, 'a')).message,
            QByteArray("request header too large"));
        QCOMPARE(
            ConnectionGate::checkHeader("POST /v1/work HTTP/1.1\r\nContent-Length: 65537\r\n\r\n").action,
            Action::Reject);
        QCOMPARE(ConnectionGate::checkHeader(
                     "PUT /v1/tasks/t/output?a=1 HTTP/1.1\r\nContent-Length: 65537\r\n\r\n")
                     .action,
            Action::HandOver);
        QCOMPARE(ConnectionGate::checkHeader("POST /v1/work HTTP/1.1\r\ncontent-length: -1\r\n\r\n").message,
            QByteArray("bad Content-Length"));
        QCOMPARE(ConnectionGate::checkHeader("POST /v1/work HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                     .action,
            Action::Reject);
    }

    void init()
    {
        m_gate = std::make_unique<ConnectionGate>();
        QVERIFY(m_gate->listen(QHostAddress::LocalHost, 0));
    }
    void cleanup() { m_gate.reset(); }

    // Replaces the gate with one under these limits.
    void restart(const ConnectionLimits& limits)
    {
        m_gate = std::make_unique<ConnectionGate>(limits);
        QVERIFY(m_gate->listen(QHostAddress::LocalHost, 0));
    }
    // A client connected from the given loopback address (all of 127/8 is loopback on Linux).
    std::unique_ptr<QTcpSocket> connectFrom(const char* address)
    {
        auto client = std::make_unique<QTcpSocket>();
        if (!client->bind(QHostAddress(QLatin1String(address)), 0))
            return nullptr;
        client->connectToHost(QHostAddress::LocalHost, m_gate->serverPort());
        if (!client->waitForConnected(5000))
            return nullptr;
        return client;
    }
    // Sends one request, answers it on the server side as QHttpServer would, and returns the
    // server's end of the now idle, kept-alive connection.
    QTcpSocket* completeOneRequest(QTcpSocket& client)
    {
        client.write(kRequest);
        if (!QTest::qWaitFor([&] { return m_gate->hasPendingConnections(); }, 5000))
            return nullptr;
        QTcpSocket* server = m_gate->nextPendingConnection();
        if (!QTest::qWaitFor([&] { return server->bytesAvailable() >= kRequest.size(); }, 5000))
            return nullptr;
        server->readAll();
        server->write(kResponse);
        if (!QTest::qWaitFor([&] { return client.bytesAvailable() >= kResponse.size(); }, 5000))
            return nullptr;
        client.readAll();
        return server;
    }

    void theCapLeavesRoomBelowTheFileLimit()
    {
        QCOMPARE(ConnectionLimits::capForFileLimit(1024), 1024 - ConnectionLimits::kFileReserve);
        QCOMPARE(ConnectionLimits::capForFileLimit(1024), ConnectionLimits {}.maxConnections);
        QCOMPARE(ConnectionLimits::capForFileLimit(20), ConnectionLimits::kMinConnections);
        QCOMPARE(ConnectionLimits::capForFileLimit(524288), ConnectionLimits::kMaxConnectionsCeiling);
        // One address at its limit leaves the rest of the cap to everyone else.
        QVERIFY(ConnectionLimits {}.maxPerAddress * 8 <= ConnectionLimits {}.maxConnections);
    }

    void addressesAreCountedPerIpv4AddressAndIpv6Slash64()
    {
        const auto key
            = [](const char* a) { return ConnectionGate::addressKey(QHostAddress(QLatin1String(a))); };
        QCOMPARE(key("::ffff:192.0.2.7"), QHostAddress(QStringLiteral("192.0.2.7")));
        QVERIFY(key("192.0.2.7") != key("192.0.2.8"));
        QCOMPARE(key("2001:db8:1:2::1"), key("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        QVERIFY(key("2001:db8:1:2::1") != key("2001:db8:1:3::1"));
    }

    void oneAddressOverItsLimitIsClosedAtOnceWhileOthersGetIn()
    {
        ConnectionLimits limits;
        limits.maxPerAddress = 3;
        restart(limits);
        const QHostAddress attacker(QStringLiteral("127.0.0.2"));
        std::vector<std::unique_ptr<QTcpSocket>> held;
        // Two handed over to the HTTP side, one still in the header check: all three count.
        for (int i = 0; i < 2; ++i) {
            held.push_back(connectFrom("127.0.0.2"));
            QVERIFY(held.back());
            QVERIFY(completeOneRequest(*held.back()));
        }
        held.push_back(connectFrom("127.0.0.2"));
        QVERIFY(held.back());
        QTRY_COMPARE(m_gate->connectionsFrom(attacker), 3);

        auto refused = connectFrom("127.0.0.2");
        QVERIFY(refused); // the kernel completed the handshake ...
        QElapsedTimer closing;
        closing.start();
        QTRY_COMPARE_WITH_TIMEOUT(
            refused->state(), QAbstractSocket::UnconnectedState, 2000); // ... the gate closed it
        QVERIFY2(closing.elapsed() < 1000, "the refusal should be immediate");
        QCOMPARE(m_gate->connectionsFrom(attacker), 3);

        auto other = connectFrom("127.0.0.1");
        QVERIFY(other);
        QVERIFY(completeOneRequest(*other));
        QCOMPARE(m_gate->connectionsFrom(QHostAddress::LocalHost), 1);

        // A closed connection frees its place.
        held.front()->disconnectFromHost();
        QTRY_COMPARE(m_gate->connectionsFrom(attacker), 2);
        auto again = connectFrom("127.0.0.2");
        QVERIFY(again);
        QTRY_COMPARE(m_gate->connectionsFrom(attacker), 3);
        QTest::qWait(100);
        QCOMPARE(again->state(), QAbstractSocket::ConnectedState);
    }

    void aHeaderThatStallsIsClosedAtTheHeaderTimeout()
    {
        ConnectionLimits limits;
        limits.headerTimeoutMs = 200;
        restart(limits);
        auto client = connectFrom("127.0.0.1");
        QVERIFY(client);
        client->write("GET /v1/network HTTP/1.1\r\nHost: x\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 3000);
        QTRY_COMPARE(m_gate->openConnections(), 0);
    }

    void anIdleKeptAliveConnectionIsClosedAfterTheIdleTimeout()
    {
        ConnectionLimits limits;
        limits.idleTimeoutMs = 300;
        restart(limits);
        auto client = connectFrom("127.0.0.1");
        QVERIFY(client);
        QVERIFY(completeOneRequest(*client));
        QCOMPARE(m_gate->openConnections(), 1);
        QElapsedTimer idle;
        idle.start();
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 3000);
        QVERIFY2(idle.elapsed() >= 250, "closed before the idle timeout");
        QTRY_COMPARE(m_gate->openConnections(), 0);
    }

    void aRequestInProgressIsNotCutByTheIdleTimeoutOnlyByAStall()
    {
        ConnectionLimits limits;
        limits.idleTimeoutMs = 200;
        limits.stallTimeoutMs = 1500;
        restart(limits);
        auto client = connectFrom("127.0.0.1");
        QVERIFY(client);
        QVERIFY(completeOneRequest(*client));
        // The second request's body is on its way: four idle timeouts pass, it stays open.
        client->write("POST /v1/work HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n12345");
        QTest::qWait(800);
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
        // Nothing more arrives: at the stall timeout it is closed.
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), QAbstractSocket::UnconnectedState, 3000);
    }

    void atTheCapTheGateStopsAcceptingAndResumesWhenOneCloses()
    {
        ConnectionLimits limits;
        limits.maxConnections = 3;
        limits.maxPerAddress = 0;
        restart(limits);
        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(connectFrom("127.0.0.1"));
            QVERIFY(held.back());
        }
        QTRY_COMPARE(m_gate->openConnections(), 3);
        QVERIFY(m_gate->isAcceptingPaused());
        // A fourth waits in the kernel's backlog: neither accepted nor closed.
        auto waiting = connectFrom("127.0.0.1");
        QVERIFY(waiting);
        waiting->write(kRequest);
        QTest::qWait(300);
        QCOMPARE(m_gate->openConnections(), 3);
        QCOMPARE(waiting->state(), QAbstractSocket::ConnectedState);
        QVERIFY(!m_gate->hasPendingConnections());
        // One closes: the gate takes the waiting one and its request goes through.
        held.front()->disconnectFromHost();
        QTRY_VERIFY(m_gate->hasPendingConnections());
        QCOMPARE(m_gate->openConnections(), 3);
        QVERIFY(m_gate->isAcceptingPaused());
        QTcpSocket* server = m_gate->nextPendingConnection();
        QTRY_COMPARE(server->bytesAvailable(), qint64(kRequest.size()));
        // Handing over must not turn accepting back on at the cap.
        auto fifth = connectFrom("127.0.0.1");
        QVERIFY(fifth);
        QTest::qWait(200);
        QCOMPARE(m_gate->openConnections(), 3);
        held.back()->disconnectFromHost();
        QTRY_COMPARE(m_gate->openConnections(), 3);
        QCOMPARE(fifth->state(), QAbstractSocket::ConnectedState);
    }

    void atTheCapANewConnectionDisplacesTheLongestIdleOne()
    {
        ConnectionLimits limits;
        limits.maxConnections = 3;
        limits.maxPerAddress = 0;
        restart(limits);
        auto oldest = connectFrom("127.0.0.1");
        QVERIFY(oldest);
        QVERIFY(completeOneRequest(*oldest));
        QTest::qWait(20);
        auto younger = connectFrom("127.0.0.1");
        QVERIFY(younger);
        QVERIFY(completeOneRequest(*younger));
        auto checking = connectFrom("127.0.0.1"); // in the header check: not idle
        QVERIFY(checking);
        QTRY_COMPARE(m_gate->openConnections(), 3);
        QVERIFY(!m_gate->isAcceptingPaused()); // idle connections are room that can be made

        auto fresh = connectFrom("127.0.0.1");
        QVERIFY(fresh);
        QTRY_COMPARE_WITH_TIMEOUT(oldest->state(), QAbstractSocket::UnconnectedState, 2000);
        QCOMPARE(m_gate->openConnections(), 3);
        QVERIFY(completeOneRequest(*fresh));
        QCOMPARE(younger->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(checking->state(), QAbstractSocket::ConnectedState);
    }

    void aFullHeaderCheckDropsTheConnectionThatWaitedLongest()
    {
        ConnectionLimits limits;
        limits.maxInspecting = 2;
        restart(limits);
        auto first = connectFrom("127.0.0.1");
        QVERIFY(first);
        QTRY_COMPARE(m_gate->openConnections(), 1);
        QTest::qWait(20);
        auto second = connectFrom("127.0.0.1");
        QVERIFY(second);
        QTRY_COMPARE(m_gate->openConnections(), 2);
        auto third = connectFrom("127.0.0.1");
        QVERIFY(third);
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), QAbstractSocket::UnconnectedState, 2000);
        QCOMPARE(second->state(), QAbstractSocket::ConnectedState);
        QVERIFY(completeOneRequest(*third));
    }

    // A GPU task's output (protocol.md "GPU work"): over 1 MiB it gets in only when the check
    // agrees, up to 64 MiB + 64 bytes, and only maxLargeUploads at once.
    void largeGpuOutputsGetInOnlyWhenTheTaskMayAndAFewAtOnce()
    {
        using Action = ConnectionGate::HeaderVerdict::Action;
        const auto over = ConnectionGate::checkHeader(
            "PUT /v1/tasks/t%2D1/output HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n");
        QCOMPARE(over.action, Action::Reject);
        QCOMPARE(over.largeOutputTask, QStringLiteral("t-1"));
        QVERIFY(ConnectionGate::checkHeader("PUT /v1/tasks/t1/output HTTP/1.1\r\nContent-Length: "
            + QByteArray::number(ConnectionGate::kMaxGpuOutputBytes + 1) + "\r\n\r\n")
                    .largeOutputTask.isEmpty());
        QVERIFY(ConnectionGate::checkHeader("POST /v1/work HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n")
                    .largeOutputTask.isEmpty());
        QCOMPARE(ConnectionGate::maxBodyLimit("PUT", "/v1/tasks/t1/output"), qint64(64 * 1024 * 1024 + 64));

        ConnectionLimits limits;
        limits.maxLargeUploads = 2;
        restart(limits);
        QStringList asked;
        m_gate->setLargeOutputCheck([&](const QString& task) {
            asked.append(task);
            return task.startsWith(QLatin1String("gpu"));
        });
        auto header = [](const char* task) -> QByteArray {
            return "PUT /v1/tasks/" + QByteArray(task)
                + "/output HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n";
        };
        QVERIFY(exchange(header("cpu1")).startsWith("HTTP/1.1 413"));
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (const char* task : { "gpu1", "gpu2" }) {
            clients.push_back(connectFrom("127.0.0.1"));
            QVERIFY(clients.back());
            clients.back()->write(header(task));
            QTRY_VERIFY(m_gate->hasPendingConnections());
            QVERIFY(m_gate->nextPendingConnection());
        }
        QCOMPARE(m_gate->largeUploads(), 2);
        // A third at once is told to come back (503, Retry-After) at the door, without asking
        // the store: an honest device keeps its result and sends it again.
        const QByteArray later = exchange(header("gpu3"));
        QVERIFY2(later.startsWith("HTTP/1.1 503"), later.constData());
        QVERIFY(later.contains("Retry-After: 5"));
        QCOMPARE(
            asked, (QStringList { QStringLiteral("cpu1"), QStringLiteral("gpu1"), QStringLiteral("gpu2") }));
        clients.front()->abort();
        QTRY_COMPARE(m_gate->largeUploads(), 1);
    }

    void limitsFollowTheEndpoint()
    {
        QCOMPARE(ConnectionGate::bodyLimit("PUT", "/v1/tasks/t1/output"), ConnectionGate::kMaxOutputBytes);
        QCOMPARE(ConnectionGate::bodyLimit("POST", "/v1/work"), ConnectionGate::kMaxJsonBytes);
        QCOMPARE(ConnectionGate::bodyLimit("POST", "/v1/tasks/t1/output"), ConnectionGate::kMaxJsonBytes);
    }

    void anAnnouncedBodyOverTheLimitIsRefusedBeforeItIsSent()
    {
        const QByteArray answer
            = exchange("POST /v1/work HTTP/1.1\r\nHost: x\r\nContent-Length: 9999999\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("too_large"));
        QVERIFY(!m_gate->hasPendingConnections()); // never reached the HTTP server
    }

    void aChunkedBodyIsRefused()
    {
        const QByteArray answer
            = exchange("PUT /v1/tasks/t/output HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("Content-Length"));
    }

    void aHeaderThatNeverEndsIsRefusedAt16KiB()
    {
        const QByteArray answer
            = exchange("GET /v1/network HTTP/1.1\r\nX-Pad: " + QByteArray(17 * 1024, 'a'));
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("header too large"));
    }

    void aGoodRequestIsHandedOverWithItsBytes()
    {
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_gate->serverPort());
        QVERIFY(client.waitForConnected(5000));
        const QByteArray request = "POST /v1/work HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}";
        client.write(request);
        QTRY_VERIFY(m_gate->hasPendingConnections()); // only once its header was checked
        QTcpSocket* server = m_gate->nextPendingConnection();
        QVERIFY(server);
        QTRY_COMPARE(server->bytesAvailable(), qint64(request.size()));
        QCOMPARE(server->readAll(), request);
    }
};

QTEST_GUILESS_MAIN(TestConnectionGate)
#include "tst_connectiongate.moc"
