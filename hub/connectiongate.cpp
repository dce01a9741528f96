// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiongate.h"

#include "protocol/errorcode.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>

namespace sc::hub {

int ConnectionLimits::capForFileLimit(quint64 openFiles)
{
    const quint64 free = openFiles > quint64(kFileReserve) ? openFiles - quint64(kFileReserve) : 0;
    return static_cast<int>(std::clamp<quint64>(free, kMinConnections, kMaxConnectionsCeiling));
}

ConnectionGate::ConnectionGate(ConnectionLimits limits, QObject* parent)
    : QTcpServer(parent)
    , m_limits(limits)
{
    m_clock.start();
    // A failed accept() that Qt does not take for temporary pauses accepting for good; try
    // again shortly instead of going deaf. (The cap keeps EMFILE from happening at all.)
    connect(this, &QTcpServer::acceptError, this, [this] {
        m_paused = true;
        QTimer::singleShot(kAcceptRetryMs, this, [this] { updateAccepting(); });
    });
}

ConnectionGate::~ConnectionGate()
{
    // QTcpServer's destructor deletes the sockets still queued for QHttpServer, and QObject's
    // its children, after this object's members are gone: nothing may call back into it.
    for (auto it = m_connections.keyBegin(); it != m_connections.keyEnd(); ++it)
        disconnect(*it, nullptr, this, nullptr);
}

namespace {
    bool isOutputUpload(const QByteArray& method, const QByteArray& path)
    {
        return method == "PUT" && path.startsWith("/v1/tasks/") && path.endsWith("/output");
    }
} // namespace

qint64 ConnectionGate::bodyLimit(const QByteArray& method, const QByteArray& path)
{
    return isOutputUpload(method, path) ? kMaxOutputBytes : kMaxJsonBytes;
}

qint64 ConnectionGate::maxBodyLimit(const QByteArray& method, const QByteArray& path)
{
    return isOutputUpload(method, path) ? kMaxGpuOutputBytes : kMaxJsonBytes;
}

QHostAddress ConnectionGate::addressKey(const QHostAddress& peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4);
    Q_IPV6ADDR v6 = peer.toIPv6Address();
    std::fill(std::begin(v6.c) + 8, std::end(v6.c), quint8(0));
    return QHostAddress(v6);
}

void ConnectionGate::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    const QHostAddress key = addressKey(socket->peerAddress());
    // Refusing costs an accept and a close, nothing more.
    const bool overAddress = m_limits.maxPerAddress > 0 && m_perAddress.value(key) >= m_limits.maxPerAddress;
    // A full header check or a full house makes room by dropping whoever has waited (or idled)
    // longest; a client that completes its header in one packet is never the longest.
    QTcpSocket* displaced = nullptr;
    if (!overAddress && m_inspecting >= m_limits.maxInspecting)
        displaced = longest(true);
    else if (!overAddress && openConnections() >= m_limits.maxConnections)
        displaced = longest(false);
    if (displaced)
        evict(displaced);
    // Over the cap with nobody to displace, only the rest of the kernel's current batch can
    // arrive here: accepting is paused then.
    if (overAddress || m_inspecting >= m_limits.maxInspecting
        || openConnections() >= m_limits.maxConnections) {
        socket->abort();
        socket->deleteLater();
        updateAccepting();
        return;
    }
    Connection& c = m_connections[socket];
    c.key = key;
    c.sinceMs = m_clock.elapsed();
    ++m_perAddress[key];
    ++m_inspecting;
    // Counted until the descriptor is closed (disconnected) or, failing that, the socket dies.
    connect(socket, &QObject::destroyed, this, [this, socket] { release(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        const bool inspecting = isInspecting(socket);
        release(socket);
        if (inspecting)
            socket->deleteLater(); // after hand-over QHttpServer deletes its sockets
    });
    c.readyRead = connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    socket->setReadBufferSize(kMaxBufferedBytes);
    auto* timer = new QTimer(socket);
    timer->setObjectName(QStringLiteral("sc_header_timer"));
    timer->setSingleShot(true);
    // A client that never finishes its header must not hold a slot.
    connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    timer->start(m_limits.headerTimeoutMs);
    updateAccepting();
}

