// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/hubclient.h"

#include "crypto/devicekey.h"
#include "protocol/messages.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>

namespace sc::core {

namespace {
    constexpr qint64 kMaxJsonReply = 1024 * 1024;

    HubError transportError(const HttpResponse& r)
    {
        HubError e;
        e.kind = HubError::Kind::Transport;
        switch (r.error) {
        case HttpResponse::Error::Timeout:
            e.code = QStringLiteral("timeout");
            break;
        case HttpResponse::Error::Tls:
            e.code = QStringLiteral("tls");
            break;
        case HttpResponse::Error::InvalidUrl:
            e.code = QStringLiteral("invalid_url");
            break;
        case HttpResponse::Error::TooLarge:
            e.code = QStringLiteral("too_large");
            break;
        default:
            e.code = QStringLiteral("unreachable");
            break;
        }
        e.message = r.errorText;
        return e;
    }

    HubError httpError(const HttpResponse& r)
    {
        HubError e;
        e.kind = HubError::Kind::Http;
        e.httpStatus = r.status;
        const QJsonObject err
            = QJsonDocument::fromJson(r.body).object().value(QLatin1String("error")).toObject();
        e.code = err.value(QLatin1String("code")).toString();
        e.message = err.value(QLatin1String("message")).toString().left(300);
        if (e.code.isEmpty())
            e.code = QStringLiteral("http_%1").arg(r.status);
        if (e.message.isEmpty())
            e.message = QStringLiteral("The hub answered HTTP %1.").arg(r.status);
        return e;
    }

    HubError protocolError(const QString& message)
    {
        HubError e;
        e.kind = HubError::Kind::Protocol;
        e.code = QStringLiteral("bad_reply");
        e.message = message;
        return e;
    }

    // A reply check: the reply parses as Message.
    template <typename Message> bool parses(const QJsonObject& reply, QString* why)
    {
        return Message::fromJson(reply, why).has_value();
    }
} // namespace

bool HubError::retryable() const
{
    switch (kind) {
    case Kind::Transport:
        return code != QLatin1String("invalid_url") && code != QLatin1String("tls");
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 429 || httpStatus == 408
            || protocolCode() == ErrorCode::ClockSkew || protocolCode() == ErrorCode::Replay;
    case Kind::Protocol:
        return true; // a hub that answers garbage may be mid-upgrade; try again later
    }
    return true;
}

HubClient::HubClient(
    HttpTransport& http, const DeviceKey& key, QUrl base, Clock clock, QObject* parent, SteadyClock steady)
    : QObject(parent)
    , m_http(http)
    , m_key(key)
    , m_base(std::move(base))
    , m_clock(std::move(clock))
    , m_steady(std::move(steady))
{
    if (!m_steady) {
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_steady = [timer] { return timer->elapsed(); };
    }
}

std::optional<qint64> HubClient::hubTime() const
{
    if (!m_hubTimeAt)
        return std::nullopt;
    return *m_hubTimeAt + (m_steady() - m_steadyAtMs) / 1000;
}

void HubClient::observeTime(const HttpResponse& r)
{
    for (const auto& [name, value] : r.headers) {
        if (name != "x-sc-time")
            continue;
        bool good = false;
        const qint64 t = value.trimmed().toLongLong(&good);
        // A plausible unix time only (2001 .. 2286): a garbled header must not move it.
        if (good && t > 1'000'000'000 && t < 10'000'000'000) {
            m_hubTimeAt = t;
            m_steadyAtMs = m_steady();
        }
        return;
    }
}

void HubClient::call(const QByteArray& method, const QString& path, const QByteArray& body, bool sign,
    qint64 maxBytes, RawDone done, bool resigned)
{
    HttpRequest req;
    req.method = method;
    QUrl url = m_base;
    const qsizetype q = path.indexOf(QLatin1Char('?'));
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + (q < 0 ? path : path.left(q)), QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    req.url = url;
    req.body = body;
    req.maxResponseBytes = maxBytes;
    if (!body.isEmpty() || method != "GET")
        req.headers.append(qMakePair(QByteArray("content-type"),
            QByteArray(method == "PUT" ? "application/octet-stream" : "application/json")));
    if (sign) {
        const qint64 ts = hubTime().value_or(m_clock());
        const QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
        QByteArray nonce(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(nonce.data()), 4);
        nonce = nonce.toHex();
        const QByteArray sig = m_key.sign(canonicalRequest(method, target, ts, nonce, body));
        req.headers.append(qMakePair(QByteArray("x-sc-key"), m_key.publicKey().toHex()));
        req.headers.append(qMakePair(QByteArray("x-sc-timestamp"), QByteArray::number(ts)));
        req.headers.append(qMakePair(QByteArray("x-sc-nonce"), nonce));
        req.headers.append(qMakePair(QByteArray("x-sc-signature"), sig.toHex()));
    }
    QPointer<HubClient> self(this);
    m_http.send(std::move(req),
        [self, method, path, body, sign, maxBytes, resigned, done = std::move(done)](const HttpResponse& r) {
            if (!self)
                return;
            const std::optional<qint64> before = self->hubTime();
            self->observeTime(r);
            // Refused for a clock skew that this very reply corrected: sign again, once.
            if (sign && !resigned && r.error == HttpResponse::Error::None && !r.ok()
                && httpError(r).protocolCode() == ErrorCode::ClockSkew && self->hubTime() != before)
                return self->call(method, path, body, sign, maxBytes, done, true);
            done(r);
        });
}

void HubClient::callJson(const QByteArray& method, const QString& path, const QByteArray& body,
    qint64 maxBytes, Check check, JsonDone done)
{
    call(method, path, body, true, maxBytes, [check, done = std::move(done)](const HttpResponse& r) {
        if (r.error != HttpResponse::Error::None)
            return done({}, transportError(r));
        if (!r.ok())
            return done({}, httpError(r));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return done({}, protocolError(QStringLiteral("The hub's reply is not a JSON object.")));
        QString why;
        if (!check(doc.object(), &why))
            return done({}, protocolError(QStringLiteral("Bad reply from the hub: %1").arg(why)));
        done(doc.object(), std::nullopt);
    });
}

void HubClient::getNetwork(JsonDone done)
{
    call("GET", QStringLiteral("/v1/network"), {}, false, 64 * 1024,
        [done = std::move(done)](const HttpResponse& r) {
            if (r.error != HttpResponse::Error::None)
                return done({}, transportError(r));
            if (!r.ok()) {
                HubError e = httpError(r);
                if (r.status == 404)
                    e.message = QStringLiteral(
                        "This address answers, but it is not a SpareCycles hub (no /v1/network).");
                return done({}, e);
            }
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            if (!NetworkInfo::fromJson(o, nullptr))
                return done({},
                    protocolError(
                        QStringLiteral("This address answers, but not with SpareCycles protocol 1.")));
            done(o, std::nullopt);
        });
}

void HubClient::registerDevice(const QJsonObject& body, JsonDone done)
{
    callJson("POST", QStringLiteral("/v1/devices"), QJsonDocument(body).toJson(QJsonDocument::Compact),
        kMaxJsonReply, &parses<RegisterReply>, std::move(done));
}

void HubClient::requestWork(int cores, int seconds, const QString& requestId, TasksDone done, int gpus)
{
    const QJsonObject body = WorkRequest { cores, seconds, requestId, gpus }.toJson();
    call("POST", QStringLiteral("/v1/work"), QJsonDocument(body).toJson(QJsonDocument::Compact), true,
        kMaxReplyBytes + 1, [done = std::move(done)](const HttpResponse& r) {
            if (r.error != HttpResponse::Error::None)
                return done({}, transportError(r));
            if (!r.ok())
                return done({}, httpError(r));
            auto parsed = parseWorkReply(r.body);
            if (auto* err = std::get_if<ProtocolError>(&parsed))
                return done({},
                    protocolError(QStringLiteral("Bad work reply (%1): %2").arg(err->field, err->message)));
            done(std::get<QList<TaskDescriptor>>(parsed), std::nullopt);
        });
}

void HubClient::heldWork(HeldDone done)
{
    call("GET", QStringLiteral("/v1/work/held"), {}, true, kMaxReplyBytes + 1,
        [done = std::move(done)](const HttpResponse& r) {
            if (r.error != HttpResponse::Error::None)
                return done({}, 0, transportError(r));
            if (!r.ok())
                return done({}, 0, httpError(r));
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &pe);
            QString why = QStringLiteral("not a JSON object");
            const auto held = pe.error == QJsonParseError::NoError && doc.isObject()
                ? HeldWork::fromJson(doc.object(), &why)
                : std::nullopt;
            if (!held)
                return done({}, 0, protocolError(QStringLiteral("Bad list of held work: %1").arg(why)));
            done(held->tasks, held->time, std::nullopt);
        });
}

