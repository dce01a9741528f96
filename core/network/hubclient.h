// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "network/httpclient.h"
#include "protocol/errorcode.h"
#include "protocol/taskdescriptor.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>
#include <optional>

namespace sc::core {

class DeviceKey;

// What went wrong talking to the hub, in words a user can act on.
struct HubError {
    enum class Kind { Transport, Http, Protocol };
    Kind kind = Kind::Transport;
    int httpStatus = 0;
    QString code; // the hub's error code (protocol.md), or a transport name
    QString message;

    // The protocol's error code, when the hub sent one this client knows.
    std::optional<ErrorCode> protocolCode() const
    {
        return kind == Kind::Http ? errorCodeFromString(code) : std::nullopt;
    }

    // Worth trying again later (hub down, overloaded, storage hiccup), as opposed to a
    // definite answer (bad request, already reported, expired).
    bool retryable() const;
};

// The hub protocol (docs/protocol.md) on top of an HttpTransport: builds and signs requests,
// parses and checks replies. All calls are asynchronous; the callbacks get either a result
// or a HubError, never both. Every reply is checked against its typed message
// (protocol/messages.h) first: a malformed one is a Protocol error, never passed on.
class HubClient final : public QObject {
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; // unix seconds
    using SteadyClock = std::function<qint64()>; // milliseconds that never go back
    using JsonDone = std::function<void(const QJsonObject&, const std::optional<HubError>&)>;
    using TasksDone = std::function<void(const QList<TaskDescriptor>&, const std::optional<HubError>&)>;
    using BytesDone = std::function<void(const QByteArray&, const std::optional<HubError>&)>;

    // steady: default a monotonic clock started here.
    HubClient(HttpTransport& http, const DeviceKey& key, QUrl base, Clock clock, QObject* parent = nullptr,
        SteadyClock steady = {});

    QUrl base() const { return m_base; }

    // The hub's clock (unix seconds) as its last reply gave it (X-SC-Time), carried forward on
    // the steady clock: a jump of this computer's clock does not move it. nullopt until a
    // reply has carried it. Requests are signed with it, so a device whose clock is a day off
    // is still let in.
    std::optional<qint64> hubTime() const;

    void getNetwork(JsonDone done);
    void registerDevice(const QJsonObject& body, JsonDone done);
    // requestId: the same when a request is repeated because its reply never came (the hub
    // then answers with the same tasks); empty for none.
    void requestWork(int cores, int seconds, const QString& requestId, TasksDone done, int gpus = 0);
    using HeldDone
        = std::function<void(const QList<TaskDescriptor>&, qint64 hubTime, const std::optional<HubError>&)>;
    // The tasks the hub counts against this device (GET /v1/work/held).
    void heldWork(HeldDone done);
    // Gives a task back so the hub hands it to another device (POST /v1/tasks/{id}/release).
    void releaseTask(const QString& taskId, JsonDone done);
    void download(const QString& path, qint64 maxBytes, BytesDone done);
    void uploadOutput(const QString& taskId, const QByteArray& output, JsonDone done);
    void reportResult(const QString& taskId, int exitCode, double cpuSeconds,
        const QByteArray& outputSha256Hex, JsonDone done);
    void account(JsonDone done);
    void credits(qint64 after, JsonDone done);

private:
    using RawDone = std::function<void(const HttpResponse&)>;
    void call(const QByteArray& method, const QString& path, const QByteArray& body, bool sign,
        qint64 maxBytes, RawDone done, bool resigned = false);
    void observeTime(const HttpResponse& r);
    // Accepts a reply when check(reply, &why) says so.
    using Check = bool (*)(const QJsonObject&, QString*);
    void callJson(const QByteArray& method, const QString& path, const QByteArray& body, qint64 maxBytes,
        Check check, JsonDone done);

    HttpTransport& m_http;
    const DeviceKey& m_key;
    QUrl m_base;
    Clock m_clock;
    SteadyClock m_steady;
    std::optional<qint64> m_hubTimeAt; // the hub's clock at m_steadyAtMs
    qint64 m_steadyAtMs = 0;
};

} // namespace sc::core