ConnectionGate::HeaderVerdict ConnectionGate::checkHeader(const QByteArray& head)
{
    using Action = HeaderVerdict::Action;
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= kMaxHeaderBytes)
            return { Action::Reject, "request header too large", {} };
        return { Action::Wait, {}, {} };
    }
    const QList<QByteArray> lines = head.left(end).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    QByteArray path = requestLine.value(1);
    if (const qsizetype q = path.indexOf('?'); q >= 0)
        path.truncate(q);
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding")
            return { Action::Reject, "chunked request bodies are not accepted; send Content-Length", {} };
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return { Action::Reject, "bad Content-Length", {} };
        }
    }
    if (length > bodyLimit(method, path)) {
        HeaderVerdict over { Action::Reject, "body over the endpoint's limit", {} };
        const QByteArray task = path.mid(10, path.size() - 10 - 7); // "/v1/tasks/" ID "/output"
        if (length <= maxBodyLimit(method, path) && !task.isEmpty() && !task.contains('/'))
            over.largeOutputTask = QString::fromUtf8(QByteArray::fromPercentEncoding(task));
        return over;
    }
    return { Action::HandOver, {}, {} };
}

void ConnectionGate::inspect(QTcpSocket* socket)
{
    if (!isInspecting(socket))
        return;
    const HeaderVerdict verdict = checkHeader(socket->peek(kMaxHeaderBytes));
    switch (verdict.action) {
    case HeaderVerdict::Action::Wait:
        return;
    case HeaderVerdict::Action::Reject:
        if (const auto it = m_connections.find(socket);
            it != m_connections.end() && admitLarge(socket, *it, verdict)) {
            handOver(socket);
            return;
        }
        // The large uploads at once are at their cap: "later", without asking the store.
        if (!verdict.largeOutputTask.isEmpty() && m_large >= m_limits.maxLargeUploads) {
            busy(socket);
            return;
        }
        reject(socket, verdict.message);
        return;
    case HeaderVerdict::Action::HandOver:
        handOver(socket);
        return;
    }
}

bool ConnectionGate::isInspecting(QTcpSocket* socket) const
{
    const auto it = m_connections.constFind(socket);
    return it != m_connections.constEnd() && it->inspecting;
}

void ConnectionGate::endInspection(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || !it->inspecting)
        return;
    it->inspecting = false;
    it->sinceMs = -1; // busy: with its first request, or with the refusal
    disconnect(it->readyRead);
    --m_inspecting;
}

void ConnectionGate::reject(QTcpSocket* socket, const QByteArray& message)
{
    answerAndClose(
        socket, "413 Payload Too Large", core::ErrorCode::TooLarge, QString::fromLatin1(message), {});
}

void ConnectionGate::busy(QTcpSocket* socket)
{
    answerAndClose(socket, "503 Service Unavailable", core::ErrorCode::Internal,
        QStringLiteral("the hub is taking other large results; send this one again shortly"),
        "Retry-After: 5\r\n");
}

void ConnectionGate::answerAndClose(QTcpSocket* socket, const QByteArray& status, core::ErrorCode code,
    const QString& message, const QByteArray& extraHeaders)
{
    const QByteArray body
        = QJsonDocument(core::ErrorReply { code, message }.toJson()).toJson(QJsonDocument::Compact);
    endInspection(socket);
    socket->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\n" + extraHeaders
        + "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Closing without reading the body: the kernel may answer the rest with a reset, but the
    // answer is already on its way and no byte of the body is buffered here. The header timer
    // still runs, so a client that never reads the answer cannot keep the socket.
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

bool ConnectionGate::admitLarge(QTcpSocket* socket, Connection& c, const HeaderVerdict& verdict)
{
    if (c.large || verdict.largeOutputTask.isEmpty() || m_large >= m_limits.maxLargeUploads
        || !m_largeOutputCheck || !m_largeOutputCheck(verdict.largeOutputTask))
        return false;
    c.large = true;
    ++m_large;
    socket->setReadBufferSize(kMaxLargeBufferedBytes);
    return true;
}

void ConnectionGate::endLarge(QTcpSocket* socket, Connection& c)
{
    if (!c.large)
        return;
    c.large = false;
    --m_large;
    socket->setReadBufferSize(kMaxBufferedBytes);
}

void ConnectionGate::handOver(QTcpSocket* socket)
{
    endInspection(socket);
    delete socket->findChild<QTimer*>(QStringLiteral("sc_header_timer"), Qt::FindDirectChildrenOnly);
    watchIdle(socket);
    addPendingConnection(socket); // QHttpServer takes it from here (pendingConnectionAvailable)
    Q_EMIT newConnection();
    // The header (maybe the whole request) is already buffered, so QHttpServer would wait
    // for a readyRead that never comes; replay it once its slot is connected.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(0, socket, [guard] {
        if (guard && guard->bytesAvailable() > 0)
            Q_EMIT guard->readyRead();
    });
}

