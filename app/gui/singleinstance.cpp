// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace sc::app {

namespace {
    constexpr int kTimeoutMs = 1000;
    const QByteArray kRaise = "raise\n";
} // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_name(serverName(dataDir))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& dataDir)
{
    const QByteArray canonical = QDir(dataDir).absolutePath().toUtf8();
    const QByteArray user = qgetenv("USER");
    return QStringLiteral("sparecycles-")
        + QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(user + '\0' + canonical), QCryptographicHash::Sha256)
                .toHex()
                .left(24));
}

bool SingleInstance::notifyRunning()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(kTimeoutMs))
        return false;
    socket.write(kRaise);
    socket.waitForBytesWritten(kTimeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool SingleInstance::listen(QString* error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A stale socket from a crashed instance (nobody answered notifyRunning()).
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            *error = m_server->errorString();
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* s = m_server->nextPendingConnection()) {
            connect(s, &QLocalSocket::readyRead, this, [this, s] {
                if (s->readAll().contains("raise"))
                    Q_EMIT raiseRequested();
                s->disconnectFromServer();
            });
            connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace sc::app
