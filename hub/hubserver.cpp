// SPDX-License-Identifier: GPL-3.0-or-later
#include "hubserver.h"

#include "connectiongate.h"
#include "crypto/devicekey.h"
#include "hubstore.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrlQuery>
#include <algorithm>
#include <cctype>
#include <cmath>
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
        makeResponder(request, socket)
            .write(r.body, r.contentType, static_cast<QHttpServerResponder::StatusCode>(r.status));
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

    HttpReply error(int status, const char* code, const QString& message)
    {
        return ok(QJsonObject { { QStringLiteral("error"),
                      QJsonObject { { QStringLiteral("code"), QLatin1String(code) },
                          { QStringLiteral("message"), message } } } },
            status);
    }

    HttpReply badRequest(const QString& message) { return error(400, "bad_request", message); }

    HttpReply fromStore(const StoreResult& r)
    {
        using Code = StoreResult::Code;
        switch (r.code) {
        case Code::Ok:
            break;
        case Code::BadRequest:
            return error(400, "bad_request", r.message);
        case Code::UnknownDevice:
            return error(403, "unknown_device", r.message);
        case Code::Flagged:
            return error(403, "device_flagged", r.message);
        case Code::NotFound:
            return error(404, "not_found", r.message);
        case Code::AlreadyReported:
            return error(409, "already_reported", r.message);
        case Code::Conflict:
            return error(409, "conflict", r.message);
        case Code::Expired:
            return error(410, "expired", r.message);
        case Code::Internal:
            break;
        }
        return error(500, "internal",
            r.message.isEmpty() ? QStringLiteral("storage failure; retry later") : r.message);
    }

    bool isLowerHex(const QByteArray& s, qsizetype length)
    {
        return s.size() == length && std::all_of(s.begin(), s.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
        });
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

    // Exact JSON integer within [min, max] (JSON numbers are doubles).
    bool readInt(const QJsonObject& o, const char* key, qint64 min, qint64 max, qint64* out)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        if (!std::isfinite(d) || d < static_cast<double>(min) || d > static_cast<double>(max)
            || d != std::floor(d))
            return false;
        *out = static_cast<qint64>(d);
        return true;
    }

    std::optional<QJsonObject> parseObject(const QByteArray& body)
    {
        QJsonParseError err {};
        const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return std::nullopt;
        return doc.object();
    }

    // Parses a decimal query parameter; nullopt when present but malformed.
    std::optional<qint64> queryInt(
        const QUrlQuery& query, const QString& key, qint64 fallback, qint64 min, qint64 max)
    {
        if (!query.hasQueryItem(key))
            return fallback;
        bool good = false;
        const qint64 v = query.queryItemValue(key).toLongLong(&good);
        if (!good || v < min || v > max)
            return std::nullopt;
        return v;
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
    auto gate = std::make_unique<ConnectionGate>();
    if (!gate->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(gate->errorString());
        return false;
    }
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
        return error(404, "not_found", QStringLiteral("no such route"));
    const QByteArray body = request.body();
    // The gate already refused oversized first requests; this covers kept-alive connections.
    if (body.size() > ConnectionGate::bodyLimit(method, path.toUtf8()))
        return error(413, "too_large", QStringLiteral("body over the endpoint's limit"));

    auto expect = [&](const char* want) -> std::optional<Reply> {
        if (method != want)
            return error(405, "method_not_allowed", QStringLiteral("use %1").arg(QLatin1String(want)));
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
    if (first == QLatin1String("network") && parts.size() == 3) {
        if (auto e = expect("GET"))
            return *e;
        return network();
    }
    if (first == QLatin1String("devices") && parts.size() == 3)
        return signedCall("POST", [&](const QString& d) { return registerDevice(d, body); });
    if (first == QLatin1String("work") && parts.size() == 3)
        return signedCall("POST", [&](const QString& d) { return work(d, body); });
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
    }
    if (first == QLatin1String("account")) {
        const QString what = parts.size() == 3 ? QString() : parts.at(3);
        if (parts.size() <= 4
            && (what.isEmpty() || what == QLatin1String("credits") || what == QLatin1String("history")))
            return signedCall("GET", [&](const QString& d) { return account(d, what, request); });
    }
    return error(404, "not_found", QStringLiteral("no such route"));
}