void HubClient::releaseTask(const QString& taskId, JsonDone done)
{
    const QString path
        = QStringLiteral("/v1/tasks/%1/release").arg(QString::fromLatin1(QUrl::toPercentEncoding(taskId)));
    callJson("POST", path, "{}", kMaxJsonReply, &parses<ReleaseReply>, std::move(done));
}

void HubClient::download(const QString& path, qint64 maxBytes, BytesDone done)
{
    call("GET", path, {}, false, maxBytes, [done = std::move(done)](const HttpResponse& r) {
        if (r.error != HttpResponse::Error::None)
            return done({}, transportError(r));
        if (!r.ok())
            return done({}, httpError(r));
        done(r.body, std::nullopt);
    });
}

void HubClient::uploadOutput(const QString& taskId, const QByteArray& output, JsonDone done)
{
    const QString path
        = QStringLiteral("/v1/tasks/%1/output").arg(QString::fromLatin1(QUrl::toPercentEncoding(taskId)));
    callJson("PUT", path, output, kMaxJsonReply, &parses<OutputReceipt>, std::move(done));
}

void HubClient::reportResult(
    const QString& taskId, int exitCode, double cpuSeconds, const QByteArray& outputSha256Hex, JsonDone done)
{
    const QJsonObject body
        = ResultReport { exitCode, cpuSeconds, QString::fromLatin1(outputSha256Hex) }.toJson();
    const QString path
        = QStringLiteral("/v1/tasks/%1/result").arg(QString::fromLatin1(QUrl::toPercentEncoding(taskId)));
    callJson("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), kMaxJsonReply,
        &parses<ResultReply>, std::move(done));
}

void HubClient::account(JsonDone done)
{
    callJson("GET", QStringLiteral("/v1/account"), {}, kMaxJsonReply, &parses<Account>, std::move(done));
}

void HubClient::credits(qint64 after, JsonDone done)
{
    callJson("GET", QStringLiteral("/v1/account/credits?after=%1").arg(after), {}, kMaxJsonReply,
        &parses<CreditPage>, std::move(done));
}

} // namespace sc::core
