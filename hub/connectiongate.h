// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "protocol/errorcode.h"
#include "taskapps.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <functional>

class QTcpSocket;
class QTimer;

namespace sc::hub {

// How many connections the gate holds open and for how long (protocol.md "Connections").
// The defaults fit a 1,024 file limit; the hub derives maxConnections from its real limit.
struct ConnectionLimits {
    // Descriptors kept free for everything that is not a connection: the database and its
    // WAL and shared-memory files, the app files read at start, stdio, the event loop's own.
    static constexpr int kFileReserve = 64;
    // However high the file limit, each connection may buffer about 1 MiB (kMaxBufferedBytes).
    static constexpr int kMaxConnectionsCeiling = 4096;
    static constexpr int kMinConnections = 16;

    int maxConnections = 1024 - kFileReserve; // open at once, in header check or handed over
    int maxPerAddress = 32; // per IPv4 address or IPv6 /64; 0 = no per-address limit
    int maxInspecting = 256; // in the header check at once
    int headerTimeoutMs = 10000; // from accept to the end of the first request's header
    int idleTimeoutMs = 30000; // kept-alive connection with no request in progress
    int stallTimeoutMs = 120000; // request or response in progress with no byte moving
    // GPU outputs over kMaxOutputBytes being received at once, each up to kMaxGpuOutputBytes:
    // what they may buffer together is bounded by this times 64 MiB.
    int maxLargeUploads = 4;