HubServer::Reply HubServer::authenticate(
    const QHttpServerRequest& request, const QByteArray& method, QString* deviceId)
{
    const QByteArray key = request.value("x-sc-key");
    const QByteArray timestamp = request.value("x-sc-timestamp");
    const QByteArray signature = request.value("x-sc-signature");
    const QByteArray nonce = request.value("x-sc-nonce");
    if (key.isEmpty() || timestamp.isEmpty() || signature.isEmpty() || nonce.isEmpty())
        return error(401, "bad_signature",
            QStringLiteral("X-SC-Key, X-SC-Timestamp, X-SC-Nonce and X-SC-Signature are required"));
    if (!isLowerHex(key, 64) || !isLowerHex(signature, 128) || !isLowerHex(nonce, 32))
        return error(401, "bad_signature",
            QStringLiteral(
                "X-SC-Key, X-SC-Nonce or X-SC-Signature is not lowercase hex of the right length"));
    bool good = false;
    const qint64 ts = timestamp.toLongLong(&good);
    if (!good || timestamp.size() > 19)
        return error(401, "bad_signature", QStringLiteral("X-SC-Timestamp is not a decimal number"));
    const QByteArray target = request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    const QByteArray rawSignature = QByteArray::fromHex(signature);
    if (!core::verifyEd25519(QByteArray::fromHex(key),
            core::canonicalRequest(method, target, ts, nonce, request.body()), rawSignature))
        return error(401, "bad_signature", QStringLiteral("the signature does not match the request"));
    switch (m_replay.check(rawSignature, ts, m_clock())) {
    case core::ReplayGuard::Verdict::ClockSkew:
        return error(
            401, "clock_skew", QStringLiteral("X-SC-Timestamp is more than 300 s from the hub's clock"));
    case core::ReplayGuard::Verdict::Replay:
        return error(401, "replay", QStringLiteral("this signature was already used"));
    case core::ReplayGuard::Verdict::Accept:
        break;
    }
    *deviceId = QString::fromLatin1(key);
    return HttpReply {};
}

HubServer::Reply HubServer::network() const
{
    return ok(QJsonObject {
        { QStringLiteral("name"), m_options.networkName },
        { QStringLiteral("protocol"), 1 },
        { QStringLiteral("code_signing_key"), QString::fromLatin1(m_options.codeSigningPublicKey.toHex()) },
        { QStringLiteral("currency"), QStringLiteral("SCT") },
        { QStringLiteral("base_units_per_token"), 1000000 },
        { QStringLiteral("quorum"), m_store.config().quorum },
    });
}

HubServer::Reply HubServer::registerDevice(const QString& deviceId, const QByteArray& body)
{
    const auto o = parseObject(body);
    if (!o)
        return badRequest(QStringLiteral("body is not a JSON object"));
    const QJsonValue payout = o->value(QStringLiteral("payout_address"));
    QString address;
    if (!payout.isUndefined() && !payout.isNull()) {
        if (!payout.isString())
            return badRequest(QStringLiteral("payout_address: not a string"));
        address = payout.toString();
        const bool hex = address.size() == 42 && address.startsWith(QLatin1String("0x"))
            && std::all_of(
                address.begin() + 2, address.end(), [](QChar c) { return std::isxdigit(c.unicode()) != 0; });
        if (!address.isEmpty() && !hex)
            return badRequest(QStringLiteral("payout_address: not empty and not 0x plus 40 hex digits"));
    }
    const QJsonValue profile = o->value(QStringLiteral("profile"));
    QByteArray profileJson = "{}";
    double speed = 1e9;
    if (!profile.isUndefined()) {
        if (!profile.isObject())
            return badRequest(QStringLiteral("profile: not an object"));
        profileJson = json(profile.toObject());
        if (profileJson.size() > 32 * 1024)
            return badRequest(QStringLiteral("profile: larger than 32 KiB"));
        const QJsonValue ops = profile.toObject().value(QStringLiteral("ops_per_second"));
        if (!ops.isUndefined()) {
            if (!ops.isDouble() || !std::isfinite(ops.toDouble()) || ops.toDouble() <= 0)
                return badRequest(QStringLiteral("profile.ops_per_second: not a positive number"));
            speed = ops.toDouble();
        }
    }
    bool created = false;
    const StoreResult r = m_store.registerDevice(deviceId, address, profileJson, speed, &created);
    if (!r.ok())
        return fromStore(r);
    return ok(QJsonObject { { QStringLiteral("device_id"), deviceId } }, created ? 201 : 200);
}

