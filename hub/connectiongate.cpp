// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiongate.h"

#include "protocol/errorcode.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace sc::hub {

ConnectionGate::ConnectionGate(QObject* parent)
    : QTcpServer(parent)
{
}

ConnectionGate::~ConnectionGate() = default;

qint64 ConnectionGate::bodyLimit(const QByteArray& method, const QByteArray& path)
{
    const bool output = method == "PUT" && path.startsWith("/v1/tasks/") && path.endsWith("/output");
    return output ? kMaxOutputBytes : kMaxJsonBytes;
}

void ConnectionGate::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    if (m_inspecting >= kMaxPendingConnections) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_inspecting;
    socket->setReadBufferSize(kMaxBufferedBytes);
    socket->setProperty("sc_gate", true);
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    // A client that never finishes its header must not hold a slot forever.
    connect(timer, &QTimer::timeout, socket, [socket] { socket->abort(); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { inspect(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (socket->property("sc_gate").toBool()) {
            socket->setProperty("sc_gate", false);
            --m_inspecting;
            socket->deleteLater();
        }
    });
    timer->start(kHeaderTimeoutMs);
}

void ConnectionGate::inspect(QTcpSocket* socket)
{
    if (!socket->property("sc_gate").toBool())
        return;
    const QByteArray head = socket->peek(kMaxHeaderBytes);
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() >= kMaxHeaderBytes)
            reject(socket, "request header too large");
        return;
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
        if (name == "transfer-encoding") {
            reject(socket, "chunked request bodies are not accepted; send Content-Length");
            return;
        }
        if (name == "content-length") {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0) {
                reject(socket, "bad Content-Length");
                return;
            }
        }
    }
    if (length > bodyLimit(method, path)) {
        reject(socket, "body over the endpoint's limit");
        return;
    }
    handOver(socket);
}

void ConnectionGate::reject(QTcpSocket* socket, const QByteArray& message)
{
    const QByteArray body
        = QJsonDocument(core::ErrorReply { core::ErrorCode::TooLarge, QString::fromLatin1(message) }.toJson())
              .toJson(QJsonDocument::Compact);
    socket->setProperty("sc_gate", false);
    --m_inspecting;
    socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Closing without reading the body: the kernel may answer the rest with a reset, but the
    // 413 is already on its way and no byte of the body is buffered here.
    socket->disconnectFromHost();
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QAbstractSocket::UnconnectedState)
        socket->deleteLater();
}

void ConnectionGate::handOver(QTcpSocket* socket)
{
    socket->setProperty("sc_gate", false);
    --m_inspecting;
    disconnect(socket, nullptr, this, nullptr);
    for (QTimer* t : socket->findChildren<QTimer*>(Qt::FindDirectChildrenOnly))
        t->deleteLater();
    // Connected before QHttpServer's own slot, so it runs first on every later read. QHttpServer
    // reads inside a QIODevice transaction, so bytesAvailable() here is what arrived since its
    // last read; the sum since the last response is the size of the request(s) in progress.
    // At the cap the read buffer is full and the socket would stall, so drop it instead.
    socket->setProperty("sc_received", qint64(0));
    connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        const qint64 received = socket->property("sc_received").toLongLong() + socket->bytesAvailable();
        socket->setProperty("sc_received", received);
        if (received >= kMaxBufferedBytes)
            socket->abort();
    });
    connect(socket, &QTcpSocket::bytesWritten, socket,
        [socket] { socket->setProperty("sc_received", qint64(0)); });
    addPendingConnection(socket);
    Q_EMIT newConnection();
    // The header (maybe the whole request) is already buffered, so QHttpServer would wait
    // for a readyRead that never comes; replay it once its slot is connected.
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(0, socket, [guard] {
        if (guard && guard->bytesAvailable() > 0)
            Q_EMIT guard->readyRead();
    });
}

} // namespace sc::hub
