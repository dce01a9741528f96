// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectiongate.h"
#include "protocol/messages.h"
#include "protocol/replayguard.h"
#include "protocol/taskdescriptor.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;
class QJsonObject;

namespace sc::hub {

class HttpFrontend;
class HubStore;
struct IssuedTask;

// A program the hub hands out, with the code-signing key's signature over
// "sc-app-v1\n" + name + "\n" + sha256hex.
struct AppBinary {
    QString name;
    QString sha256; // lowercase hex
    QByteArray signature; // 64 raw bytes
    QByteArray data;
};

struct HttpReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
};

struct ServerOptions {
    QString networkName = QStringLiteral("SpareCycles local");
    QByteArray codeSigningPublicKey; // 32 raw bytes
    QList<AppBinary> apps;
    ConnectionLimits connections; // the gate's; serve derives the cap from the file limit
    std::optional<core::ChainInfo> chain; // the chain this network pays on, when it does
    // Signs a task's core::taskSigningText with the code-signing key; devices run no task
    // without that signature.
    std::function<QByteArray(const QByteArray&)> signTask;
};

// Protocol v1 over HTTP (docs/protocol.md): routing, size caps, signature, clock-skew and
// replay checks, JSON errors. All state lives in HubStore.
class HubServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HubServer)
public:
    using Clock = std::function<qint64()>;

    HubServer(HubStore& store, ServerOptions options, Clock clock, QObject* parent = nullptr);
    ~HubServer() override;

    // Returns false and sets *error when the address cannot be bound.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;

    // Called before work is handed out (the demo generator tops up the queue there).
    void setBeforeWork(std::function<void()> hook) { m_beforeWork = std::move(hook); }

private:
    friend class HttpFrontend;
    using Reply = HttpReply;
    Reply route(const QHttpServerRequest& request);
    Reply authenticate(const QHttpServerRequest& request, const QByteArray& method, QString* deviceId);
    Reply registerDevice(const QString& deviceId, const QByteArray& body);
    Reply work(const QString& deviceId, const QByteArray& body);
    Reply heldWork(const QString& deviceId);
    Reply releaseTask(const QString& deviceId, const QString& taskId);
    // The wire form of issued tasks: the app's hash, signature and download path added.
    QList<core::TaskDescriptor> describe(const QList<IssuedTask>& tasks) const;
    Reply uploadOutput(const QString& deviceId, const QString& taskId, const QByteArray& body);
    Reply reportResult(const QString& deviceId, const QString& taskId, const QByteArray& body);
    Reply account(const QString& deviceId, const QString& what, const QHttpServerRequest& request);
    Reply app(const QString& name, const QString& sha256) const;
    Reply health();
    Reply network() const;

    HubStore& m_store;
    ServerOptions m_options;
    Clock m_clock;
    core::ReplayGuard m_replay;
    std::function<void()> m_beforeWork;
    HttpFrontend* m_http = nullptr;
    ConnectionGate* m_gate = nullptr;
};

} // namespace sc::hub
