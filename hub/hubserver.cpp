// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubserver.h"

#include "connectiongate.h"
#include "crypto/devicekey.h"
#include "hubstore.h"
#include "protocol/errorcode.h"
#include "protocol/messages.h"
#include "requestparsing.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>
#include <algorithm>
#include <limits>
#include <optional>

namespace sc::hub {

// Routes every request to HubServer; no QHttpServer router, so unknown paths, wrong methods
// and errors all get the protocol's JSON shape.
class HttpFrontend final : public QAbstractHttpServer {
public:
    HttpFrontend(HubServer& server, QObject* parent)
        : QAbstractHttpServer(parent)
        , m_server(server)
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        const HttpReply r = m_server.route(request);
        // Every reply carries the hub's clock, so a device whose own clock jumped signs its
        // next request with the hub's time instead of being refused for skew (protocol.md).
        const QByteArray time = QByteArray::number(m_server.m_clock());
        makeResponder(request, socket)
            .write(r.body, { { "Content-Type", r.contentType }, { "X-SC-Time", time } },
                static_cast<QHttpServerResponder::StatusCode>(r.status));
        return true;
    }
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override
    {
        handleRequest(request, socket);
    }

private:
    HubServer& m_server;
};

namespace {

    QByteArray json(const QJsonObject& o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

    HttpReply ok(const QJsonObject& o, int status = 200)
    {
        return HttpReply { status, json(o), "application/json" };
    }

    using core::ErrorCode;

    HttpReply error(ErrorCode code, const QString& message)
    {
        return ok(core::ErrorReply { code, message }.toJson(), core::httpStatus(code));
    }

    HttpReply badRequest(const QString& message) { return error(ErrorCode::BadRequest, message); }

    HttpReply fromStore(const StoreResult& r)
    {
        using Code = StoreResult::Code;
        switch (r.code) {
        case Code::Ok:
            break;
        case Code::BadRequest:
            return error(ErrorCode::BadRequest, r.message);
        case Code::UnknownDevice:
            return error(ErrorCode::UnknownDevice, r.message);
        case Code::Flagged:
            return error(ErrorCode::DeviceFlagged, r.message);
        case Code::NotFound:
            return error(ErrorCode::NotFound, r.message);
        case Code::AlreadyReported:
            return error(ErrorCode::AlreadyReported, r.message);
        case Code::Conflict:
            return error(ErrorCode::Conflict, r.message);
        case Code::Expired:
            return error(ErrorCode::Expired, r.message);
        case Code::TooLarge:
            return error(ErrorCode::TooLarge, r.message);
        case Code::Internal:
            break;
        }
        return error(ErrorCode::Internal,
            r.message.isEmpty() ? QStringLiteral("storage failure; retry later") : r.message);
    }

    QByteArray methodName(QHttpServerRequest::Method m)
    {
        switch (m) {
        case QHttpServerRequest::Method::Get:
            return "GET";
        case QHttpServerRequest::Method::Put:
            return "PUT";
        case QHttpServerRequest::Method::Post:
            return "POST";
        case QHttpServerRequest::Method::Delete:
            return "DELETE";
        case QHttpServerRequest::Method::Head:
            return "HEAD";
        case QHttpServerRequest::Method::Patch:
            return "PATCH";
        case QHttpServerRequest::Method::Options:
            return "OPTIONS";
        default:
            return "OTHER";
        }
    }

} // namespace

HubServer::HubServer(HubStore& store, ServerOptions options, Clock clock, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
    , m_clock(std::move(clock))
    , m_http(new HttpFrontend(*this, this))
{
}

HubServer::~HubServer() = default;

bool HubServer::listen(const QHostAddress& address, quint16 port, QString* error)
{
    auto gate = std::make_unique<ConnectionGate>(m_options.connections);
    if (!gate->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(gate->errorString());
        return false;
    }
    // A GPU task in progress may upload an output over the CPU limit (docs/protocol.md "Limits").
    gate->setLargeOutputCheck([this](const QString& taskId) { return m_store.takesLargeOutput(taskId); });
    m_gate = gate.release();
    m_http->bind(m_gate); // the HTTP server becomes the gate's parent
    return true;
}

quint16 HubServer::port() const { return m_gate ? m_gate->serverPort() : 0; }

HubServer::Reply HubServer::route(const QHttpServerRequest& request)
{
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path();
    const QStringList parts = path.split(QLatin1Char('/'));
    // parts[0] is empty (leading slash), parts[1] must be "v1".
    if (parts.size() < 3 || parts.at(0) != QString() || parts.at(1) != QLatin1String("v1"))
        return error(ErrorCode::NotFound, QStringLiteral("no such route"));
    const QByteArray body = request.body();
    // The gate already refused oversized first requests; this covers kept-alive connections.
    // (An output over bodyLimit got past the gate for a GPU task; the store checks its task.)
    if (body.size() > ConnectionGate::maxBodyLimit(method, path.toUtf8()))
        return error(ErrorCode::TooLarge, QStringLiteral("body over the endpoint's limit"));

    auto expect = [&](const char* want) -> std::optional<Reply> {
        if (method != want)
            return error(ErrorCode::MethodNotAllowed, QStringLiteral("use %1").arg(QLatin1String(want)));
        return std::nullopt;
    };
    auto signedCall = [&](const char* want, auto&& call) -> Reply {
        if (auto e = expect(want))
            return *e;
        QString device;
        if (const Reply auth = authenticate(request, method, &device); auth.status != 200)
            return auth;
        return call(device);
    };

    const QString first = parts.at(2);
    if (first == QLatin1String("health") && parts.size() == 3) {
        if (auto e = expect("GET"))
            return *e;
        return health();
    }
    if (first == QLatin1String("network") && parts.size() == 3) {
        if (auto e = expect("GET"))
            return *e;
        return network();
    }
    if (first == QLatin1String("devices") && parts.size() == 3)
        return signedCall("POST", [&](const QString& d) { return registerDevice(d, body); });
    if (first == QLatin1String("work") && parts.size() == 3)
        return signedCall("POST", [&](const QString& d) { return work(d, body); });
    if (first == QLatin1String("work") && parts.size() == 4 && parts.at(3) == QLatin1String("held"))
        return signedCall("GET", [&](const QString& d) { return heldWork(d); });
    if (first == QLatin1String("apps") && parts.size() == 5) {
        if (auto e = expect("GET"))
            return *e;
        return app(parts.at(3), parts.at(4));
    }
    if (first == QLatin1String("tasks") && parts.size() == 5 && !parts.at(3).isEmpty()) {
        const QString task = parts.at(3);
        if (parts.at(4) == QLatin1String("output"))
            return signedCall("PUT", [&](const QString& d) { return uploadOutput(d, task, body); });
        if (parts.at(4) == QLatin1String("result"))
            return signedCall("POST", [&](const QString& d) { return reportResult(d, task, body); });
        if (parts.at(4) == QLatin1String("release"))
            return signedCall("POST", [&](const QString& d) { return releaseTask(d, task); });
    }
    if (first == QLatin1String("account")) {
        const QString what = parts.size() == 3 ? QString() : parts.at(3);
        if (parts.size() <= 4
            && (what.isEmpty() || what == QLatin1String("credits") || what == QLatin1String("history")))
            return signedCall("GET", [&](const QString& d) { return account(d, what, request); });
    }
    return error(ErrorCode::NotFound, QStringLiteral("no such route"));
}

HubServer::Reply HubServer::authenticate(
    const QHttpServerRequest& request, const QByteArray& method, QString* deviceId)
{
    const auto headers = readSignedHeaders(request.value("x-sc-key"), request.value("x-sc-timestamp"),
        request.value("x-sc-signature"), request.value("x-sc-nonce"));
    if (const auto* why = std::get_if<QString>(&headers))
        return error(ErrorCode::BadSignature, *why);
    const auto& [key, ts, nonce, rawSignature] = std::get<SignedHeaders>(headers);
    const QByteArray target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    if (!core::verifyEd25519(QByteArray::fromHex(key),
            core::canonicalRequest(method, target, ts, nonce, request.body()), rawSignature))
        return error(ErrorCode::BadSignature, QStringLiteral("the signature does not match the request"));
    switch (m_replay.check(rawSignature, ts, m_clock())) {
    case core::ReplayGuard::Verdict::ClockSkew:
        return error(
            ErrorCode::ClockSkew, QStringLiteral("X-SC-Timestamp is more than 300 s from the hub's clock"));
    case core::ReplayGuard::Verdict::Replay:
        return error(ErrorCode::Replay, QStringLiteral("this signature was already used"));
    case core::ReplayGuard::Verdict::Accept:
        break;
    }
    // The same check against the database, so it holds across restarts (and replicas).
    const auto fresh = m_store.rememberSignature(rawSignature, ts);
    if (!fresh)
        return error(ErrorCode::Internal, QStringLiteral("the hub could not record the request; try again"));
    if (!*fresh)
        return error(ErrorCode::Replay, QStringLiteral("this signature was already used"));
    *deviceId = QString::fromLatin1(key);
    return HttpReply {};
}

HubServer::Reply HubServer::network() const
{
    core::NetworkInfo info;
    info.name = m_options.networkName;
    info.codeSigningKey = m_options.codeSigningPublicKey;
    info.quorum = m_store.config().quorum;
    info.chain = m_options.chain;
    return ok(info.toJson());
}

HubServer::Reply HubServer::health()
{
    // For a load balancer and monitoring (docs/deploy.md): 200 while this replica can reach
    // its database, 503 otherwise, so traffic goes to a replica that can serve it.
    QString why;
    const bool reachable = m_store.healthy(&why);
    QJsonObject o { { QStringLiteral("status"),
                        reachable ? QStringLiteral("ok") : QStringLiteral("unavailable") },
        { QStringLiteral("database"), reachable ? QStringLiteral("ok") : why } };
    return ok(o, reachable ? 200 : 503);
}

HubServer::Reply HubServer::registerDevice(const QString& deviceId, const QByteArray& body)
{
    const auto o = parseJsonBody(body);
    if (!o)
        return badRequest(QStringLiteral("body is not a JSON object"));
    QString why;
    const auto request = core::RegisterRequest::fromJson(*o, &why);
    if (!request)
        return badRequest(why);
    bool created = false;
    const StoreResult r = m_store.registerDevice(
        deviceId, request->payoutAddress, request->profileJson(), request->opsPerSecond(), &created);
    if (!r.ok())
        return fromStore(r);
    return ok(core::RegisterReply { deviceId }.toJson(), created ? 201 : 200);
}

HubServer::Reply HubServer::work(const QString& deviceId, const QByteArray& body)
{
    const auto o = parseJsonBody(body);
    if (!o)
        return badRequest(QStringLiteral("body is not a JSON object"));
    QString why;
    const auto request = core::WorkRequest::fromJson(*o, &why);
    if (!request)
        return badRequest(why);
    if (m_beforeWork)
        m_beforeWork();
    QList<IssuedTask> tasks;
    const StoreResult r = m_store.assignWork(deviceId, *request, &tasks);
    if (!r.ok())
        return fromStore(r);
    return ok(core::WorkReply { describe(tasks) }.toJson());
}

QList<core::TaskDescriptor> HubServer::describe(const QList<IssuedTask>& tasks) const
{
    QList<core::TaskDescriptor> out;
    for (const IssuedTask& t : tasks) {
        const auto app = std::find_if(m_options.apps.cbegin(), m_options.apps.cend(),
            [&](const AppBinary& a) { return a.name == t.app; });
        if (app == m_options.apps.cend())
            continue; // cannot happen for workunits queued through `submit`
        core::TaskDescriptor d { t.id, t.app, app->sha256, app->signature,
            QStringLiteral("/v1/apps/%1/%2").arg(app->name, app->sha256), t.input.toUtf8(), t.deadline,
            t.estimatedOps, t.reward, {}, t.resource };
        // Devices run only tasks the network signed (docs/protocol.md "Tasks are signed").
        if (m_options.signTask)
            d.signature = m_options.signTask(core::taskSigningText(d));
        out.append(d);
    }
    return out;
}

HubServer::Reply HubServer::heldWork(const QString& deviceId)
{
    QList<IssuedTask> tasks;
    const StoreResult r = m_store.heldWork(deviceId, &tasks);
    if (!r.ok())
        return fromStore(r);
    return ok(core::HeldWork { describe(tasks), m_clock() }.toJson());
}

HubServer::Reply HubServer::releaseTask(const QString& deviceId, const QString& taskId)
{
    const StoreResult r = m_store.releaseTask(deviceId, taskId);
    if (!r.ok())
        return fromStore(r);
    return ok(core::ReleaseReply { QStringLiteral("released") }.toJson());
}

HubServer::Reply HubServer::app(const QString& name, const QString& sha256) const
{
    for (const AppBinary& a : m_options.apps) {
        if (a.name == name && a.sha256 == sha256)
            return HttpReply { 200, a.data, "application/octet-stream" };
    }
    return error(ErrorCode::NotFound, QStringLiteral("no such app"));
}

HubServer::Reply HubServer::uploadOutput(
    const QString& deviceId, const QString& taskId, const QByteArray& body)
{
    QByteArray sha;
    const StoreResult r = m_store.storeOutput(deviceId, taskId, body, &sha);
    if (!r.ok())
        return fromStore(r);
    return ok(core::OutputReceipt { QString::fromLatin1(sha) }.toJson());
}

HubServer::Reply HubServer::reportResult(
    const QString& deviceId, const QString& taskId, const QByteArray& body)
{
    const auto o = parseJsonBody(body);
    if (!o)
        return badRequest(QStringLiteral("body is not a JSON object"));
    QString why;
    const auto report = core::ResultReport::fromJson(*o, &why);
    if (!report)
        return badRequest(why);
    QString status;
    const StoreResult r = m_store.reportResult(
        deviceId, taskId, report->exitCode, report->cpuSeconds, report->outputSha256.toLatin1(), &status);
    if (!r.ok())
        return fromStore(r);
    return ok(core::ResultReply { status }.toJson());
}

HubServer::Reply HubServer::account(
    const QString& deviceId, const QString& what, const QHttpServerRequest& request)
{
    if (m_store.deviceState(deviceId) == HubStore::DeviceState::Unknown)
        return error(ErrorCode::UnknownDevice, QStringLiteral("this key never registered"));
    QJsonObject out;
    StoreResult r;
    const QUrlQuery query(request.url());
    if (what.isEmpty()) {
        r = m_store.account(deviceId, &out);
    } else if (what == QLatin1String("credits")) {
        const auto after = queryInt(query, QStringLiteral("after"), 0, 0, std::numeric_limits<qint64>::max());
        if (!after)
            return badRequest(QStringLiteral("after: not a non-negative integer"));
        r = m_store.credits(deviceId, *after, &out);
    } else {
        const auto days = queryInt(query, QStringLiteral("days"), 30, 1, 3660);
        if (!days)
            return badRequest(QStringLiteral("days: not an integer from 1 to 3660"));
        r = m_store.history(deviceId, static_cast<int>(*days), &out);
    }
    if (!r.ok())
        return fromStore(r);
    return ok(out);
}

} // namespace sc::hub