HubServer::Reply HubServer::work(const QString& deviceId, const QByteArray& body)
{
    const auto o = parseObject(body);
    if (!o)
        return badRequest(QStringLiteral("body is not a JSON object"));
    qint64 cores = 0;
    qint64 seconds = 0;
    if (!readInt(*o, "cores", 1, 256, &cores))
        return badRequest(QStringLiteral("cores: not an integer from 1 to 256"));
    if (!readInt(*o, "seconds", 1, 86400, &seconds))
        return badRequest(QStringLiteral("seconds: not an integer from 1 to 86400"));
    if (m_beforeWork)
        m_beforeWork();
    QList<IssuedTask> tasks;
    const StoreResult r = m_store.assignWork(deviceId, static_cast<int>(cores), seconds, &tasks);
    if (!r.ok())
        return fromStore(r);
    QJsonArray list;
    for (const IssuedTask& t : tasks) {
        const auto app = std::find_if(m_options.apps.cbegin(), m_options.apps.cend(),
            [&](const AppBinary& a) { return a.name == t.app; });
        if (app == m_options.apps.cend())
            continue; // cannot happen for workunits queued through `submit`
        list.append(QJsonObject {
            { QStringLiteral("id"), t.id },
            { QStringLiteral("app"), t.app },
            { QStringLiteral("app_sha256"), app->sha256 },
            { QStringLiteral("app_signature"), QString::fromLatin1(app->signature.toHex()) },
            { QStringLiteral("app_url"), QStringLiteral("/v1/apps/%1/%2").arg(app->name, app->sha256) },
            { QStringLiteral("input"), t.input },
            { QStringLiteral("deadline"), t.deadline },
            { QStringLiteral("estimated_ops"), t.estimatedOps },
            { QStringLiteral("reward"), t.reward },
        });
    }
    return ok(QJsonObject { { QStringLiteral("tasks"), list } });
}

HubServer::Reply HubServer::app(const QString& name, const QString& sha256) const
{
    for (const AppBinary& a : m_options.apps) {
        if (a.name == name && a.sha256 == sha256)
            return HttpReply { 200, a.data, "application/octet-stream" };
    }
    return error(404, "not_found", QStringLiteral("no such app"));
}

HubServer::Reply HubServer::uploadOutput(
    const QString& deviceId, const QString& taskId, const QByteArray& body)
{
    QByteArray sha;
    const StoreResult r = m_store.storeOutput(deviceId, taskId, body, &sha);
    if (!r.ok())
        return fromStore(r);
    return ok(QJsonObject { { QStringLiteral("output_sha256"), QString::fromLatin1(sha) } });
}

HubServer::Reply HubServer::reportResult(
    const QString& deviceId, const QString& taskId, const QByteArray& body)
{
    const auto o = parseObject(body);
    if (!o)
        return badRequest(QStringLiteral("body is not a JSON object"));
    qint64 exitCode = 0;
    if (!readInt(*o, "exit_code", -2147483648LL, 2147483647LL, &exitCode))
        return badRequest(QStringLiteral("exit_code: not an integer"));
    const QJsonValue cpu = o->value(QStringLiteral("cpu_seconds"));
    if (!cpu.isDouble() || !std::isfinite(cpu.toDouble()) || cpu.toDouble() < 0)
        return badRequest(QStringLiteral("cpu_seconds: not a number >= 0"));
    const QJsonValue hash = o->value(QStringLiteral("output_sha256"));
    const QByteArray sha = hash.toString().toLatin1();
    if (!hash.isString() || !isLowerHex(sha, 64))
        return badRequest(QStringLiteral("output_sha256: not 64 lowercase hex digits"));
    QString status;
    const StoreResult r = m_store.reportResult(deviceId, taskId, exitCode, cpu.toDouble(), sha, &status);
    if (!r.ok())
        return fromStore(r);
    return ok(QJsonObject { { QStringLiteral("status"), status } });
}

HubServer::Reply HubServer::account(
    const QString& deviceId, const QString& what, const QHttpServerRequest& request)
{
    if (m_store.deviceState(deviceId) == HubStore::DeviceState::Unknown)
        return error(403, "unknown_device", QStringLiteral("this key never registered"));
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
