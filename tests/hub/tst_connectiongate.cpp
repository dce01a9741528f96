// SPDX-License-Identifier: GPL-3.0-or-later
// The gate in front of QHttpServer: a request whose header announces too much, or a chunked
// body, is answered 413 before any of its body is read; a header that never ends is refused
// at 16 KiB; a good request is handed over with its bytes intact.
#include "connectiongate.h"

#include <QTcpSocket>
#include <QTest>

using sc::hub::ConnectionGate;

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
    void init()
    {
        m_gate = std::make_unique<ConnectionGate>();
        QVERIFY(m_gate->listen(QHostAddress::LocalHost, 0));
    }
    void cleanup() { m_gate.reset(); }

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