    // The connection cap for a process allowed openFiles descriptors.
    static int capForFileLimit(quint64 openFiles);
};

// Sits in front of QHttpServer, which in Qt 6.4 buffers any request body whole before a
// handler can refuse it and has no connection limits of its own. The gate accepts each
// connection itself, peeks at the first request's header and answers 413 (and closes) when
// Content-Length is over the endpoint's limit or the body is chunked; only then does it hand
// the socket to QHttpServer through the pending-connection queue. Later requests on a
// kept-alive connection cannot be peeked the same way, so each socket's read buffer is capped
// at one maximal request and a socket that fills it is dropped: a connection can never cost
// more than about 1 MiB.
//
// No single client can hold the door shut: connections are counted per peer address (both in
// the header check and after hand-over) and one over the address's limit is closed at once; a
// header must be complete within headerTimeoutMs, and when maxInspecting wait in the check a
// new one displaces the one that has waited longest; a kept-alive connection idle for
// idleTimeoutMs is closed. At maxConnections a new connection displaces the connection idle
// the longest; with none idle the gate stops accepting (the kernel's backlog holds new
// clients) and resumes as connections close or fall idle: it never accepts into EMFILE, where
// Qt 6.4's QTcpServer retries accept() in a busy loop.
class ConnectionGate final : public QTcpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionGate)
public:
    static constexpr qint64 kMaxOutputBytes = TaskApps::kMaxCpuOutputBytes;
    static constexpr qint64 kMaxGpuOutputBytes = TaskApps::kMaxGpuOutputBytes;
    static constexpr qint64 kMaxJsonBytes = 64 * 1024;
    static constexpr qint64 kMaxHeaderBytes = 16 * 1024;
    static constexpr qint64 kMaxBufferedBytes = kMaxOutputBytes + kMaxHeaderBytes;
    static constexpr qint64 kMaxLargeBufferedBytes = kMaxGpuOutputBytes + kMaxHeaderBytes;
    // Whether the task of this id may upload an output over kMaxOutputBytes (a GPU task in
    // progress); asked before a large body is let in.
    using LargeOutputCheck = std::function<bool(const QString& taskId)>;
    static constexpr int kAcceptRetryMs = 250;

    explicit ConnectionGate(ConnectionLimits limits = ConnectionLimits {}, QObject* parent = nullptr);
    ~ConnectionGate() override;

    // The body limit for a request, by method and path (protocol.md "Limits"); a GPU task's
    // output may be larger (kMaxGpuOutputBytes) once LargeOutputCheck agreed.
    static qint64 bodyLimit(const QByteArray& method, const QByteArray& path);
    // The most any request there may carry: kMaxGpuOutputBytes for an output, else bodyLimit.
    static qint64 maxBodyLimit(const QByteArray& method, const QByteArray& path);
    // What the header check decides on the first bytes of a connection (at most
    // kMaxHeaderBytes of them): wait for more, refuse with a 413 and this message, or hand over.
    struct HeaderVerdict {
        enum class Action { Wait, Reject, HandOver };
        Action action = Action::Wait;
        QByteArray message; // Reject's reason
        // Rejected only for an output over kMaxOutputBytes within kMaxGpuOutputBytes: the task's
        // id, which LargeOutputCheck may let in.
        QString largeOutputTask;
    };
    static HeaderVerdict checkHeader(const QByteArray& head);
    // What the per-address limit counts by: the IPv4 address (also when IPv4-mapped), or the
    // IPv6 /64 (one subscriber's usual allocation).
    static QHostAddress addressKey(const QHostAddress& peer);

    const ConnectionLimits& limits() const { return m_limits; }
    void setLargeOutputCheck(LargeOutputCheck check) { m_largeOutputCheck = std::move(check); }
    int largeUploads() const { return m_large; }
    int openConnections() const { return static_cast<int>(m_connections.size()); }
    int connectionsFrom(const QHostAddress& peer) const { return m_perAddress.value(addressKey(peer)); }
    bool isAcceptingPaused() const { return m_paused; }

    // QTcpServer's turns accepting back on; at the cap it must stay off.
    QTcpSocket* nextPendingConnection() override;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection {
        QHostAddress key;
        bool inspecting = true;
        qint64 sinceMs = 0; // accepted (in the header check), idle since (after; -1 busy)
        qint64 received = 0; // bytes of the request(s) in progress, after hand-over
        int quietMs = 0; // time in progress with no byte moving
        bool large = false; // receiving a GPU output over kMaxOutputBytes (until its response)
        QMetaObject::Connection readyRead;
    };
    bool isInspecting(QTcpSocket* socket) const;
    void inspect(QTcpSocket* socket);
    void reject(QTcpSocket* socket, const QByteArray& message);
    // 503 with Retry-After: a GPU output that may come in, but not now (the large uploads at
    // once are at their cap). The device keeps its result and sends it again later; a 413
    // would make it drop an honest result for good.
    void busy(QTcpSocket* socket);
    void answerAndClose(QTcpSocket* socket, const QByteArray& status, core::ErrorCode code,
        const QString& message, const QByteArray& extraHeaders);
    void handOver(QTcpSocket* socket);
    // Lets a large GPU output in on this connection, when the verdict names its task, the task
    // may and fewer than maxLargeUploads are in progress.
    bool admitLarge(QTcpSocket* socket, Connection& c, const HeaderVerdict& verdict);
    void endLarge(QTcpSocket* socket, Connection& c);
    void endInspection(QTcpSocket* socket);
    void watchIdle(QTcpSocket* socket);
    void setIdle(Connection& c, bool idle);
    void onIdleTimeout(QTcpSocket* socket, QTimer* timer);
    // The connection in the header check the longest, or idle the longest; nullptr if none.
    QTcpSocket* longest(bool inspecting) const;
    void evict(QTcpSocket* socket);
    void release(QTcpSocket* socket);
    void updateAccepting();

    ConnectionLimits m_limits;
    QHash<QTcpSocket*, Connection> m_connections; // keys are never dereferenced
    QHash<QHostAddress, int> m_perAddress;
    QElapsedTimer m_clock;
    int m_inspecting = 0;
    int m_idle = 0;
    int m_large = 0;
    bool m_paused = false;
    LargeOutputCheck m_largeOutputCheck;
};

} // namespace sc::hub