// After hand-over. These slots are connected before QHttpServer's own, so they run first on
// every read. QHttpServer reads inside a QIODevice transaction, so bytesAvailable() here is
// what arrived since its last read; the sum since the last response is the size of the
// request(s) in progress. At the cap the read buffer is full and the socket would stall, so
// drop it instead. A response not yet handed to the kernel counts as in progress too.
void ConnectionGate::watchIdle(QTcpSocket* socket)
{
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->setInterval(m_limits.idleTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, timer] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        // A new request on a kept-alive connection: its header, when it came whole with the
        // first bytes (as clients send it), may let a large GPU output in as at the door.
        if (it->received == 0)
            admitLarge(socket, *it, checkHeader(socket->peek(kMaxHeaderBytes)));
        it->received += socket->bytesAvailable();
        if (it->received >= (it->large ? kMaxLargeBufferedBytes : kMaxBufferedBytes)) {
            socket->abort();
            return;
        }
        setIdle(*it, false);
        it->quietMs = 0;
        timer->start();
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket, timer] {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        it->received = 0;
        it->quietMs = 0;
        if (socket->bytesToWrite() == 0)
            endLarge(socket, *it); // answered: the next request is peeked again
        setIdle(*it, socket->bytesToWrite() == 0);
        timer->start();
    });
    connect(timer, &QTimer::timeout, this, [this, socket, timer] { onIdleTimeout(socket, timer); });
    timer->start();
}

void ConnectionGate::setIdle(Connection& c, bool idle)
{
    if (idle == (c.sinceMs >= 0))
        return;
    c.sinceMs = idle ? m_clock.elapsed() : -1;
    m_idle += idle ? 1 : -1;
    if (idle)
        updateAccepting(); // at the cap, an idle connection is room to be made
}

void ConnectionGate::onIdleTimeout(QTcpSocket* socket, QTimer* timer)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    if (it->received == 0 && socket->bytesToWrite() == 0) {
        socket->disconnectFromHost(); // nothing to write: closes now
        return;
    }
    // Mid-request or mid-response: never cut while bytes move, only after a whole stall.
    it->quietMs += timer->interval();
    if (it->quietMs >= m_limits.stallTimeoutMs)
        socket->abort();
    else
        timer->start();
}

QTcpSocket* ConnectionGate::longest(bool inspecting) const
{
    QTcpSocket* found = nullptr;
    qint64 since = 0;
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it->inspecting != inspecting || it->sinceMs < 0)
            continue;
        if (!found || it->sinceMs < since) {
            found = it.key();
            since = it->sinceMs;
        }
    }
    return found;
}

void ConnectionGate::evict(QTcpSocket* socket)
{
    const bool inspecting = isInspecting(socket);
    release(socket);
    socket->abort();
    if (inspecting)
        socket->deleteLater(); // after hand-over QHttpServer deletes it on disconnected()
}

QTcpSocket* ConnectionGate::nextPendingConnection()
{
    QTcpSocket* socket = QTcpServer::nextPendingConnection();
    updateAccepting();
    return socket;
}

void ConnectionGate::release(QTcpSocket* socket)
{
    const auto it = m_connections.constFind(socket);
    if (it == m_connections.constEnd())
        return;
    if (it->inspecting)
        --m_inspecting;
    else if (it->sinceMs >= 0)
        --m_idle;
    if (it->large)
        --m_large;
    const auto count = m_perAddress.find(it->key);
    if (count != m_perAddress.end() && --*count <= 0)
        m_perAddress.erase(count);
    m_connections.erase(it);
    updateAccepting();
}

void ConnectionGate::updateAccepting()
{
    if (!isListening())
        return;
    // At the cap a new connection can still displace an idle one; with none idle, wait.
    if (openConnections() >= m_limits.maxConnections && m_idle == 0) {
        pauseAccepting(); // also when already paused: nextPendingConnection() may have resumed
        m_paused = true;
    } else if (m_paused) {
        m_paused = false;
        resumeAccepting();
    }
}

} // namespace sc::hub
