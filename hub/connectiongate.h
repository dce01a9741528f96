// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>

class QTcpSocket;

namespace sc::hub {

// Sits in front of QHttpServer, which in Qt 6.4 buffers any request body whole before a
// handler can refuse it. The gate accepts each connection itself, peeks at the first
// request's header and answers 413 (and closes) when Content-Length is over the endpoint's
// limit or the body is chunked; only then does it hand the socket to QHttpServer through
// the pending-connection queue. Later requests on a kept-alive connection cannot be peeked
// the same way, so each socket's read buffer is capped at one maximal request and a socket
// that fills it is dropped: a connection can never cost more than about 1 MiB.
class ConnectionGate final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGate)
public:
    static constexpr qint64 kMaxOutputBytes = 1024 * 1024;
    static constexpr qint64 kMaxJsonBytes = 64 * 1024;
    static constexpr qint64 kMaxHeaderBytes = 16 * 1024;
    static constexpr qint64 kMaxBufferedBytes = kMaxOutputBytes + kMaxHeaderBytes;
    static constexpr int kMaxPendingConnections = 256;
    static constexpr int kHeaderTimeoutMs = 15000;

    explicit ConnectionGate(QObject* parent = nullptr);
    ~ConnectionGate() override;

    // The body limit for a request, by method and path (protocol.md "Limits").
    static qint64 bodyLimit(const QByteArray& method, const QByteArray& path);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void inspect(QTcpSocket* socket);
    void reject(QTcpSocket* socket, const QByteArray& message);
    void handOver(QTcpSocket* socket);
    int m_inspecting = 0;
};

} // namespace sc::hub
